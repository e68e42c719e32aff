import Foundation
import ReviewCore

/// Builds the two messages of a model request: the system prompt (the seed reviewer, the job, the answer format,
/// the language rule) and the user message (the pull request as delimited data).
///
/// Pull-request content is hostile input. Every piece of it sits in a data block fenced by a random boundary
/// token the author cannot guess, and the system prompt tells the model that nothing inside is an instruction.
///
/// ```swift
/// let builder = PromptBuilder(language: .es)
/// let system = builder.systemPrompt()
/// let user = builder.userMessage(title: title, body: body, memoryBriefing: memory,
///                                ruleFindings: findings, files: diff.files)
/// ```
///
/// The builder does not redact: give it text that went through ``SecretRedactor`` (``ModelAnalyst`` does).
public struct PromptBuilder: Sendable {
    /// The review's language; the model is told to answer in it.
    public let language: Language
    /// The token that fences data blocks: `<<<DATA token>>>` … `<<<END token>>>`.
    public let boundary: String

    /// Longest title sent, in characters.
    public static let maxTitleLength = 300
    /// Longest description sent, in characters.
    public static let maxBodyLength = 4_000
    /// Longest memory briefing sent, in characters.
    public static let maxMemoryLength = 6_000

    /// Creates a builder; `boundary` is random unless a test fixes it.
    public init(language: Language, boundary: String = PromptBuilder.makeBoundary()) {
        self.language = language
        self.boundary = boundary
    }

    /// A fresh random boundary token (32 hex digits).
    public static func makeBoundary() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The system prompt: the same for every request of a review, and free of pull-request content.
    public func systemPrompt() -> String {
        [Self.seedReviewer, reviewJob(), languageRule()].joined(separator: "\n\n")
    }

    /// `text` between the boundary lines. Any occurrence of the token inside is broken up, so the data can
    /// never close its own block.
    func dataBlock(_ text: String) -> String {
        let safe = text.replacingOccurrences(of: boundary, with: String(boundary.reversed()))
        return "<<<DATA \(boundary)>>>\n" + safe + "\n<<<END \(boundary)>>>"
    }
}
