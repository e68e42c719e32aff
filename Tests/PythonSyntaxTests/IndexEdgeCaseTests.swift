import PythonSyntax
import Testing

/// Index behaviour on less common but real constructs.
struct IndexEdgeCaseTests {
    @Test func typeAliasAndSoftKeywords() {
        let index = SourceIndex(path: "m.py", source: """
        type Alias[T] = list[T]
        type = "name"
        match = compute()
        match command:
            case [x]:
                handle(x)
        match(value)

        """)
        #expect(index.assignments.map(\.targets) == [["Alias"], ["type"], ["match"]])
        #expect(index.calls.map(\.callee) == ["compute", "handle", "match"])
    }

    @Test func classInsideFunctionAndLambdaDefaults() {
        let index = SourceIndex(path: "m.py", source: """
        async def factory(x=make()):
            class Local:
                value = build()
                def method(self, cb=lambda: helper()):
                    return run()
            return Local

        """)
        let calls = Dictionary(uniqueKeysWithValues: index.calls.map { ($0.callee, $0) })
        #expect(calls["make"]?.function == nil)
        #expect(calls["build"]?.function == 0)
        #expect(calls["build"]?.inAsyncFunction == true)
        #expect(calls["helper"]?.function == 0)
        #expect(calls["run"]?.function == 2)
        #expect(calls["run"]?.inAsyncFunction == false)
        #expect(index.scopes.map(\.qualifiedName) == ["factory", "factory.Local", "factory.Local.method"])
    }

    @Test func pytestDecoratorsResolve() {
        let index = SourceIndex(path: "tests/test_x.py", source: """
        import pytest
        from pytest import mark as m

        @pytest.mark.asyncio
        @m.parametrize("a", [1, 2])
        async def test_it(a):
            assert a

        """)
        #expect(index.scopes[0].decorators == ["pytest.mark.asyncio", "m.parametrize"])
        #expect(index.scopes[0].resolvedDecorators == ["pytest.mark.asyncio", "pytest.mark.parametrize"])
    }

    @Test func longCallChainsStayCheap() {
        let chain = "q = x" + String(repeating: ".f()", count: 3000) + "\n"
        let index = SourceIndex(path: "m.py", source: chain)
        #expect(index.calls.count == 3000)
        #expect(index.calls.allSatisfy { $0.callee.hasSuffix("f") })
    }

    @Test func deepNestingIsLinear() {
        let source = String(repeating: "(", count: 5000) + String(repeating: ")", count: 5000) + "\n"
            + String(repeating: "[", count: 200) + "\n"
        let index = SourceIndex(path: "m.py", source: source)
        #expect(index.tokens.last?.kind == .endMarker)
    }

    @Test func inlineBodiesAndElse() {
        let index = SourceIndex(path: "m.py", source: """
        def f(): return g()
        for i in x: h(i)
        else: k()
        while ok(): step()
        class C: attr = 1

        """)
        #expect(index.scopes.map { "\($0.name)@\($0.line)-\($0.endLine)" } == ["f@1-1", "C@5-5"])
        #expect(index.loops.map { "\($0.kind)@\($0.line)-\($0.endLine)" } == ["for@2-2", "while@4-4"])
        let depths = Dictionary(uniqueKeysWithValues: index.calls.map { ($0.callee, $0.loopDepth) })
        #expect(depths == ["g": 0, "h": 1, "k": 0, "ok": 1, "step": 1])
        #expect(index.assignments.map(\.targets) == [["attr"]])
    }
}
