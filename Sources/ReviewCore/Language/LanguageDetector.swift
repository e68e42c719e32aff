/// Picks the language a pull request is written in, so the bot answers in kind (seed §2,
/// "Comportamiento por Idioma"): Rioplatense Spanish for Spanish text, technical English otherwise.
///
/// ```swift
/// LanguageDetector.detect(["Agrega endpoint de reservas"])  // .es
/// LanguageDetector.detect(["Fix N+1 in bookings"])          // .en
/// ```
public enum LanguageDetector {
    /// The language of `texts` (a title and body, or commit messages), taken together.
    ///
    /// Counts common function words and commit verbs of each language, with accented letters, `ñ`,
    /// `¿` and `¡` as extra Spanish evidence. Code spans, fenced code, URLs, paths and identifiers are
    /// ignored, since they are written in English whatever the author speaks. Mixed text goes to the
    /// majority; a tie, or no evidence at all, is English.
    public static func detect(_ texts: [String]) -> Language {
        let score = texts.reduce(into: LanguageScore()) { $0.add(LanguageScore(text: $1)) }
        return score.spanish > score.english ? .es : .en
    }

    /// The evidence counted for `texts`, for callers that want to show why.
    public static func score(_ texts: [String]) -> LanguageScore {
        texts.reduce(into: LanguageScore()) { $0.add(LanguageScore(text: $1)) }
    }
}
