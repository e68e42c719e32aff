import ReviewCore

/// How a review runs. The defaults are what a pull request gets from the bot.
public struct ReviewOptions: Sendable {
    /// `auto` answers in Spanish when the change is described in Spanish.
    public enum LanguageChoice: String, Sendable, CaseIterable {
        case auto, en, es
    }

    public var language: LanguageChoice
    /// Report findings on unchanged context lines of the diff too, not only on added lines.
    public var includeContextLines: Bool

    public init(language: LanguageChoice = .auto, includeContextLines: Bool = false) {
        self.language = language
        self.includeContextLines = includeContextLines
    }
}
