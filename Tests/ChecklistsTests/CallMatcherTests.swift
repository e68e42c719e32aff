import Checklists
import Testing

struct CallMatcherTests {
    @Test func asyncOnlyIgnoresSyncFunctionsAndAwaitedAsyncioSleep() {
        let matcher = Matcher.call(CallSpec(names: ["time.sleep"], within: .async))
        let code = """
            import asyncio
            import time as t
            from time import sleep

            async def handler():
                t.sleep(1)
                sleep(2)
                await asyncio.sleep(1)

            def sync_job():
                t.sleep(1)
            """
        #expect(flaggedLines(matcher, code) == [6, 7])
    }

    @Test func wildcardsSpanDottedNames() {
        let matcher = Matcher.call(CallSpec(names: ["requests.*", "self.*_repo.create"]))
        let code = """
            import requests

            async def f(self):
                requests.get(url)
                requests.Session().post(url)
                await self.user_repo.create(user)
                await self.user_repo.get(user)
                await self.cache.create(user)
            """
        #expect(flaggedLines(matcher, code) == [4, 5, 6])
    }

    @Test func awaitedAndLoopConditions() {
        let matcher = Matcher.call(CallSpec(names: ["*_repo.*"], within: .loop, awaited: true))
        let code = """
            async def f(self, ids):
                for i in ids:
                    await self.booking_repo.get(i)
                    self.booking_repo.queue(i)
                await self.booking_repo.get_many(ids)
                return [await self.user_repo.get(i) for i in ids]
            """
        #expect(flaggedLines(matcher, code) == [3, 6])
    }

    @Test func argumentConditions() {
        let matcher = Matcher.call(
            CallSpec(
                names: ["Depends", "fastapi.Depends"],
                arguments: [ArgumentCondition(position: 0, regex: "get_raw_session")]))
        let code = """
            from fastapi import Depends

            async def a(session=Depends(get_raw_session)): ...
            async def b(session=Depends(get_db_session)): ...
            async def c(session=Depends(dependency=get_raw_session)): ...
            """
        #expect(flaggedLines(matcher, code) == [3])
    }

    @Test func anyArgumentSeesKeywordNamesAndUnlessExempts() {
        let matcher = Matcher.call(
            CallSpec(
                names: ["jose.jwt.decode"], arguments: [ArgumentCondition(regex: "^verify=False$")],
                unlessArguments: [ArgumentCondition(keyword: "audience", regex: "internal")]))
        let code = """
            from jose import jwt
            jwt.decode(token, key, verify=False)
            jwt.decode(token, key, verify=True)
            jwt.decode(token, key, verify=False, audience="internal")
            """
        #expect(flaggedLines(matcher, code) == [2])
    }

    @Test func multiLineCallsReportTheirEndLine() throws {
        let catalog = Catalog(rules: [makeRule("r", .call(CallSpec(names: ["time.sleep"])))])
        let code = "import time\ntime.sleep(\n    1,\n)\n"
        let findings = catalog.evaluate(ChangeSet(files: [ChangedFile(path: "a.py", status: .added, source: Array(code.utf8))]))
        let finding = try #require(findings.first)
        #expect(finding.line == 2)
        #expect(finding.endLine == 4)
        #expect(finding.snippet == "time.sleep(")
    }
}
