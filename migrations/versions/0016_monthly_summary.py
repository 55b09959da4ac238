"""the monthly summary: `users.monthly_summary`

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05

The month's summary comes on the first evening of the next month, as a delivery of track
"monthly_summary" planned one month ahead; `users.monthly_summary` turns it off (/settings).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("monthly_summary", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    op.execute("DELETE FROM deliveries WHERE track = 'monthly_summary'")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("monthly_summary")
