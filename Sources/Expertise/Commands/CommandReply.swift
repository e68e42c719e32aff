import ReviewCore

/// The bot's answers to commands, as Markdown in the pull request's language: Rioplatense Spanish (vos) or
/// technical English. Short, and they never @mention anyone but the comment's author; commands the bot
/// lists sit in code spans, which no host turns into mentions.
///
/// ```swift
/// let outcome = memory.apply(feedback, settings: settings, now: Date())
/// try await host.reply(to: comment, CommandReply.dismissed(rule: ruleID, outcome: outcome, language: .es))
/// ```
public enum CommandReply {
    /// After `dismiss`: the decision and its confidence, or that it was removed, and a new demotion if any.
    public static func dismissed(rule: String, outcome: FeedbackOutcome, language: Language) -> String {
        let rule = MemoryText.code(rule, limit: 100)
        var lines = [
            language == .es
                ? "Listo, anoté este hallazgo de \(rule) como falso positivo."
                : "Noted: this \(rule) finding is a false positive."
        ]
        lines.append(decisionState(outcome, language: language))
        if let demotion = outcome.demotion { lines.append(demotionLine(demotion, language: language)) }
        return lines.joined(separator: " ")
    }

    /// After `accept`.
    public static func accepted(rule: String, outcome: FeedbackOutcome, language: Language) -> String {
        let rule = MemoryText.code(rule, limit: 100)
        let opening = language == .es
            ? "Gracias, anotado: el hallazgo de \(rule) es correcto."
            : "Thanks, noted: this \(rule) finding is right."
        return opening + " " + decisionState(outcome, language: language)
    }

    /// After `ignore`: the decision id and the glob (nil or `**`: the whole repository).
    public static func ignored(rule: String, glob: String?, outcome: FeedbackOutcome, language: Language) -> String {
        let rule = MemoryText.code(rule, limit: 100)
        let es = language == .es
        let place = glob.flatMap { $0 == MemoryTag.wholeRepository ? nil : $0 }.map { (es ? "en " : "in ") + MemoryText.code($0) }
            ?? (es ? "en todo el repo" : "anywhere in this repository")
        guard let decision = outcome.decision else {
            return es
                ? "Anotado, pero la decisión no llegó a la confianza necesaria para guardarse: \(rule) se sigue reportando."
                : "Noted, but the decision is below the confidence needed to record it: \(rule) is still reported."
        }
        let (decisionID, confidence) = (id(decision.id), number(decision.confidenceScore))
        return es
            ? "Listo: desde la próxima revisión no reporto \(rule) \(place). Decisión \(decisionID), confianza \(confidence)."
            : "Done: from the next review on, \(rule) is not reported \(place). Decision \(decisionID), confidence \(confidence)."
    }

    /// Queued a new review.
    public static func reviewQueued(language: Language) -> String {
        language == .es ? "Dale, encolé una nueva revisión de este PR." : "On it: a new review of this pull request is queued."
    }

    /// A command that changes the memory, from someone without write access.
    public static func refusedNoWriteAccess(author: String, language: Language) -> String {
        let login = MemoryText.login(author)
        let greeting = login.isEmpty ? "" : "@\(login), "
        return language == .es
            ? greeting + "gracias, pero solo quienes tienen permiso de escritura en el repo pueden cambiar lo que recuerdo de él."
            : greeting + "thanks, but only people with write access to this repository can change what I remember about it."
    }

    /// `explain` or `ignore` named a rule the bot does not have.
    public static func unknownRule(_ rule: String, language: Language) -> String {
        let rule = MemoryText.code(rule, limit: 100)
        return language == .es
            ? "No conozco ninguna regla \(rule). El id de la regla está al principio de cada comentario de hallazgo mío."
            : "I don't know a rule called \(rule). The rule id is at the top of each of my finding comments."
    }

    /// `dismiss` or `accept` that is not a reply to one of the bot's finding comments.
    public static func notAFindingReply(language: Language) -> String {
        language == .es
            ? "`dismiss` y `accept` van como respuesta a uno de mis comentarios de hallazgo, así sé a cuál te referís. "
                + "Respondé ahí (en Gitea o Forgejo, citando el hallazgo) y probá de nuevo."
            : "`dismiss` and `accept` work as a reply to one of my finding comments, so I know which finding you mean. "
                + "Reply there (on Gitea or Forgejo, quote the finding) and try again."
    }

    /// The command list, after an unknown word if that is why.
    public static func help(unknown: String?, mention: String = "backend-review", language: Language) -> String {
        let bot = "@" + MemoryText.login(mention)
        let es = language == .es
        var lines: [String] = []
        if let unknown, !unknown.isEmpty {
            let word = id(unknown)
            lines.append(es ? "No conozco el comando \(word)." : "I don't know the command \(word).")
        }
        lines.append(es
            ? "Comandos (`dismiss`, `accept`, `ignore` y `review` necesitan permiso de escritura):"
            : "Commands (`dismiss`, `accept`, `ignore` and `review` need write access):")
        let commands: [(String, String, String)] = [
            ("dismiss [reason]", "reply to a finding: it is a false positive", "respondiendo a un hallazgo: es un falso positivo"),
            ("accept", "reply to a finding: it is right", "respondiendo a un hallazgo: es correcto"),
            ("ignore <rule> [in <glob>]", "stop reporting a rule, everywhere or under a glob",
                "dejo de reportar una regla, en todo el repo o bajo un glob"),
            ("explain <rule>", "what a rule checks and what this repository decided about it",
                "qué revisa una regla y qué se decidió sobre ella en este repo"),
            ("review", "review this pull request again", "vuelvo a revisar este PR"),
            ("help", "this list", "esta lista"),
        ]
        for (command, en, spanish) in commands {
            lines.append("- `\(bot) \(command)`: " + (es ? spanish : en))
        }
        return lines.joined(separator: "\n")
    }

    /// A command whose task key was recorded before.
    public static func alreadyRecorded(language: Language) -> String {
        language == .es
            ? "Ya lo tenía anotado: este comando ya estaba registrado, así que no cambié nada."
            : "Already noted: this command was recorded before, so nothing changed."
    }

    /// "Decision BE12-001 (`not-applicable` in `app/x.py`) is at confidence 0.83." and the other outcomes.
    static func decisionState(_ outcome: FeedbackOutcome, language: Language) -> String {
        let es = language == .es
        if let decision = outcome.decision {
            let (decisionID, scope) = (id(decision.id), describe(decision, language))
            let confidence = number(decision.confidenceScore)
            return es
                ? "La decisión \(decisionID) (\(scope)) quedó con confianza \(confidence)."
                : "Decision \(decisionID) (\(scope)) is now at confidence \(confidence)."
        }
        if let removed = outcome.removedDecisionID {
            return es
                ? "La decisión \(id(removed)) quedó por debajo de la confianza mínima y la saqué de la memoria."
                : "Decision \(id(removed)) fell below the minimum confidence and was removed from the memory."
        }
        return es
            ? "Todavía no alcanza la confianza para guardar una decisión."
            : "Not confident enough yet to record a decision."
    }

    /// "not applicable in `app/x.py`" / "no aplica en todo el repo".
    static func describe(_ decision: Decision, _ language: Language) -> String {
        let es = language == .es
        let verdict: String
        switch decision.verdict {
        case .notApplicable: verdict = es ? "no aplica" : "not applicable"
        case .applies: verdict = es ? "aplica" : "applies"
        case nil: verdict = decision.isActiveDemotion ? (es ? "bajada de severidad" : "demoted") : (es ? "nota" : "note")
        }
        let scope = decision.scope == MemoryTag.wholeRepository
            ? (es ? "en todo el repo" : "in the whole repository")
            : (es ? "en " : "in ") + MemoryText.code(decision.scope)
        return "\(verdict) \(scope)"
    }

    static func demotionLine(_ demotion: Demotion, language: Language) -> String {
        let (rule, decisionID) = (MemoryText.code(demotion.ruleID, limit: 100), id(demotion.decisionID))
        let undo = "`backend-review expertise undemote`"
        return language == .es
            ? "\(rule) ya se descartó \(demotion.dismissals) veces en este repo, así que bajó un nivel de severidad acá "
                + "(decisión \(decisionID)). Un admin lo puede deshacer con \(undo)."
            : "\(rule) has been dismissed \(demotion.dismissals) times here, so it is demoted one severity level in this "
                + "repository (decision \(decisionID)). An admin can undo it with \(undo)."
    }

    /// An id from the memory, in a code span (a hand-written id could hold an @mention).
    static func id(_ text: String) -> String { MemoryText.code(text, limit: 40) }

    /// `0.83`: two decimals, no locale.
    static func number(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
