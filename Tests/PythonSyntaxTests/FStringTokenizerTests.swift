import PythonSyntax
import Testing

/// PEP 701 f-string tokens, including what only 3.12 accepts.
struct FStringTokenizerTests {
    static let cases: [TokenizerTests.Case] = [
        .init(source: "f\"{x=!r:>10}\"\n", expected: [
            "FSTRING_START f\"", "OP {", "NAME x", "OP =", "OP !", "NAME r", "OP :", "FSTRING_MIDDLE >10", "OP }",
            "FSTRING_END \"",
        ]),
        .init(source: "f\"{f\"{x}\"}\"\n", expected: [
            "FSTRING_START f\"", "OP {", "FSTRING_START f\"", "OP {", "NAME x", "OP }", "FSTRING_END \"", "OP }",
            "FSTRING_END \"",
        ]),
        .init(source: "f\"\"\"{\n    x  # comment\n}\"\"\"\n", expected: [
            "FSTRING_START f\"\"\"", "OP {", "NAME x", "COMMENT # comment", "OP }", "FSTRING_END \"\"\"",
        ]),
        .init(source: "f'{\"\\n\".join(x)}'\n", expected: [
            "FSTRING_START f'", "OP {", "STRING \"\\n\"", "OP .", "NAME join", "OP (", "NAME x", "OP )", "OP }",
            "FSTRING_END '",
        ]),
        .init(source: "f'{a!=b} {(x:=1)} {d[\"k\"]:{w}}'\n", expected: [
            "FSTRING_START f'", "OP {", "NAME a", "OP !=", "NAME b", "OP }", "FSTRING_MIDDLE  ", "OP {", "OP (", "NAME x",
            "OP :=", "NUMBER 1", "OP )", "OP }", "FSTRING_MIDDLE  ", "OP {", "NAME d", "OP [", "STRING \"k\"", "OP ]",
            "OP :", "OP {", "NAME w", "OP }", "OP }", "FSTRING_END '",
        ]),
        .init(source: "f'\\N{BULLET} {x}' rf'\\{x}'\n", expected: [
            "FSTRING_START f'", "FSTRING_MIDDLE \\N{BULLET} ", "OP {", "NAME x", "OP }", "FSTRING_END '",
            "FSTRING_START rf'", "FSTRING_MIDDLE \\", "OP {", "NAME x", "OP }", "FSTRING_END '",
        ]),
        .init(source: "f\"abc\n", expected: ["NAME f", "ERRORTOKEN \"", "NAME abc"]),
        .init(source: "f\"{x[\"a\n", expected: [
            "FSTRING_START f\"", "OP {", "NAME x", "OP [", "ERRORTOKEN \"", "NAME a", "ERRORTOKEN ",
        ]),
    ]

    @Test func multiLineFieldUsesNL() {
        let kinds = Tokenizer().tokenize("f'''{\n  x\n}'''\n").map(\.kind)
        #expect(kinds == [.fstringStart, .op, .nl, .name, .nl, .op, .fstringEnd, .newline, .endMarker])
    }

    @Test(arguments: cases)
    func tokens(_ testCase: TokenizerTests.Case) {
        #expect(renderCode(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        String(repeating: "f'{", count: 500), String(repeating: "(", count: 20000), "'''", "\\", "x = \\",
        "f'''{", "f'{x:{y:{z", "\0\0\0", "\u{FEFF}", "\r\r\r\n\n", "\t\t\tx\n  y\n", "@", "f'{x!'", "f'{}'", "f'}'",
    ])
    func pathologicalInputTerminates(_ source: String) {
        let bytes = Array(source.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        #expect(TokenizerFuzzTests.checkSanity(bytes, tokens) == nil)
    }
}
