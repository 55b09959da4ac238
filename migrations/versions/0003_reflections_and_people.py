"""reflections and people

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("name_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_people_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("user_id", "name_key", name=op.f("uq_people_user_id_name_key")),
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("track", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("prompt_id", sa.String(length=32), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('entry', 'rating', 'review', 'calm', 'note')",
            name=op.f("ck_reflections_kind"),
        ),
        sa.CheckConstraint("status IN ('open', 'done')", name=op.f("ck_reflections_status")),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5", name=op.f("ck_reflections_rating")
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_reflections_delivery_id_deliveries"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_reflections_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_reflections_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflections")),
    )
    with op.batch_alter_table("reflections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reflections_delivery_id"), ["delivery_id"], unique=False
        )
        batch_op.create_index("ix_reflections_user_date", ["user_id", "local_date"], unique=False)
        batch_op.create_index(
            "ix_reflections_user_message", ["user_id", "message_id"], unique=False
        )

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), server_default="scheduled", nullable=False)
        )
        batch_op.drop_constraint(
            batch_op.f("uq_deliveries_user_id_track_local_date"), type_="unique"
        )
        batch_op.create_index("ix_deliveries_user_sent", ["user_id", "sent_at"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_deliveries_user_id_track_local_date_kind"),
            ["user_id", "track", "local_date", "kind"],
        )
        batch_op.create_check_constraint(
            op.f("ck_deliveries_kind"), "kind IN ('scheduled', 'on_demand')"
        )


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_deliveries_kind"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("uq_deliveries_user_id_track_local_date_kind"), type_="unique"
        )
        batch_op.drop_index("ix_deliveries_user_sent")
        batch_op.create_unique_constraint(
            batch_op.f("uq_deliveries_user_id_track_local_date"), ["user_id", "track", "local_date"]
        )
        batch_op.drop_column("kind")

    with op.batch_alter_table("reflections", schema=None) as batch_op:
        batch_op.drop_index("ix_reflections_user_message")
        batch_op.drop_index("ix_reflections_user_date")
        batch_op.drop_index(batch_op.f("ix_reflections_delivery_id"))

    op.drop_table("reflections")
    op.drop_table("people")
