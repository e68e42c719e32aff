/// A command a reviewer gives the bot in a pull-request comment (`@backend-review dismiss test fixture`).
///
/// ```swift
/// BotCommand.parse("@backend-review ignore sql-injection-fstring in migrations/**")
/// // .ignore(rule: "sql-injection-fstring", glob: "migrations/**")
/// ```
public enum BotCommand: Sendable, Hashable {
    /// A false positive; a reply to one of the bot's finding comments. The reason is at most 200 characters.
    case dismiss(reason: String?)
    /// Right, and fixed or to be fixed; a reply to one of the bot's finding comments.
    case accept(note: String?)
    /// Don't report `rule` under `glob` (nil: the whole repository).
    case ignore(rule: String, glob: String?)
    /// Explain a rule and what the repository decided about it.
    case explain(rule: String)
    /// Run the review again.
    case review
    /// List the commands; `unknown` is the word that was not a command, if that is why.
    case help(unknown: String?)

    /// Characters of a comment read; a command is near the top, and a huge body must not cost more.
    public static let scannedLength = 20_000
    /// Longest reason or note kept.
    public static let reasonLength = 200
    /// Longest glob accepted.
    public static let globLength = 200

    /// The command words, English first, with the Spanish ones Rioplatense reviewers may type.
    static let words: [String: Word] = [
        "dismiss": .dismiss, "descartar": .dismiss, "descarto": .dismiss,
        "accept": .accept, "aceptar": .accept, "acepto": .accept,
        "ignore": .ignore, "ignorar": .ignore,
        "explain": .explain, "explicar": .explain, "explica": .explain, "explicá": .explain,
        "review": .review, "revisar": .review, "revisá": .review,
        "help": .help, "ayuda": .help,
    ]

    enum Word { case dismiss, accept, ignore, explain, review, help }
}
