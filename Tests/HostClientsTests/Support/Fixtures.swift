import Foundation

/// The conformance responses copied into `Fixtures/` (see its README for their origin).
enum Fixture {
    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw MissingFixture(name: name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    struct MissingFixture: Error {
        var name: String
    }
}
