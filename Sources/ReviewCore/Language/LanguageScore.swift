/// Evidence for each language found in a text.
public struct LanguageScore: Sendable, Hashable {
    /// Spanish stopwords and verbs, plus accented words and inverted punctuation.
    public var spanish: Int = 0
    /// English stopwords and verbs.
    public var english: Int = 0

    /// No evidence.
    public init() {}

    /// The evidence in one text.
    public init(text: String) {
        let prose = ProseExtractor.prose(of: text)
        for character in prose where character == "¿" || character == "¡" { spanish += 1 }
        for word in ProseExtractor.words(of: prose) {
            if StopWords.spanish.contains(word) { spanish += 1 }
            if StopWords.english.contains(word) { english += 1 }
            if word.contains(where: StopWords.spanishLetters.contains) { spanish += 1 }
        }
    }

    mutating func add(_ other: LanguageScore) {
        spanish += other.spanish
        english += other.english
    }
}
