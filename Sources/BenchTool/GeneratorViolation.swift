/// The checklist violations the generator plants, so that a review of the generated project has
/// something to find. Each case names the checklist item it breaks (seed §4 "Checklist de Code Review").
enum GeneratorViolation: String, CaseIterable, Comparable {
    case blockingSleep = "time.sleep in async def"
    case blockingHTTP = "requests.get in async def"
    case fstringSQL = "f-string SQL in text()"
    case hardcodedSecret = "hard-coded secret"
    case domainImportsInfrastructure = "domain imports infrastructure"
    case repositoryCallInLoop = "awaited repository call in a loop"
    case missingToEntity = "repository without _to_entity"
    case migrationWithoutRLS = "migration without RLS"
    case rawSessionDependency = "Depends(get_raw_session)"
    case asyncTestWithoutMarker = "async test without pytest.mark.asyncio"

    static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Decides where violations go so that they land about once per `linesPerViolation` lines overall.
///
/// Each file adds its size to a debt; each site a template offers may pay one violation off. Files
/// with no sites (models, schemas) pass their debt on, so the overall rate holds whatever the mix.
struct GeneratorViolationBudget {
    let linesPerViolation: Double
    private(set) var debt = 0.0
    private(set) var planted: [GeneratorViolation: Int] = [:]

    init(linesPerViolation: Double = 200) {
        self.linesPerViolation = linesPerViolation
    }

    mutating func accrue(lines: Int) {
        debt += Double(lines) / linesPerViolation
    }

    /// One of `kinds` if a violation is due here, else nil. Sites are skipped at random so that
    /// violations do not always sit in the first method of a file. Of the kinds a site offers, the
    /// least planted so far wins, so kinds with many sites (blocking calls) do not crowd out the rest.
    mutating func plant(_ kinds: [GeneratorViolation], rng: inout GeneratorRandom) -> GeneratorViolation? {
        guard !kinds.isEmpty, debt >= 1, rng.chance(0.45) else { return nil }
        let fewest = kinds.map { planted[$0, default: 0] }.min() ?? 0
        let kind = rng.pick(kinds.filter { planted[$0, default: 0] == fewest })
        // A kind far ahead of the rarest one waits for a site of a rarer kind.
        let rarest = GeneratorViolation.allCases.map { planted[$0, default: 0] }.min() ?? 0
        guard planted[kind, default: 0] <= 3 * rarest + 3 else { return nil }
        debt -= 1
        planted[kind, default: 0] += 1
        return kind
    }
}
