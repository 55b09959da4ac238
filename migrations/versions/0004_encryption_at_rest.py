"""encryption at rest

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "encryption_keys",
        sa.Column("key_id", sa.String(length=8), nullable=False),
        sa.Column("check_value", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_encryption_keys")),
    )
    # Encrypted values are longer than the plain ones and are text, not JSON. Rows written
    # before this revision stay readable as plaintext; `python -m bot rotate-key` encrypts them.
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.alter_column(
            "name", existing_type=sa.String(length=64), type_=sa.Text(), existing_nullable=False
        )
    with op.batch_alter_table("reflections", schema=None) as batch_op:
        batch_op.alter_column(
            "data",
            existing_type=sa.JSON(),
            type_=sa.Text(),
            existing_nullable=False,
            postgresql_using="data::text",
        )


def downgrade() -> None:
    with op.batch_alter_table("reflections", schema=None) as batch_op:
        batch_op.alter_column(
            "data",
            existing_type=sa.Text(),
            type_=sa.JSON(),
            existing_nullable=False,
            postgresql_using="data::json",
        )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.alter_column(
            "name", existing_type=sa.Text(), type_=sa.String(length=64), existing_nullable=False
        )
    op.drop_table("encryption_keys")
