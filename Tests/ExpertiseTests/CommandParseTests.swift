import Expertise
import Testing

/// `@backend-review …` commands in pull-request comments, hostile ones included.
struct CommandParseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var body: String
        var expected: BotCommand?
        var testDescription: String { body.debugDescription }
    }

    static let cases: [Case] = [
        Case(body: "@backend-review dismiss", expected: .dismiss(reason: nil)),
        Case(body: "@backend-review dismiss it's a test fixture", expected: .dismiss(reason: "it's a test fixture")),
        Case(body: "@Backend-Review DISMISS: fixture data", expected: .dismiss(reason: "fixture data")),
        Case(body: "@backend-review: dismiss", expected: .dismiss(reason: nil)),
        Case(body: "@backend-review accept", expected: .accept(note: nil)),
        Case(body: "@backend-review accept, will fix in the next push", expected: .accept(note: "will fix in the next push")),
        Case(body: "@backend-review ignore sql-injection-fstring", expected: .ignore(rule: "sql-injection-fstring", glob: nil)),
        Case(body: "@backend-review ignore `sql-injection-fstring` in `migrations/**`",
             expected: .ignore(rule: "sql-injection-fstring", glob: "migrations/**")),
        Case(body: "@backend-review ignore rls-missing-context in scripts/*.py please",
             expected: .ignore(rule: "rls-missing-context", glob: "scripts/*.py")),
        Case(body: "@backend-review ignore sql-injection-fstring.", expected: .ignore(rule: "sql-injection-fstring", glob: nil)),
        Case(body: "@backend-review explain rls-missing-context", expected: .explain(rule: "rls-missing-context")),
        Case(body: "@backend-review explain `async.blocking_sleep-2`?", expected: .explain(rule: "async.blocking_sleep-2")),
        Case(body: "@backend-review review", expected: .review),
        Case(body: "@backend-review review!", expected: .review),
        Case(body: "@backend-review help", expected: .help(unknown: nil)),
        Case(body: "@backend-review frobnicate the widget", expected: .help(unknown: "frobnicate")),
        Case(body: "@backend-review", expected: .help(unknown: nil)),
        Case(body: "thanks @backend-review!", expected: .help(unknown: nil)),
        Case(body: "no mention here, just dismiss", expected: nil),
        Case(body: "", expected: nil),
        // Spanish command words.
        Case(body: "@backend-review ignorar sql-injection-fstring en tests/**",
             expected: .ignore(rule: "sql-injection-fstring", glob: "tests/**")),
        Case(body: "@backend-review descartar es un fixture", expected: .dismiss(reason: "es un fixture")),
        // Where commands are not.
        Case(body: "```\n@backend-review dismiss\n```", expected: nil),
        Case(body: "~~~python\n@backend-review dismiss\n~~~\n@backend-review accept", expected: .accept(note: nil)),
        Case(body: "````\n```\n@backend-review dismiss\n```\n````\n@backend-review review", expected: .review),
        Case(body: "> @backend-review dismiss\n\nI disagree.", expected: nil),
        Case(body: "> @backend-review dismiss\n@backend-review accept", expected: .accept(note: nil)),
        Case(body: "Type `@backend-review dismiss` to dismiss.", expected: nil),
        Case(body: "@backend-reviewer dismiss", expected: nil),
        Case(body: "mail me@backend-review.dev dismiss", expected: nil),
        Case(body: "@backend-review[bot] review", expected: .review),
        // The first real command wins over an earlier unknown word or bare mention.
        Case(body: "Hey @backend-review what do you think?\n@backend-review review", expected: .review),
        Case(body: "Thanks!\r\n\r\n@backend-review dismiss\tbecause generated", expected: .dismiss(reason: "because generated")),
        Case(body: "@backend-review dismiss @backend-review accept", expected: .dismiss(reason: "@backend-review accept")),
        // Hostile input.
        Case(body: "@backend-review ignore ../../etc/passwd", expected: .help(unknown: nil)),
        Case(body: "@backend-review ignore rule-x in ../../**", expected: .help(unknown: nil)),
        Case(body: "@backend-review ignore rule-x in [unclosed", expected: .help(unknown: nil)),
        Case(body: "@backend-review ignore rule-x in", expected: .help(unknown: nil)),
        Case(body: "@backend-review ignore", expected: .help(unknown: nil)),
        Case(body: "@backend-review explain <script>alert(1)</script>", expected: .help(unknown: nil)),
        Case(body: "@backend-review explain " + String(repeating: "a", count: 101), expected: .help(unknown: nil)),
        Case(body: "@backend-review ignore rule;rm -rf /", expected: .help(unknown: nil)),
        Case(body: "@backend-review dismiss \u{202E}evil\u{0007}\u{0000} text", expected: .dismiss(reason: "evil text")),
        Case(body: "@backend\u{200B}-review dismiss", expected: .dismiss(reason: nil)),
    ]

    @Test(arguments: cases)
    func parses(_ test: Case) {
        #expect(BotCommand.parse(test.body) == test.expected)
    }

    @Test func reasonsAreCappedAndOnOneLine() throws {
        let body = "@backend-review dismiss " + String(repeating: "word ", count: 500)
        guard case .dismiss(let reason) = BotCommand.parse(body) else {
            Issue.record("not a dismiss")
            return
        }
        let kept = try #require(reason)
        #expect(kept.count <= BotCommand.reasonLength)
        #expect(!kept.contains("\n"))
    }

    @Test func aCustomMentionIsHonoured() {
        #expect(BotCommand.parse("@ReviewBot review", mention: "reviewbot") == .review)
        #expect(BotCommand.parse("@backend-review review", mention: "reviewbot") == nil)
    }

    @Test func aHugeBodyIsReadOnlyToItsBound() {
        let filler = String(repeating: "lorem ipsum ", count: 100_000)
        #expect(BotCommand.parse(filler + "@backend-review review") == nil)
        #expect(BotCommand.parse("@backend-review review " + filler) == .review)
        let unterminatedFence = "```\n" + String(repeating: "@backend-review dismiss\n", count: 10_000)
        #expect(BotCommand.parse(unterminatedFence) == nil)
    }
}
