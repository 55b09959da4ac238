"""The database tables, as SQLAlchemy 2 declarative models."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Time,
    TypeDecorator,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.crypto import SealedColumn
from bot.db.sealing import seal_for_owner
from bot.domain.closeness import Role
from bot.domain.states import (
    DeliveryKind,
    DeliveryStatus,
    ReflectionKind,
    ReflectionStatus,
    UserStatus,
)

# Stable constraint names, so that migrations can refer to (and drop) them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Buttons name deliveries, reflections and people by id: on SQLite, which would otherwise give
# a deleted row's id again, those ids are never reused (migration 0015). PostgreSQL never does.
NEVER_REUSED = {"sqlite_autoincrement": True}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every database (SQLite drops the zone on its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes and store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        # SQLite compares timestamps as text: store one fixed format without an offset.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


USER_STATUSES = tuple(s.value for s in UserStatus)


ROLES = tuple(r.value for r in Role)


class User(Base):
    """A person who started the bot in a private chat."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"status IN {USER_STATUSES!r}", name="status"),
        CheckConstraint(f"role IN {ROLES!r}", name="role"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    timezone: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(16), default="en")
    status: Mapped[str] = mapped_column(String(16), default="active")
    # With status "paused": None means until /resume, otherwise the instant the pause ends.
    paused_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # What the next typed message answers ("timezone", "time:<track>", "trait:<id>", a review
    # step...), if anything: sealed, since it tells what someone is in the middle of writing.
    awaiting: Mapped[str | None] = mapped_column(SealedColumn("users.awaiting"))
    # When the bot asked what `awaiting` names: a question takes the next plain text only
    # while no prompt has arrived since (bot/domain/conversation.py).
    awaiting_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    onboarded_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # When the whole helpline block, and the gentle safety check-in, were last shown: within
    # the hour a repeat is shorter (bot/handlers/support.py).
    helplines_shown_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # When the user agreed to what is stored; nothing they write is kept before this.
    consented_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Delete entries older than this many months (None: keep everything).
    retention_months: Mapped[int | None] = mapped_column(SmallInteger)
    # Whose pulling away they work with, and who is close to them (bot/domain/closeness.py);
    # None: not said.
    role: Mapped[str | None] = mapped_column(String(8))
    close_ones: Mapped[int | None] = mapped_column(SmallInteger)
    # Whether a review's next step is followed up a day or three later (/settings).
    follow_ups: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Whether the month's summary comes on the first evening of the next month.
    monthly_summary: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    schedules: Mapped[list[Schedule]] = relationship(
        back_populates="user",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Schedule.id",
    )


class Schedule(Base):
    """When one track's daily prompt comes for one user."""

    __tablename__ = "schedules"
    __table_args__ = (
        UniqueConstraint("user_id", "track"),
        CheckConstraint("weekdays BETWEEN 1 AND 127", name="weekdays"),
        # The delivery tick's query: enabled rows by due time.
        Index("ix_schedules_due", "enabled", "next_due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    track: Mapped[str] = mapped_column(String(32))
    local_time: Mapped[time] = mapped_column(Time())
    weekdays: Mapped[int] = mapped_column(SmallInteger, default=0b1111111)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    next_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The local date whose prompt fires at next_due_at: the delivery's unique key.
    next_due_date: Mapped[date | None] = mapped_column(Date())

    user: Mapped[User] = relationship(back_populates="schedules")


DELIVERY_STATUSES = tuple(s.value for s in DeliveryStatus)


DELIVERY_KINDS = tuple(s.value for s in DeliveryKind)


class Delivery(Base):
    """One prompt for one user, track and local date: the record that makes sending once.

    Scheduled prompts are keyed by (user, track, local date); a prompt asked for with /prompt
    has its own row per day (kind "on_demand"), updated if asked for again.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        # The key that makes a second send impossible, whoever tries and whenever.
        UniqueConstraint("user_id", "track", "local_date", "kind"),
        CheckConstraint(f"kind IN {DELIVERY_KINDS!r}", name="kind"),
        # "Which prompt is open for this user?": their latest sent ones.
        Index("ix_deliveries_user_sent", "user_id", "sent_at"),
        CheckConstraint(f"status IN {DELIVERY_STATUSES!r}", name="status"),
        # The dispatcher's query: queued rows whose next attempt is due, in this order (the
        # index's own order, so taking the next chunk reads only that chunk).
        Index("ix_deliveries_ready", "status", "next_attempt_at", "due_at", "id"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    track: Mapped[str] = mapped_column(String(32))
    local_date: Mapped[date] = mapped_column(Date())
    kind: Mapped[str] = mapped_column(String(16), default="scheduled", server_default="scheduled")
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16))
    prompt_id: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Which dispatcher pass took it for sending (to find its own rows after an UPDATE).
    claim_token: Mapped[str | None] = mapped_column(String(36))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The review a follow-up (track "follow_up") asks about; it goes with the review.
    reflection_id: Mapped[int | None] = mapped_column(
        # use_alter: reflections point at deliveries too; the tables still sort for DDL.
        Integer,
        ForeignKey("reflections.id", ondelete="CASCADE", use_alter=True),
    )


class Person(Base):
    """Someone the user writes about ("Sam", "my sister"): their own list, by their own label."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("user_id", "name_key"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(SealedColumn("people.name"))
    # A keyed hash of the case-folded name: "Sam" and "sam" are one person, and the name
    # itself is never stored in the clear.
    name_key: Mapped[str] = mapped_column(String(64))
    # Another name for the person this points at (after a merge or a rename): typing it
    # finds them; it is never listed on its own and goes when they go.
    same_as: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("people.id", ondelete="CASCADE")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_used_at: Mapped[datetime] = mapped_column(UtcDateTime())


REFLECTION_KINDS = tuple(s.value for s in ReflectionKind)
REFLECTION_STATUSES = tuple(s.value for s in ReflectionStatus)


def rating_in(meta: dict[str, Any] | None) -> int | None:
    """The 1-5 rating a reflection's opened `meta` holds, if any."""
    value = (meta or {}).get("rating")
    return value if isinstance(value, int) else None


class Reflection(Base):
    """Something the user wrote or chose: a reply, a rating, a conflict review, a calm day."""

    __tablename__ = "reflections"
    __table_args__ = (
        CheckConstraint(f"kind IN {REFLECTION_KINDS!r}", name="kind"),
        CheckConstraint(f"status IN {REFLECTION_STATUSES!r}", name="status"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating"),
        Index("ix_reflections_user_date", "user_id", "local_date"),
        Index("ix_reflections_user_message", "user_id", "message_id"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    # None for a note that belongs to no track.
    track: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(8), default="done")
    delivery_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("deliveries.id", ondelete="SET NULL"), index=True
    )
    prompt_id: Mapped[str | None] = mapped_column(String(32))
    local_date: Mapped[date] = mapped_column(Date())
    # The user's words; None for a rating or a calm day.
    text: Mapped[str | None] = mapped_column(SealedColumn("reflections.text"))
    # The Telegram message the text came from, so that editing it updates the entry.
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    # Ratings from before revision 0010, moved into `meta` at the next start; always empty
    # after that (a database reader must not be able to redraw someone's weekly chart).
    legacy_rating: Mapped[int | None] = mapped_column("rating", SmallInteger)
    person_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("people.id", ondelete="SET NULL")
    )
    # Tags and structured answers (trait, review steps) as JSON.
    data: Mapped[dict[str, Any]] = mapped_column(
        SealedColumn("reflections.data", json=True), default=dict
    )
    # What the bot learns about the entry beyond its words and tags (the 1-5 rating), sealed.
    meta: Mapped[dict[str, Any] | None] = mapped_column(
        SealedColumn("reflections.meta", json=True), default=dict
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    @property
    def rating(self) -> int | None:
        """The 1-5 rating given with this entry, if any."""
        return rating_in(self.meta)

    @rating.setter
    def rating(self, value: int | None) -> None:
        meta = {k: v for k, v in (self.meta or {}).items() if k != "rating"}
        if value is not None:
            meta["rating"] = value
        self.meta = meta  # a new dict: JSON columns are compared by identity


class ReflectionMessage(Base):
    """Which stored text a Telegram message became: a reflection's text or one of its fields.

    Every text a user sends is stored once; editing that message in Telegram updates exactly
    the place it went to (`field` is "text", "trait" or a review step's "<step>_text").
    """

    __tablename__ = "reflection_messages"
    __table_args__ = (UniqueConstraint("user_id", "message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(BigInteger)
    reflection_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("reflections.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(32))

    reflection: Mapped[Reflection] = relationship()


class EncryptionKey(Base):
    """A key this database was written with: its id and a value only that key decrypts.

    Start-up checks the loaded key against these rows, so a missing or wrong key stops the
    bot before it writes anything unreadable.
    """

    __tablename__ = "encryption_keys"

    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    check_value: Mapped[str] = mapped_column(String(200))
    # The database's index key (bot.crypto), wrapped by this key; None before revision 0010.
    index_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DeliveryProcess(Base):
    """A running process that sends: each takes an equal share of the global send rate."""

    __tablename__ = "delivery_processes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    heartbeat_at: Mapped[datetime] = mapped_column(UtcDateTime())


# Users' words and names are sealed to the user they belong to (bot.db.sealing).
seal_for_owner(Person)
seal_for_owner(Reflection)
seal_for_owner(User, owner="id")
