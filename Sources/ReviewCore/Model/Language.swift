/// The language the bot writes in: Rioplatense Spanish for Spanish pull requests,
/// technical English otherwise (seed §2, "Comportamiento por Idioma").
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case en, es
}

/// A text the bot can say in either language.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var en: String
    public var es: String

    public init(en: String, es: String) {
        self.en = en
        self.es = es
    }

    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .es: es
        }
    }
}
