import Checklists
import Testing

struct RLSMigrationMatcherTests {
    static let matcher = Matcher.rlsMigration(RLSMigrationSpec())

    @Test func alembicTenantTableWithoutPolicy() {
        let code = """
            def upgrade():
                op.create_table(
                    "campaigns",
                    sa.Column("business_id", sa.UUID()),
                )
                op.execute("ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY")
                op.create_table("plans", sa.Column("id", sa.UUID()))
            """
        #expect(flaggedLines(Self.matcher, path: "alembic/versions/1_x.py", code) == [2])
    }

    @Test func protectedTableIsNotFlagged() {
        let code = """
            def upgrade():
                op.create_table("campaigns", sa.Column("business_id", sa.UUID()))
                op.execute('ALTER TABLE public.campaigns ENABLE ROW LEVEL SECURITY')
                op.execute('CREATE POLICY "tenant isolation" ON public.campaigns USING (true)')
            """
        #expect(flaggedLines(Self.matcher, path: "alembic/versions/1_x.py", code).isEmpty)
    }

    @Test func policyOnAnotherTableDoesNotCount() {
        let code = """
            def upgrade():
                op.create_table("campaigns", sa.Column("business_id", sa.UUID()))
                op.execute("ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY")
                op.execute("CREATE POLICY p ON campaigns_archive USING (true)")
            """
        #expect(flaggedLines(Self.matcher, path: "alembic/versions/1_x.py", code) == [2])
    }

    @Test func rawSQLInsideOpExecute() {
        let code = """
            def upgrade():
                op.execute(
                    \"\"\"
                    CREATE TABLE invoices (
                        id uuid primary key,
                        business_id uuid not null
                    )
                    \"\"\"
                )
            """
        #expect(flaggedLines(Self.matcher, path: "migrations/versions/2_y.py", code) == [4])
    }

    @Test func sqlFiles() {
        let sql = """
            CREATE TABLE a (id int, business_id uuid);
            create table if not exists "b" (id int, tenant uuid);
            CREATE TABLE c (id int, business_id uuid);
            ALTER TABLE c ENABLE ROW LEVEL SECURITY;
            CREATE POLICY iso ON c USING (business_id = current_setting('app.current_business_id')::uuid);
            """
        #expect(flaggedLines(Self.matcher, path: "db/001.sql", sql) == [1])
        let custom = Matcher.rlsMigration(RLSMigrationSpec(tenantColumns: ["tenant"]))
        #expect(flaggedLines(custom, path: "db/001.sql", sql) == [2])
    }
}
