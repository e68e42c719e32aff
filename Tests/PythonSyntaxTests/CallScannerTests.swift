import PythonSyntax
import Testing

struct CallScannerTests {
    static let service = """
    import time
    import time as t
    from sqlalchemy import text
    from requests import get

    class BookingService:
        async def list(self, tenant_id):
            async for row in self.stream():
                await self.session.execute(text(f"SELECT * FROM b WHERE t = '{tenant_id}'"))
            time.sleep(1)
            t.sleep(2)
            items = [await fetch(x) for x in ids if check(x)]
            while ready():
                for a in b:
                    get(url, timeout=5, *args, **kw)
            return await a.b().c()

    def sync():
        session.query(Model).filter(Model.x == 1).all()
        obj.method()[0](1)
        if (x):
            pass
    """

    func call(_ index: SourceIndex, _ callee: String, _ nth: Int = 0) -> Call? {
        let matching = index.calls.filter { $0.callee == callee }
        return nth < matching.count ? matching[nth] : nil
    }

    @Test func calleesAreDottedAndResolved() {
        let index = SourceIndex(path: "app/services/booking.py", source: Self.service)
        #expect(index.calls.map(\.callee) == [
            "self.stream", "self.session.execute", "text", "time.sleep", "t.sleep", "fetch", "check", "ready", "get",
            "a.b", "a.b.c", "session.query", "session.query.filter", "session.query.filter.all", "obj.method",
            "obj.method",
        ])
        #expect(call(index, "t.sleep")?.resolvedName == "time.sleep")
        #expect(call(index, "get")?.resolvedName == "requests.get")
        #expect(call(index, "text")?.resolvedName == "sqlalchemy.text")
        #expect(call(index, "self.session.execute")?.resolvedName == "self.session.execute")
    }

    @Test func awaitAndAsyncContext() {
        let index = SourceIndex(path: "s.py", source: Self.service)
        #expect(call(index, "self.session.execute")?.isAwaited == true)
        #expect(call(index, "text")?.isAwaited == false)
        #expect(call(index, "time.sleep")?.inAsyncFunction == true)
        #expect(call(index, "fetch")?.isAwaited == true)
        #expect(call(index, "a.b")?.isAwaited == false)
        #expect(call(index, "a.b.c")?.isAwaited == true)
        #expect(call(index, "session.query")?.inAsyncFunction == false)
        #expect(call(index, "session.query")?.function == 2)
        #expect(call(index, "time.sleep")?.function == 1)
    }

    @Test func loopDepth() {
        let index = SourceIndex(path: "s.py", source: Self.service)
        #expect(call(index, "self.stream")?.loopDepth == 0)
        #expect(call(index, "self.session.execute")?.loopDepth == 1)
        #expect(call(index, "text")?.loopDepth == 1)
        #expect(call(index, "time.sleep")?.loopDepth == 0)
        #expect(call(index, "fetch")?.loopDepth == 1)
        #expect(call(index, "check")?.loopDepth == 1)
        #expect(call(index, "ready")?.loopDepth == 1)
        #expect(call(index, "get")?.loopDepth == 2)
    }

    @Test func arguments() throws {
        let index = SourceIndex(path: "s.py", source: Self.service)
        let get = try #require(call(index, "get"))
        #expect(get.arguments.map(\.keyword) == [nil, "timeout", nil, nil])
        #expect(get.arguments.map { index.text(tokens: $0.tokenRange) } == ["url", "5", "*args", "**kw"])
        #expect(index.text(of: get.openParen) == "(")
        #expect(index.text(of: get.closeParen) == ")")
        let execute = try #require(call(index, "self.session.execute"))
        #expect(execute.arguments.count == 1)
        #expect(index.text(tokens: execute.arguments[0].tokenRange).hasPrefix("text(f\"SELECT"))
        #expect(execute.line == 9 && execute.endLine == 9)
    }
}
