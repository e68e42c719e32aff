import Expertise
import ReviewCore
import Testing

/// Every command gets a short answer in the pull request's language, mentioning no one but the author.
struct CommandReplyTests {
    typealias F = RulesFixtures

    /// @-mentions outside code spans: the ones a host would turn into notifications.
    static func mentions(_ text: String) -> [String] {
        let prose = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        var found: [String] = []
        var rest = Substring(prose)
        while let at = rest.firstIndex(of: "@") {
            let name = rest[rest.index(after: at)...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !name.isEmpty { found.append(String(name)) }
            rest = rest[rest.index(after: at)...]
        }
        return found
    }

    static let decision = F.decision("BE12-001", scope: "app/a.py", confidence: 0.83, validated: 1)
    static let demotion = Demotion(ruleID: "async-blocking-sleep", decisionID: "BE12-004", dismissals: 3)

    @Test func dismissedNamesTheDecisionConfidenceAndDemotion() {
        let outcome = FeedbackOutcome(decision: Self.decision, demotion: Self.demotion)
        let en = CommandReply.dismissed(rule: "async-blocking-sleep", outcome: outcome, language: .en)
        #expect(en.contains("false positive"))
        #expect(en.contains("Decision `BE12-001` (not applicable in `app/a.py`) is now at confidence 0.83."))
        #expect(en.contains("dismissed 3 times here, so it is demoted one severity level"))
        #expect(en.contains("`BE12-004`"))
        let es = CommandReply.dismissed(rule: "async-blocking-sleep", outcome: outcome, language: .es)
        #expect(es.contains("falso positivo"))
        #expect(es.contains("La decisión `BE12-001` (no aplica en `app/a.py`) quedó con confianza 0.83."))
        #expect(es.contains("bajó un nivel de severidad"))
        #expect(Self.mentions(en).isEmpty && Self.mentions(es).isEmpty)
    }

    @Test func dismissedWithoutADecisionSaysWhy() {
        let removed = CommandReply.dismissed(rule: "r", outcome: FeedbackOutcome(removedDecisionID: "BE3-002"), language: .en)
        #expect(removed.contains("`BE3-002` fell below the minimum confidence and was removed"))
        let pending = CommandReply.dismissed(rule: "r", outcome: FeedbackOutcome(), language: .es)
        #expect(pending.contains("Todavía no alcanza la confianza"))
    }

    @Test func acceptedInBothLanguages() {
        var applies = Self.decision
        applies.tags = ["rule:async-blocking-sleep", "scope:app/a.py", "applies"]
        let outcome = FeedbackOutcome(decision: applies)
        #expect(CommandReply.accepted(rule: "async-blocking-sleep", outcome: outcome, language: .en)
            == "Thanks, noted: this `async-blocking-sleep` finding is right. "
            + "Decision `BE12-001` (applies in `app/a.py`) is now at confidence 0.83.")
        #expect(CommandReply.accepted(rule: "async-blocking-sleep", outcome: outcome, language: .es)
            == "Gracias, anotado: el hallazgo de `async-blocking-sleep` es correcto. "
            + "La decisión `BE12-001` (aplica en `app/a.py`) quedó con confianza 0.83.")
    }

    @Test func ignoredNamesTheDecisionAndTheGlob() {
        var decision = Self.decision
        decision.confidenceScore = 0.95
        let outcome = FeedbackOutcome(decision: decision)
        let en = CommandReply.ignored(rule: "r1", glob: "migrations/**", outcome: outcome, language: .en)
        #expect(en == "Done: from the next review on, `r1` is not reported in `migrations/**`. Decision `BE12-001`, confidence 0.95.")
        let es = CommandReply.ignored(rule: "r1", glob: nil, outcome: outcome, language: .es)
        #expect(es == "Listo: desde la próxima revisión no reporto `r1` en todo el repo. Decisión `BE12-001`, confianza 0.95.")
        #expect(CommandReply.ignored(rule: "r1", glob: "**", outcome: outcome, language: .es) == es)
        #expect(CommandReply.ignored(rule: "r1", glob: nil, outcome: FeedbackOutcome(), language: .en).contains("still reported"))
    }

    @Test func explainShowsTheRuleAndTheRepositorysDecisions() {
        let rule = F.rule(severity: .critical)
        let decisions = [
            F.decision("BE12-004", verdict: nil, extraTags: ["demoted"]), Self.decision,
            F.decision("BE9-001", scope: "tests/**", verdict: "applies", confidence: 0.9),
        ]
        let en = CommandReply.explain(rule, demotion: Self.demotion, decisions: decisions, language: .en)
        #expect(en.hasPrefix("**`async-blocking-sleep`**: Blocking call in async code (async-blocking-sleep) (async, critical)"))
        for part in ["The event loop stalls.", "**Fix:** Use the async variant.", "**Why:** One blocked loop blocks every request.",
                     "**In this repository:**", "- Demoted from critical to high after 3 dismissals (decision `BE12-004`).",
                     "- `BE12-001`: not applicable in `app/a.py` (confidence 0.83)",
                     "- `BE9-001`: applies in `tests/**` (confidence 0.90)"] {
            #expect(en.contains(part), "\(part)")
        }
        #expect(!en.contains("- `BE12-004`:"), "the demotion is listed once")
        let es = CommandReply.explain(rule, demotion: nil, decisions: [], language: .es)
        for part in ["Llamada bloqueante", "(async, crítico)", "El event loop se traba.", "**Cómo corregirlo:** Usá la variante async.",
                     "**Por qué:** Un loop bloqueado frena todo.", "En este repo no hay decisiones sobre esta regla."] {
            #expect(es.contains(part), "\(part)")
        }
        #expect(Self.mentions(en).isEmpty && Self.mentions(es).isEmpty)
    }

    @Test func explainListsAtMostFiveDecisions() {
        let decisions = (1...8).map { F.decision("BE\($0)-001") }
        let text = CommandReply.explain(F.rule(), demotion: nil, decisions: decisions, language: .en)
        #expect(text.contains("`BE5-001`") && !text.contains("`BE6-001`"))
        #expect(text.contains("- and 3 more"))
    }

    @Test(arguments: Language.allCases)
    func theShortRepliesExistInBothLanguages(language: Language) {
        let replies = [
            CommandReply.reviewQueued(language: language), CommandReply.unknownRule("nope", language: language),
            CommandReply.notAFindingReply(language: language), CommandReply.alreadyRecorded(language: language),
        ]
        for reply in replies {
            #expect(!reply.isEmpty && reply.count < 300)
            #expect(Self.mentions(reply).isEmpty)
        }
        #expect(replies[1].contains("`nope`"))
        #expect(replies[2].contains("`dismiss`") && replies[2].contains("`accept`"))
    }

    @Test func theShortRepliesSpeakRioplatense() {
        #expect(CommandReply.reviewQueued(language: .es) == "Dale, encolé una nueva revisión de este PR.")
        #expect(CommandReply.notAFindingReply(language: .es).contains("te referís"))
        #expect(CommandReply.reviewQueued(language: .en) == "On it: a new review of this pull request is queued.")
    }

    @Test func aRefusalMentionsOnlyTheAuthor() {
        let en = CommandReply.refusedNoWriteAccess(author: "mallory", language: .en)
        #expect(en.hasPrefix("@mallory, thanks, but only people with write access"))
        #expect(Self.mentions(en) == ["mallory"])
        let es = CommandReply.refusedNoWriteAccess(author: "mallory @everyone", language: .es)
        #expect(es.hasPrefix("@malloryeveryone, gracias, pero solo quienes tienen permiso de escritura"))
        #expect(Self.mentions(es) == ["malloryeveryone"])
    }

    @Test func helpListsEveryCommandInCodeSpans() {
        for language in Language.allCases {
            let help = CommandReply.help(unknown: "frobnicate", language: language)
            for command in ["dismiss [reason]", "accept", "ignore <rule> [in <glob>]", "explain <rule>", "review", "help"] {
                #expect(help.contains("`@backend-review \(command)`"), "\(command)")
            }
            #expect(help.contains("`frobnicate`"))
            #expect(Self.mentions(help).isEmpty)
        }
        #expect(CommandReply.help(unknown: nil, language: .es).hasPrefix("Comandos"))
        #expect(CommandReply.help(unknown: "x", language: .es).hasPrefix("No conozco el comando `x`."))
    }

    @Test func echoedTextCannotBreakOutOfItsCodeSpan() {
        let reply = CommandReply.unknownRule("`@everyone` **bold**\nline", language: .en)
        #expect(Self.mentions(reply).isEmpty)
        #expect(!reply.contains("\n"))
    }
}
