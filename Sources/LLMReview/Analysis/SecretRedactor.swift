import Foundation

/// Replaces secret values with placeholders such as `[REDACTED:aws-access-key]` before anything is sent to a
/// model: the secrets the security rules found, private key blocks, AWS/GitHub/GitLab/Slack tokens, JWTs,
/// passwords in URLs, and the values of secret-named assignments (`DB_PASSWORD=…`, `password = "…"`).
///
/// ```swift
/// let redactor = SecretRedactor(knownSecrets: ["hunter2-prod"])
/// redactor.redact("DATABASE_URL=postgres://app:hunter2-prod@db/app")
/// // "DATABASE_URL=postgres://app:[REDACTED:known-secret]@db/app"
/// ```
///
/// Redaction errs on the side of hiding: a variable that merely looks like a secret may be replaced too.
public struct SecretRedactor: Sendable {
    /// Every placeholder starts with this.
    public static let placeholderPrefix = "[REDACTED:"

    /// Known secrets shorter than this are not replaced on their own (they would garble unrelated code);
    /// their assignments are still caught by the patterns.
    public static let minimumKnownSecretLength = 4

    /// The known secret values, one line each, longest first so a secret containing another goes whole.
    private let knownSecrets: [String]

    /// Creates a redactor that also replaces `knownSecrets` (the values the security rules detected).
    public init(knownSecrets: [String] = []) {
        let lines = knownSecrets.flatMap { secret in
            secret.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let usable = Set(lines.filter { $0.count >= Self.minimumKnownSecretLength })
        self.knownSecrets = usable.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The placeholder for a kind of secret: `[REDACTED:<kind>]`.
    public static func placeholder(_ kind: String) -> String { placeholderPrefix + kind + "]" }

    /// Redacts free text (a title, a description, a snippet): a private key block becomes one placeholder,
    /// unquoted values of secret-named assignments are treated as secrets.
    public func redact(_ text: String) -> String {
        var text = replaceKnownSecrets(in: text)
        text = PrivateKeyBlock.redactBlocks(in: text)
        return redactPatterns(in: text, mode: .config)
    }

    /// Redacts the lines of one file, keeping their number and order, so line numbers stay right.
    /// `path` tells code (where a bare word after `password =` is a variable) from configuration files
    /// (where it is the password).
    public func redactLines(_ lines: [String], path: String = "") -> [String] {
        guard !lines.isEmpty else { return lines }
        let keyed = PrivateKeyBlock.redactLines(lines.map(replaceKnownSecrets))
        // One pass over the joined text: the patterns never cross a newline, so splitting gives the lines back.
        let joined = keyed.joined(separator: "\n")
        let redacted = redactPatterns(in: joined, mode: Self.mode(forPath: path))
        guard redacted != joined else { return keyed }
        let split = redacted.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        // A pattern that crossed a line would misalign every line after it: fall back to line by line.
        guard split.count == lines.count else {
            return keyed.map { redactPatterns(in: $0, mode: Self.mode(forPath: path)) }
        }
        return split
    }

    private func replaceKnownSecrets(in text: String) -> String {
        var text = text
        for secret in knownSecrets where text.contains(secret) {
            text = text.replacingOccurrences(of: secret, with: Self.placeholder("known-secret"))
        }
        return text
    }

    private func redactPatterns(in text: String, mode: SecretAssignment.Mode) -> String {
        var text = text
        for pattern in SecretPattern.catalog { text = pattern.apply(to: text) }
        return SecretAssignment.apply(to: text, mode: mode)
    }

    /// Source files whose bare words are identifiers; everything else (`.env`, YAML, INI, shell, docs) is
    /// configuration.
    private static let codeExtensions: Set<String> = [
        "py", "pyi", "pyx", "js", "jsx", "mjs", "cjs", "ts", "tsx", "swift", "go", "rb", "java", "kt", "kts", "rs",
        "c", "cc", "cpp", "h", "hpp", "cs", "php", "scala", "dart", "lua", "ex", "exs",
    ]

    static func mode(forPath path: String) -> SecretAssignment.Mode {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .config }
        let pathExtension = name[name.index(after: dot)...].lowercased()
        return codeExtensions.contains(pathExtension) ? .code : .config
    }
}
