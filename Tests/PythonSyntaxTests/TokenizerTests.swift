import PythonSyntax
import Testing

/// Token streams written as `KIND text` pairs, so expectations read like CPython's output.
func render(_ source: String) -> [String] {
    let bytes = Array(source.utf8)
    return Tokenizer().tokenize(bytes).map { token in
        let text = String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
        return "\(CPythonTokenForm.name(of: token.kind)) \(text)"
    }
}

/// Only the tokens that are not layout (no NEWLINE/NL/INDENT/DEDENT/ENDMARKER).
func renderCode(_ source: String) -> [String] {
    render(source).filter { line in
        !["NEWLINE", "NL", "INDENT", "DEDENT", "ENDMARKER"].contains(line.split(separator: " ").first.map(String.init) ?? "")
    }
}

struct TokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var source: String
        var expected: [String]
        var testDescription: String { source }
    }

    static let codeCases: [Case] = [
        Case(source: "x = f'a{b!r:>{w}}c'\n", expected: [
            "NAME x", "OP =", "FSTRING_START f'", "FSTRING_MIDDLE a", "OP {", "NAME b", "OP !", "NAME r", "OP :",
            "FSTRING_MIDDLE >", "OP {", "NAME w", "OP }", "OP }", "FSTRING_MIDDLE c", "FSTRING_END '",
        ]),
        Case(source: "f\"{x['a']}\"\n", expected: [
            "FSTRING_START f\"", "OP {", "NAME x", "OP [", "STRING 'a'", "OP ]", "OP }", "FSTRING_END \"",
        ]),
        Case(source: "f\"{x[\"a\"]}\"\n", expected: [
            "FSTRING_START f\"", "OP {", "NAME x", "OP [", "STRING \"a\"", "OP ]", "OP }", "FSTRING_END \"",
        ]),
        Case(source: "f'{{lit}} {f\"{y=}\"}'\n", expected: [
            "FSTRING_START f'", "FSTRING_MIDDLE {{lit}} ", "OP {", "FSTRING_START f\"", "OP {", "NAME y", "OP =",
            "OP }", "FSTRING_END \"", "OP }", "FSTRING_END '",
        ]),
        Case(source: "rb'\\d' BR\"x\" u'y' Rf'{a}\\d'\n", expected: [
            "STRING rb'\\d'", "STRING BR\"x\"", "STRING u'y'", "FSTRING_START Rf'", "OP {", "NAME a", "OP }",
            "FSTRING_MIDDLE \\d", "FSTRING_END '",
        ]),
        Case(source: "s = '''a\n'b'\n'''\n", expected: ["NAME s", "OP =", "STRING '''a\n'b'\n'''"]),
        Case(source: "a **= b // c >>= d ... -> := != <<\n", expected: [
            "NAME a", "OP **=", "NAME b", "OP //", "NAME c", "OP >>=", "NAME d", "OP ...", "OP ->", "OP :=",
            "OP !=", "OP <<",
        ]),
        Case(source: "0x_1F 0o17 0b1_0 1_000.5e-3j 1e5 .5 1. 0777 1if\n", expected: [
            "NUMBER 0x_1F", "NUMBER 0o17", "NUMBER 0b1_0", "NUMBER 1_000.5e-3j", "NUMBER 1e5", "NUMBER .5",
            "NUMBER 1.", "NUMBER 0", "NUMBER 777", "NUMBER 1", "NAME if",
        ]),
        Case(source: "café = naïve_λ + 𝔘\n", expected: ["NAME café", "OP =", "NAME naïve_λ", "OP +", "NAME 𝔘"]),
        Case(source: "@router.get('/x')\nasync def f(): await g()\n", expected: [
            "OP @", "NAME router", "OP .", "NAME get", "OP (", "STRING '/x'", "OP )", "NAME async", "NAME def",
            "NAME f", "OP (", "OP )", "OP :", "NAME await", "NAME g", "OP (", "OP )",
        ]),
        Case(source: "x = 'unterminated\ny = 1\n", expected: ["NAME x", "OP =", "ERRORTOKEN  ", "ERRORTOKEN '",
                                                         "NAME unterminated", "NAME y", "OP =", "NUMBER 1"]),
        Case(source: "a $ b\n", expected: ["NAME a", "ERRORTOKEN  ", "ERRORTOKEN $", "NAME b"]),
    ]

    @Test(arguments: codeCases)
    func codeTokens(_ testCase: Case) {
        #expect(renderCode(testCase.source) == testCase.expected)
    }

    static let layoutCases: [Case] = [
        Case(source: "if x:\n\ty = (1,\n  2)\n\n# c\nz\n", expected: [
            "NAME if", "NAME x", "OP :", "NEWLINE \n", "INDENT \t", "NAME y", "OP =", "OP (", "NUMBER 1", "OP ,",
            "NL \n", "NUMBER 2", "OP )", "NEWLINE \n", "NL \n", "COMMENT # c", "NL \n", "DEDENT ", "NAME z",
            "NEWLINE \n", "ENDMARKER ",
        ]),
        Case(source: "x = 1 + \\\n  2\r\ny\rz", expected: [
            "NAME x", "OP =", "NUMBER 1", "OP +", "NUMBER 2", "NEWLINE \r\n", "NAME y", "NEWLINE \r", "NAME z",
            "NEWLINE ", "ENDMARKER ",
        ]),
        Case(source: "\u{FEFF}def f():\n    pass\n", expected: [
            "NAME def", "NAME f", "OP (", "OP )", "OP :", "NEWLINE \n", "INDENT     ", "NAME pass", "NEWLINE \n",
            "DEDENT ", "ENDMARKER ",
        ]),
        Case(source: "if a:\n        b\n\tc\n", expected: [
            "NAME if", "NAME a", "OP :", "NEWLINE \n", "INDENT         ", "NAME b", "NEWLINE \n", "NAME c",
            "NEWLINE \n", "DEDENT ", "ENDMARKER ",
        ]),
        Case(source: "foo(\n", expected: ["NAME foo", "OP (", "NL \n", "ERRORTOKEN ", "ENDMARKER "]),
    ]

    @Test(arguments: layoutCases)
    func layoutTokens(_ testCase: Case) {
        #expect(render(testCase.source) == testCase.expected)
    }

    @Test func bomColumnsStartAfterTheMark() {
        let tokens = Tokenizer().tokenize("\u{FEFF}x = 1\n")
        #expect(tokens[0].start == 3)
        #expect(tokens[0].column == 0)
    }

    @Test func multiLineStringPositions() {
        let tokens = Tokenizer().tokenize("s = \"\"\"a\nbc\"\"\"\n")
        let string = tokens[2]
        #expect(string.kind == .string)
        #expect((string.line, string.column, string.endLine, string.endColumn) == (1, 4, 2, 5))
    }

    @Test func invalidUTF8InStringIsFlagged() {
        let bytes: [UInt8] = Array("x = '".utf8) + [0xFF] + Array("'\n".utf8)
        let kinds = Tokenizer().tokenize(bytes).map(\.kind)
        #expect(kinds.contains(.errorToken))
        #expect(kinds.contains(.string))
    }

    @Test func latin1CookieAcceptsLatin1Bytes() {
        let bytes: [UInt8] = Array("# -*- coding: latin-1 -*-\nx = '".utf8) + [0xE9] + Array("'\n".utf8)
        #expect(!Tokenizer().tokenize(bytes).contains { $0.kind == .errorToken })
    }

    @Test func unknownCookieIsFlagged() {
        #expect(Tokenizer().tokenize("# coding: uft-8\nx = 1\n").contains { $0.kind == .errorToken })
    }
}
