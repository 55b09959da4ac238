"""when the helplines and the safety check-in were last shown

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

`users.helplines_shown_at` lets a second crisis message within the hour get a short
reminder with the same numbers instead of the whole block again; `users.checked_in_at`
keeps the gentle "are you safe right now?" from being asked again within the hour.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("helplines_shown_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("checked_in_at")
        batch.drop_column("helplines_shown_at")
