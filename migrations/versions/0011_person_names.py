"""a person's other names: `people.same_as`

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

A row whose `same_as` points at another person of the same user is another name for them
("Sis" for "my sister"), made when two entries are merged or a person is renamed: typing it
finds that person. It goes when they go.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("same_as", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_people_same_as_people", "people", ["same_as"], ["id"], ondelete="CASCADE"
        )


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_constraint("fk_people_same_as_people", type_="foreignkey")
        batch.drop_column("same_as")
