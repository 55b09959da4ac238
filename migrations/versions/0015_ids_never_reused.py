"""SQLite: the ids that buttons carry are never given again

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

A button under an old message names its row by id (a prompt's delivery, a reflection, a
person). SQLite gives the highest id again once its row is deleted (after /delete or
"forget this person"), so a button from before could name a new row. AUTOINCREMENT keeps
each id for good. PostgreSQL's sequences never give an id twice: nothing changes there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("deliveries", "reflections", "people")


def _recreate(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _recreate(True)


def downgrade() -> None:
    _recreate(False)
