"""add campaigns

Revision ID: 7f3c2a1b9d10
Revises: 5e2b1c0a8f01
"""
import sqlalchemy as sa
from alembic import op

revision = "7f3c2a1b9d10"
down_revision = "5e2b1c0a8f01"


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("business_id", sa.Uuid(), sa.ForeignKey("businesses.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("campaigns")
