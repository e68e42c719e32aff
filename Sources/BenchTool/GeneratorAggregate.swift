/// One aggregate of the generated domain (`Booking`, `SalonInvoice`, ...) with its names in every
/// layer; each aggregate becomes a vertical slice of about a dozen files.
struct GeneratorAggregate {
    /// PascalCase class name, e.g. `StaffMember`.
    let name: String
    /// snake_case, e.g. `staff_member`.
    let snake: String
    /// Table and URL name, e.g. `staff_members`.
    let plural: String
    /// Business fields, required ones first (dataclass ordering needs them before defaulted ones).
    let fields: [GeneratorField]

    init(index: Int, rng: inout GeneratorRandom) {
        let nouns = GeneratorVocabulary.nouns
        let round = index / nouns.count
        let noun = nouns[index % nouns.count]
        let prefixes = GeneratorVocabulary.prefixes
        var prefix = round == 0 ? "" : prefixes[(round - 1) % prefixes.count]
        if round > prefixes.count { prefix += "V\(round / prefixes.count + 1)" }
        name = prefix + noun
        snake = Self.snakeCase(name)
        plural = Self.pluralize(snake)
        let picked = rng.sample(GeneratorVocabulary.fields, count: rng.int(5...14))
        fields = picked.filter { !$0.optional } + picked.filter { $0.optional }
    }

    /// Words for messages and docstrings: `staff member`.
    var human: String { snake.replacingOccurrences(of: "_", with: " ") }

    var requiredFields: [GeneratorField] { fields.filter { !$0.optional } }

    var hasPeriod: Bool {
        fields.contains { $0.name == "starts_at" } && fields.contains { $0.name == "ends_at" }
    }

    /// The `k`-th query method this aggregate's repository offers; defined for every `k`, so templates
    /// can grow as large as their target size asks.
    func query(_ k: Int) -> GeneratorQuery {
        let verbs = GeneratorQuery.Verb.allCases
        // Verbs vary fastest, so even a small file mixes lookups, lists, counts and deletes.
        let verb = verbs[k % verbs.count]
        let field = fields[(k / verbs.count) % fields.count]
        let round = k / (fields.count * verbs.count)
        return GeneratorQuery(verb: verb, field: field, round: round, aggregate: self)
    }

    static func snakeCase(_ name: String) -> String {
        var out = ""
        for (i, ch) in name.enumerated() {
            if ch.isUppercase {
                if i > 0 { out += "_" }
                out += ch.lowercased()
            } else {
                out.append(ch)
            }
        }
        return out
    }

    static func pluralize(_ word: String) -> String {
        if word.hasSuffix("y") { return String(word.dropLast()) + "ies" }
        if word.hasSuffix("s") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }
}

/// A repository query (`get_by_email`, `count_by_status`, ...), spelled the same in every layer.
struct GeneratorQuery {
    enum Verb: CaseIterable {
        case getBy, listBy, countBy, existsWith, deleteBy, listRecentBy
    }

    let verb: Verb
    let field: GeneratorField
    let round: Int
    let aggregate: GeneratorAggregate

    var method: String {
        let base: String
        switch verb {
        case .getBy: base = "get_by_\(field.name)"
        case .listBy: base = "list_by_\(field.name)"
        case .countBy: base = "count_by_\(field.name)"
        case .existsWith: base = "exists_with_\(field.name)"
        case .deleteBy: base = "delete_by_\(field.name)"
        case .listRecentBy: base = "list_recent_by_\(field.name)"
        }
        return round == 0 ? base : "\(base)_v\(round + 1)"
    }

    /// PascalCase form for use case class names: `GetBookingByEmail`.
    var pascal: String {
        method.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The parameter type, never optional: one looks things up by a value.
    var valueType: String {
        field.pythonType.replacingOccurrences(of: " | None", with: "")
    }

    var returnType: String {
        switch verb {
        case .getBy: return "\(aggregate.name) | None"
        case .listBy, .listRecentBy: return "list[\(aggregate.name)]"
        case .countBy, .deleteBy: return "int"
        case .existsWith: return "bool"
        }
    }

    /// Extra parameters after `value`, with defaults.
    var extraParameters: String {
        switch verb {
        case .listBy: return ", limit: int = 50, offset: int = 0"
        case .listRecentBy: return ", since: datetime | None = None"
        default: return ""
        }
    }

    /// The URL segment: `/by-email/{value}`.
    var route: String {
        let f = field.name.replacingOccurrences(of: "_", with: "-")
        let r = round == 0 ? "" : "-v\(round + 1)"
        switch verb {
        case .getBy: return "/by-\(f)\(r)/{value}"
        case .listBy: return "/list-by-\(f)\(r)/{value}"
        case .countBy: return "/count-by-\(f)\(r)/{value}"
        case .existsWith: return "/exists-with-\(f)\(r)/{value}"
        case .deleteBy: return "/by-\(f)\(r)/{value}"
        case .listRecentBy: return "/recent-by-\(f)\(r)/{value}"
        }
    }

    /// A literal usable in a URL for the path parameter.
    var urlSample: String {
        switch field.kind {
        case .uuid: return "{uuid4()}"
        case .int: return "3"
        case .bool: return "true"
        case .datetime: return "2026-01-09T12:00:00Z"
        case .string, .text: return "missing"
        }
    }
}
