"""a reflection of kind "draft": words prepared with /talk to tell someone close

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

The draft's parts (what I'd like you to know, what I'm afraid of, what I'm working on, what
I need) are in its sealed `data`, the assembled message in its sealed `text`; its person,
if any, in `person_id`. Open while it is being written, done once assembled.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = "kind IN ('entry', 'rating', 'review', 'calm', 'note')"
AFTER = "kind IN ('entry', 'rating', 'review', 'calm', 'note', 'draft')"


def upgrade() -> None:
    with op.batch_alter_table("reflections") as batch:
        batch.drop_constraint(op.f("ck_reflections_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_reflections_kind"), AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM reflections WHERE kind = 'draft'")
    with op.batch_alter_table("reflections") as batch:
        batch.drop_constraint(op.f("ck_reflections_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_reflections_kind"), BEFORE)
