"""Seal users' values to their owner at flush, open them at load (see bot.crypto).

A column type sees one value at a time, never its row, so it cannot bind a value to the user
it belongs to. Mapper events can: before a row is written, each changed SealedColumn value
is encrypted with the row's `user_id` in its associated data, and the plain value is put back
once written; when a row is loaded or refreshed, each value is opened for that row's user.
Code above this module only ever sees plain values.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper
from sqlalchemy.orm.attributes import set_committed_value

from bot.crypto import Sealed, SealedColumn

# Plain values of rows being written, put back on the rows once the write is done.
_written: WeakKeyDictionary[Any, dict[str, Any]] = WeakKeyDictionary()


def sealed_columns(cls: type) -> dict[str, SealedColumn]:
    """The sealed columns of a mapped class, by attribute name."""
    mapper: Mapper[Any] = inspect(cls)
    return {
        prop.key: column.type
        for prop in mapper.column_attrs
        for column in prop.columns
        if isinstance(column.type, SealedColumn)
    }


def seal_for_owner(cls: type, owner: str = "user_id") -> None:
    """Install the events that seal and open `cls`'s sealed columns for `owner`."""
    columns = sealed_columns(cls)

    def open_values(target: Any, keys: Any = None) -> None:
        values = target.__dict__
        for key, column in columns.items():
            stored = values.get(key)
            if isinstance(stored, Sealed) and (keys is None or key in keys):
                set_committed_value(target, key, column.open(stored, values[owner]))

    def seal_values(target: Any, inserting: bool) -> None:
        state = inspect(target)
        plain: dict[str, Any] = {}
        for key, column in columns.items():
            if not inserting and not state.attrs[key].history.has_changes():
                continue
            value = getattr(target, key)
            if value is None and column.json:
                value = {}
            if value is None or isinstance(value, Sealed):
                continue
            plain[key] = value
            setattr(target, key, column.seal(value, getattr(target, owner)))
        _written[target] = plain

    def restore(target: Any) -> None:
        for key, value in _written.pop(target, {}).items():
            set_committed_value(target, key, value)

    @event.listens_for(cls, "load")
    def _loaded(target: Any, context: Any) -> None:
        open_values(target)

    @event.listens_for(cls, "refresh")
    def _refreshed(target: Any, context: Any, keys: Any) -> None:
        open_values(target, keys)

    @event.listens_for(cls, "before_insert")
    def _inserting(mapper: Any, connection: Any, target: Any) -> None:
        seal_values(target, inserting=True)

    @event.listens_for(cls, "before_update")
    def _updating(mapper: Any, connection: Any, target: Any) -> None:
        seal_values(target, inserting=False)

    @event.listens_for(cls, "after_insert")
    def _inserted(mapper: Any, connection: Any, target: Any) -> None:
        restore(target)

    @event.listens_for(cls, "after_update")
    def _updated(mapper: Any, connection: Any, target: Any) -> None:
        restore(target)
