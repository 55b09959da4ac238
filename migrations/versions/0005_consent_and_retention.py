"""consent and retention

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consented_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("retention_months", sa.SmallInteger(), nullable=True))
    # People who finished onboarding before consent was asked for agreed by using the bot;
    # record that as their consent rather than stopping their reflections.
    op.execute("UPDATE users SET consented_at = onboarded_at WHERE onboarded_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("retention_months")
        batch_op.drop_column("consented_at")
