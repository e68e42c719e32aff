import PythonSyntax
import Testing

struct SourceIndexTests {
    static let module = """
    \"\"\"Module docs.\"\"\"
    from app.core import settings

    DEBUG: bool = False
    a, (b, c) = 1, (2, 3)
    x = y = compute()
    self.total += 1
    d["k"] = rb'raw'
    LIMIT: int
    f(a=1)
    if x == 1: pass

    class C:
        '''Class docs.'''
        name = f"{settings.x!r}"

    async def handler(session):
        "Function docs."
        for i in range(3):
            while True:
                total = i
        query = [r for r in rows]
    """

    @Test func assignments() {
        let index = SourceIndex(path: "m.py", source: Self.module)
        #expect(index.assignments.map(\.targets) == [
            ["DEBUG"], ["a", "b", "c"], ["x", "y"], ["self.total"], ["d"], ["LIMIT"], ["name"], ["total"], ["query"],
        ])
        #expect(index.assignments.map { index.text(tokens: $0.valueRange) } == [
            "False", "1, (2, 3)", "compute()", "1", "rb'raw'", "", "f\"{settings.x!r}\"", "i", "[r for r in rows]",
        ])
        #expect(index.assignments.map(\.function) == [nil, nil, nil, nil, nil, nil, nil, 1, 1])
    }

    @Test func strings() {
        let index = SourceIndex(path: "m.py", source: Self.module)
        #expect(index.strings.map(\.content) == ["Module docs.", "k", "raw", "Class docs.", "{settings.x!r}", "Function docs."])
        #expect(index.strings.map(\.isDocstring) == [true, false, false, true, false, true])
        #expect(index.strings.map(\.isTriple) == [true, false, false, true, false, false])
        #expect(index.strings[2].prefix == [.raw, .bytes])
        #expect(index.strings[4].prefix == .formatted)
        #expect(index.text(tokens: index.strings[4].tokenRange) == "f\"{settings.x!r}\"")
    }

    @Test func loops() {
        let index = SourceIndex(path: "m.py", source: Self.module)
        #expect(index.loops.map(\.kind) == [.for, .while, .comprehension])
        #expect(index.loops.map { "\($0.line)-\($0.endLine)" } == ["19-21", "20-21", "22-22"])
        #expect(index.loops.allSatisfy { $0.function == 1 })
    }

    @Test func textHelpers() {
        let index = SourceIndex(path: "m.py", source: "x = 1\r\nprint(x)\n")
        #expect(index.lineText(2) == "print(x)")
        #expect(index.lineText(1) == "x = 1")
        #expect(index.lineText(9) == "")
        #expect(index.text(of: 999) == "")
        #expect(index.text(tokens: 4..<8) == "print(x)")
    }
}
