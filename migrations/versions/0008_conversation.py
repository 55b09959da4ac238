"""the conversation: when a question was asked, and which message each stored text came from

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

`users.awaiting_at` says when the bot asked the question in `users.awaiting`, so that a
question takes the next plain text only while no prompt has arrived since.
`reflection_messages` maps each Telegram message a user sent to the one place its text was
stored (a reflection's text, its trait, or a review step), so that an edit updates that place
and nothing else. Existing reflections with a message id are linked to their text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("awaiting_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "reflection_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["reflection_id"],
            ["reflections.id"],
            name=op.f("fk_reflection_messages_reflection_id_reflections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_reflection_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection_messages")),
        sa.UniqueConstraint(
            "user_id", "message_id", name=op.f("uq_reflection_messages_user_id_message_id")
        ),
    )
    op.create_index(
        op.f("ix_reflection_messages_reflection_id"),
        "reflection_messages",
        ["reflection_id"],
        unique=False,
    )
    # The latest reflection per message, as the edit handler chose before.
    op.execute(
        "INSERT INTO reflection_messages (user_id, message_id, reflection_id, field) "
        "SELECT r.user_id, r.message_id, MAX(r.id), 'text' FROM reflections r "
        "WHERE r.message_id IS NOT NULL GROUP BY r.user_id, r.message_id"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_reflection_messages_reflection_id"), table_name="reflection_messages")
    op.drop_table("reflection_messages")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("awaiting_at")
