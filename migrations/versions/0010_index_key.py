"""the database's own index key, for name lookups salted per user; sealed entry metadata

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

`encryption_keys.index_key` holds the index key wrapped by that row's key. Values written
before this revision (bound to their column only, or in the clear) are re-sealed to their
user, and names re-indexed, when the bot next starts with its key (bot.store.keys).
`users.awaiting` becomes text, sealed like the words. `reflections.meta` holds the rating,
sealed; the bot moves the ratings of the `rating`
column into it at that start too, and the column stays empty from then on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("encryption_keys") as batch:
        batch.add_column(sa.Column("index_key", sa.String(length=200), nullable=True))
    with op.batch_alter_table("reflections") as batch:
        batch.add_column(sa.Column("meta", sa.Text(), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.alter_column(
            "awaiting", existing_type=sa.String(length=64), type_=sa.Text(), existing_nullable=True
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.alter_column(
            "awaiting", existing_type=sa.Text(), type_=sa.String(length=64), existing_nullable=True
        )
    with op.batch_alter_table("reflections") as batch:
        batch.drop_column("meta")
    with op.batch_alter_table("encryption_keys") as batch:
        batch.drop_column("index_key")
