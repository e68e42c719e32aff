import Checklists
import Testing

struct SQLInjectionMatcherTests {
    static let matcher = Matcher.sqlInjection(SQLInjectionSpec())

    @Test func flagsEveryWayOfBuildingSQL() {
        let code = """
            from sqlalchemy import text

            async def f(session, name, uid):
                await session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))
                await session.execute("SELECT * FROM users WHERE id = %s" % uid)
                await session.execute("SELECT * FROM users WHERE id = {}".format(uid))
                await session.execute("SELECT * FROM users WHERE id = " + uid)
                await session.exec_driver_sql(f"DELETE FROM users WHERE id = {uid}")
            """
        #expect(flaggedLines(Self.matcher, code) == [4, 5, 6, 7, 8])
    }

    @Test func followsAVariableAssignedEarlierInTheSameFunction() {
        let code = """
            async def f(session, uid):
                query = f"SELECT * FROM users WHERE id = {uid}"
                return await session.execute(text(query))

            async def g(session, uid):
                query = "SELECT * FROM users WHERE id = :id"
                return await session.execute(text(query), {"id": uid})

            async def h(session, column):
                query = "SELECT * FROM users ORDER BY "
                query += column
                return await session.execute(text(query))
            """
        #expect(flaggedLines(Self.matcher, code) == [3, 12])
    }

    @Test func parameterisedSQLIsNotFlagged() {
        let code = """
            async def f(session, uid):
                await session.execute(text("SELECT * FROM users WHERE id = :id"), {"id": uid})
                await session.execute(text("SELECT set_rls_context(:business_id, :user_id)"), params)
                await session.execute(select(User).where(User.id == uid))
                await session.execute(text(f"SELECT 1"))
                await use_case.execute(f"hello {uid}")
                logger.info(f"SELECT {uid}")
            """
        #expect(flaggedLines(Self.matcher, code).isEmpty)
    }

    @Test func nestedSinksAreReportedOnceOnTheInnermost() {
        let code = """
            async def f(session, value):
                result = await session.execute(
                    text(f"SELECT count(*) FROM appointments WHERE quantity = '{value}'")
                )
                query = f"SELECT * FROM users WHERE id = {value}"
                rows = await session.execute(
                    text(query)
                )
                await session.execute(
                    f"DELETE FROM users WHERE id = {value}"
                )
            """
        // The outer `execute(` on lines 2, 6 and 9 receives the string only through `text(`, except on
        // line 9 where it is the sink itself.
        #expect(flaggedLines(Self.matcher, code) == [3, 7, 9])
    }
}
