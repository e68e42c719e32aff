/// Alembic migrations, one per aggregate, chained linearly. Violation site: a tenant table created
/// without enabling row level security and its policy.
extension ProjectGenerator {
    mutating func migration(_ a: GeneratorAggregate) -> GeneratorWriter {
        let revision = migrationRevision(a)
        let previous = lastRevision
        lastRevision = revision
        let withoutRLS = budget.plant([.migrationWithoutRLS], rng: &rng) != nil
        var w = GeneratorWriter()
        w.line("\"\"\"create \(a.plural) table")
        w.blank()
        w.line("Revision ID: \(revision)")
        w.line("Revises: \(previous)")
        w.line("Create Date: 2026-01-09 12:00:00.000000")
        w.blank()
        w.line("\"\"\"")
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from collections.abc import Sequence")
        w.blank()
        w.line("import sqlalchemy as sa")
        w.line("from alembic import op")
        w.line("from sqlalchemy.dialects import postgresql")
        w.blank()
        w.line("revision: str = \"\(revision)\"")
        w.line("down_revision: str | None = \"\(previous)\"")
        w.line("branch_labels: str | Sequence[str] | None = None")
        w.line("depends_on: str | Sequence[str] | None = None")
        w.blank()
        w.blank()
        w.line("def upgrade() -> None:")
        w.line("op.create_table(", 1)
        w.line("\"\(a.plural)\",", 2)
        w.line("sa.Column(\"id\", postgresql.UUID(as_uuid=True), nullable=False),", 2)
        w.line("sa.Column(\"business_id\", postgresql.UUID(as_uuid=True), nullable=False),", 2)
        for f in a.fields {
            w.line("sa.Column(\"\(f.name)\", \(f.alembicType), nullable=\(f.optional ? "True" : "False")),", 2)
        }
        w.line("sa.Column(\"created_at\", sa.DateTime(timezone=True), server_default=sa.text(\"now()\"), nullable=False),", 2)
        w.line("sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.text(\"now()\"), nullable=False),", 2)
        w.line("sa.ForeignKeyConstraint([\"business_id\"], [\"businesses.id\"], ondelete=\"CASCADE\"),", 2)
        w.line("sa.PrimaryKeyConstraint(\"id\"),", 2)
        w.line(")", 1)
        w.line("op.create_index(\"ix_\(a.plural)_business_id\", \"\(a.plural)\", [\"business_id\"])", 1)
        for f in a.fields.prefix(3) {
            w.line("op.create_index(\"ix_\(a.plural)_business_id_\(f.name)\", \"\(a.plural)\", [\"business_id\", \"\(f.name)\"])", 1)
        }
        if !withoutRLS {
            w.line("op.execute(\"ALTER TABLE \(a.plural) ENABLE ROW LEVEL SECURITY\")", 1)
            w.line("op.execute(\"ALTER TABLE \(a.plural) FORCE ROW LEVEL SECURITY\")", 1)
            w.line("op.execute(", 1)
            w.line("\"\"\"", 2)
            w.line("CREATE POLICY tenant_isolation ON \(a.plural)", 2)
            w.line("USING (business_id = current_setting('app.current_business_id')::uuid)", 2)
            w.line("WITH CHECK (business_id = current_setting('app.current_business_id')::uuid)", 2)
            w.line("\"\"\"", 2)
            w.line(")", 1)
        }
        w.blank()
        w.blank()
        w.line("def downgrade() -> None:")
        if !withoutRLS {
            w.line("op.execute(\"DROP POLICY IF EXISTS tenant_isolation ON \(a.plural)\")", 1)
        }
        for f in a.fields.prefix(3).reversed() {
            w.line("op.drop_index(\"ix_\(a.plural)_business_id_\(f.name)\", table_name=\"\(a.plural)\")", 1)
        }
        w.line("op.drop_index(\"ix_\(a.plural)_business_id\", table_name=\"\(a.plural)\")", 1)
        w.line("op.drop_table(\"\(a.plural)\")", 1)
        return w
    }
}
