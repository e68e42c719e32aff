import Foundation
import PythonSyntax
import Testing

/// Feeds truncated, mutated and random input: the tokenizer and the index must finish and keep every
/// token inside the input, in order.
struct TokenizerFuzzTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The invariants every token stream keeps, whatever the input.
    static func checkSanity(_ source: [UInt8], _ tokens: [Token]) -> String? {
        guard let last = tokens.last, last.kind == .endMarker else { return "no ENDMARKER" }
        var previousStart: Int32 = 0
        for (index, token) in tokens.enumerated() {
            if token.start > token.end { return "token \(index): start after end" }
            if token.start < 0 || Int(token.end) > source.count { return "token \(index): outside the input" }
            if token.start < previousStart { return "token \(index): goes backwards" }
            if token.line < 1 || token.endLine < token.line { return "token \(index): bad lines" }
            if token.column < 0 || token.endColumn < 0 { return "token \(index): negative column" }
            previousStart = token.start
        }
        if tokens.count > source.count * 2 + 64 { return "too many tokens: \(tokens.count)" }
        return nil
    }

    static func check(_ source: [UInt8]) -> String? {
        let tokens = Tokenizer().tokenize(source)
        if let problem = checkSanity(source, tokens) { return problem }
        let index = SourceIndex(path: "pkg/mod.py", source: source)
        for call in index.calls where !(call.openParen <= call.closeParen && call.closeParen < index.tokens.count) {
            return "call \(call.callee): bad parens"
        }
        for scope in index.scopes where scope.line > scope.endLine || scope.tokenRange.upperBound > index.tokens.count {
            return "scope \(scope.name): bad range"
        }
        for assignment in index.assignments where assignment.valueRange.upperBound > index.tokens.count {
            return "assignment: bad range"
        }
        return nil
    }

    static let seeds: [String] = [
        "x = f'{a!r:>{w}}' + rb'\\x00'\n", "def f(a, *, b: int = 1) -> None:\n    return [await g(i) async for i in h()]\n",
        "class A(B[C], metaclass=M):\n\t'''doc'''\n\tx: int = 0\n", "if x:\r\n  y = (1,\r\n 2)\r\nelse: z = 3 \\\n + 4\n",
        "s = '''unterminated\n", "t = f\"{x[\"a\"]}\" f'{{}}' f'''{\n y\n}'''\n", "@a.b(c)\nasync def d(): ...\n",
    ]

    @Test(arguments: Fixtures.corpusFiles())
    func everyPrefixOfACorpusFile(_ url: URL) {
        let source = Fixtures.bytes(url)
        // Every prefix of small files; 100 spread cut points in big ones (keeps the debug-build test fast).
        let step = source.count <= 4000 ? 1 : source.count / 100
        for cut in stride(from: 0, through: source.count, by: step) {
            let problem = Self.check(Array(source[..<cut]))
            #expect(problem == nil, "\(url.lastPathComponent) cut at \(cut): \(problem ?? "")")
            if problem != nil { break }
        }
    }

    @Test func everyPrefixOfTrickySeeds() {
        for seed in Self.seeds {
            let bytes = Array(seed.utf8)
            for cut in 0...bytes.count {
                let problem = Self.check(Array(bytes[..<cut]))
                #expect(problem == nil, "\(seed.debugDescription) cut at \(cut): \(problem ?? "")")
            }
        }
    }

    @Test func randomBytes() {
        var generator = Generator(state: 42)
        let alphabet = Array("()[]{}'\"\\#:=.,@fFrRbB \t\n\r0x9eE_jJ!{}".utf8) + [0xC3, 0xA9, 0xFF, 0x00, 0xEF, 0xBB, 0xBF, 0x0C]
        for round in 0..<3000 {
            let length = Int(generator.next() % 80)
            let bytes: [UInt8] = (0..<length).map { _ in
                generator.next() % 4 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let problem = Self.check(bytes)
            #expect(problem == nil, "round \(round) \(bytes): \(problem ?? "")")
            if problem != nil { break }
        }
    }

    @Test func mutatedSeeds() {
        var generator = Generator(state: 7)
        for seed in Self.seeds {
            for _ in 0..<300 {
                var bytes = Array(seed.utf8)
                for _ in 0..<3 where !bytes.isEmpty {
                    let position = Int(generator.next() % UInt64(bytes.count))
                    switch generator.next() % 3 {
                    case 0: bytes.remove(at: position)
                    case 1: bytes.insert(UInt8(truncatingIfNeeded: generator.next()), at: position)
                    default: bytes[position] = bytes[Int(generator.next() % UInt64(bytes.count))]
                    }
                }
                let problem = Self.check(bytes)
                #expect(problem == nil, "\(bytes): \(problem ?? "")")
                if problem != nil { return }
            }
        }
    }
}
