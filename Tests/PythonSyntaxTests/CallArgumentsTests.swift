import PythonSyntax
import Testing

struct CallArgumentsTests {
    @Test(arguments: [
        ("requests.get(url, timeout=5)", "timeout", "5", 1),
        ("session.get(Model, key, with_for_update=True)", "with_for_update", "True", 2),
        ("f(a == b, c=(1, 2), **kw)", "c", "(1, 2)", 2),
        ("f()", nil, nil, 0),
    ] as [(String, String?, String?, Int)])
    func keywordAndPositional(source: String, keyword: String?, value: String?, positional: Int) throws {
        let index = SourceIndex(path: "m.py", source: source + "\n")
        let call = try #require(index.calls.first)
        #expect(call.positionalArguments.count == positional)
        if let keyword {
            let argument = try #require(call.argument(named: keyword))
            #expect(index.text(tokens: argument.tokenRange) == value)
        }
        #expect(call.argument(named: "missing") == nil)
    }
}
