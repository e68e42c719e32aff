import Foundation
import ReviewCore
import Testing

/// Every `Fixtures/diffs/<name>.diff` must parse to exactly `<name>.json`.
///
/// Regenerate with `UPDATE_GOLDENS=1 swift test --filter DiffGoldenTests`, then read the JSON diff
/// in `git diff` before committing: a golden is a claim checked by hand, not a snapshot.
struct DiffGoldenTests {
    @Test func fixturesArePresent() {
        #expect(DiffFixtures.names.count >= 30)
        #expect(DiffFixtures.realNames.count == 6)
    }

    @Test(arguments: DiffFixtures.names)
    func parsesToGolden(name: String) throws {
        let parsed = UnifiedDiff(parsing: try DiffFixtures.bytes(name))
        let actual = try DiffFixtures.json(parsed)
        let url = DiffFixtures.goldenURL(name)
        if DiffFixtures.updating {
            try actual.write(to: url)
            return
        }
        let expectedData = try Data(contentsOf: url)
        let expected = try JSONDecoder().decode(UnifiedDiff.self, from: expectedData)
        #expect(parsed == expected, "\(name): parser output differs from \(name).json; actual:\n\(String(decoding: actual, as: UTF8.self))")
    }

    @Test(arguments: DiffFixtures.names)
    func textAndByteInitsAgree(name: String) throws {
        let bytes = try DiffFixtures.bytes(name)
        // Only valid UTF-8 round-trips through String unchanged; the others are compared lossily.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(UnifiedDiff(parsing: text) == UnifiedDiff(parsing: Array(text.utf8)))
    }
}
