/// The files every slice builds on: settings, database base and session, the generic repository,
/// FastAPI dependencies (the RLS-setting session and the raw one), middleware, app factory, conftest.
extension ProjectGenerator {
    static let packages = [
        "app", "app/core", "app/domain", "app/domain/entities", "app/domain/repositories", "app/application",
        "app/application/dtos", "app/application/use_cases", "app/infrastructure", "app/infrastructure/database",
        "app/infrastructure/database/models", "app/infrastructure/repositories", "app/presentation",
        "app/presentation/api", "app/presentation/api/v1", "app/presentation/api/v1/schemas",
        "app/presentation/dependencies", "app/presentation/middleware", "tests", "tests/unit",
        "tests/unit/application", "tests/integration", "tests/integration/api",
    ]

    mutating func scaffold() -> [(String, GeneratorWriter)] {
        var files: [(String, GeneratorWriter)] = []
        for package in Self.packages {
            var w = GeneratorWriter(capacity: 128)
            w.line("\"\"\"\(package.replacingOccurrences(of: "/", with: "."))\"\"\"")
            files.append(("\(package)/__init__.py", w))
        }
        budget.accrue(lines: 60)
        let secret = budget.plant([.hardcodedSecret], rng: &rng) != nil
            ? "\"\(fakeSecret(prefix: ""))\"" : "Field(default=..., repr=False)"
        files.append(("app/core/config.py", Self.text(GeneratorScaffold.config.replacingOccurrences(of: "{SECRET}", with: secret))))
        for (path, text) in GeneratorScaffold.core + GeneratorScaffold.edges {
            files.append((path, Self.text(text)))
        }
        return files
    }

    static func text(_ body: String) -> GeneratorWriter {
        var w = GeneratorWriter(capacity: body.utf8.count + 16)
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            w.line(String(line))
        }
        return w
    }
}
