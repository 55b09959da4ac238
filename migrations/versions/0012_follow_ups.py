"""follow-ups on a review's next step: `deliveries.reflection_id`, `users.follow_ups`

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

A delivery of the track "follow_up" asks, a day or three after a review that planned a
next step, how that step went; `reflection_id` is that review (the follow-up goes with it).
`users.follow_ups` turns these questions off (/settings).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("reflection_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_deliveries_reflection_id_reflections",
            "reflections",
            ["reflection_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("follow_ups", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("follow_ups")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint("fk_deliveries_reflection_id_reflections", type_="foreignkey")
        batch.drop_column("reflection_id")
