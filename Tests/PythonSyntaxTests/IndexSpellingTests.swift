import PythonSyntax
import Testing

/// The same names written with and without spaces, line breaks, calls and subscripts between their parts:
/// the index builds names from one source slice when it can and joins the parts otherwise, and both ways
/// must give the same text.
struct IndexSpellingTests {
    @Test(arguments: [
        ("a.b.c(1)\n", "a.b.c"),
        ("a . b . c(1)\n", "a.b.c"),
        ("f(a.  # note\n    b(1))\n", "a.b"),
        ("x = (a.\n    b(1))\n", "a.b"),
        ("a().b(1)\n", "a.b"),
        ("a[0].b(1)\n", "a.b"),
        ("a.b[0](1)\n", "a.b"),
        ("f(1)\n", "f"),
        ("self.session.execute(q)\n", "self.session.execute"),
    ])
    func calleeSpelling(source: String, callee: String) {
        let index = SourceIndex(path: "m.py", source: source)
        #expect(index.calls.last?.callee == callee)
    }

    @Test(arguments: [
        ("self.x = 1\n", ["self.x"]),
        ("self . x = 1\n", ["self.x"]),
        ("a[0].b = 1\n", ["a.b"]),
        ("d[k] = v\n", ["d"]),
        ("a, (b, c.d) = t\n", ["a", "b", "c.d"]),
        ("a = b.c = 1\n", ["a", "b.c"]),
        ("x: int = 1\n", ["x"]),
        ("obj.count += 1\n", ["obj.count"]),
    ])
    func assignmentTargetSpelling(source: String, targets: [String]) {
        let index = SourceIndex(path: "m.py", source: source)
        #expect(index.assignments.first?.targets == targets)
    }

    /// Names sharing a first byte or a length with an imported name must not resolve through it.
    @Test(arguments: [
        ("import np as n\nn.array(1)\n", "np.array"),
        ("import np as n\nnp.array(1)\n", "np.array"),
        ("from t import sleep\nsleep(1)\nsle(1)\n", "sle"),
        ("from t import sleep\nsleepy(1)\n", "sleepy"),
        ("from t import sleep\nslept(1)\n", "slept"),
        ("from pkg.mod import tool as tl\ntl.run()\n", "pkg.mod.tool.run"),
    ])
    func resolutionOnlyOfBoundNames(source: String, resolved: String) {
        let index = SourceIndex(path: "m.py", source: source)
        #expect(index.calls.last?.resolvedName == resolved)
    }

    /// Keywords in the last bytes of a file (no trailing newline) are still recognised.
    @Test func keywordsAtEndOfInput() {
        let index = SourceIndex(path: "m.py", source: "async def f():\n    x = await g()")
        #expect(index.calls.map(\.isAwaited) == [true])
        #expect(index.scopes.first?.isAsync == true)
        let loop = SourceIndex(path: "m.py", source: "for i in r: pass")
        #expect(loop.loops.count == 1)
    }
}
