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

    @Test(arguments: [
        ("x = 1\n", ["x"], "1"),
        ("a, *rest = items\n", ["a", "rest"], "items"),
        ("self.count += len(batch)\n", ["self.count"], "len(batch)"),
        ("cache[key] = await fetch(key)\n", ["cache"], "await fetch(key)"),
        ("timeout: float = 5.0  # seconds\n", ["timeout"], "5.0"),
        ("first = second = None\n", ["first", "second"], "None"),
        ("(x, y), z = pair, 3\n", ["x", "y", "z"], "pair, 3"),
    ])
    func assignmentTable(source: String, targets: [String], value: String) throws {
        let index = SourceIndex(path: "m.py", source: source)
        let assignment = try #require(index.assignments.first)
        #expect(assignment.targets == targets)
        #expect(index.text(tokens: assignment.valueRange) == value)
    }

    @Test(arguments: [
        ("s = b'x'\n", StringLiteral.Prefix.bytes, false, "x"),
        ("s = Rb'''x\ny'''\n", [.raw, .bytes], true, "x\ny"),
        ("s = f'{a}-{b!r}'\n", .formatted, false, "{a}-{b!r}"),
        ("s = u\"x\"\n", .unicode, false, "x"),
        ("s = ''\n", [], false, ""),
    ] as [(String, StringLiteral.Prefix, Bool, String)])
    func stringTable(source: String, prefix: StringLiteral.Prefix, triple: Bool, content: String) throws {
        let string = try #require(SourceIndex(path: "m.py", source: source).strings.first)
        #expect(string.prefix == prefix)
        #expect(string.isTriple == triple)
        #expect(string.content == content)
        #expect(!string.isDocstring)
    }

    @Test(arguments: [
        ("for x in y:\n    pass\n", [Loop.Kind.for]),
        ("async def f():\n    async for x in y:\n        pass\n", [.asyncFor]),
        ("while x:\n    x -= 1\n", [.while]),
        ("d = {k: v for k, v in items}\ng = (i for i in x)\ns = {i for i in x}\n", [.comprehension, .comprehension, .comprehension]),
        ("[[j for j in i] for i in m]\n", [.comprehension, .comprehension]),
        ("x = [1, 2]\n", []),
    ])
    func loopTable(source: String, kinds: [Loop.Kind]) {
        #expect(SourceIndex(path: "m.py", source: source).loops.map(\.kind) == kinds)
    }
}
