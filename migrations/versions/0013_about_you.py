"""about you: whose pulling away the user works with, and who is close to them

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

`users.role` is "self", "other" or "both" (NULL: not said); `users.close_ones` a bit
mask of partner (1), friends (2) and family (4) (NULL: not said, every prompt fits). See
bot/domain/closeness.py.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("role", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("close_ones", sa.SmallInteger(), nullable=True))
        batch.create_check_constraint("role", "role IN ('self', 'other', 'both')")


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(op.f("ck_users_role"), type_="check")
        batch.drop_column("close_ones")
        batch.drop_column("role")
