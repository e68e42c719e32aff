import Expertise
import Testing

struct StorePathTests {
    static let hostile: [(host: String, path: String)] = [
        ("github", "../../etc"), ("github", "owner/.."), ("github", "owner/."), ("github", "./name"),
        ("github", "/etc/passwd"), ("github", "owner//name"), ("github", "owner/name/"), ("github", ""),
        ("github", "name"), ("github", "own\0er/name"), ("..", "owner/name"), ("", "owner/name"), (".", "a/b"),
        ("git\0hub", "a/b"),
    ]

    @Test(arguments: hostile)
    func hostileRepositoryLocationsAreRefused(host: String, path: String) {
        let store = FileExpertiseStore(dataDirectory: "/data")
        #expect(throws: ExpertiseStoreError.self) {
            try store.fileURL(for: .repository(host: host, path: path))
        }
    }

    @Test(arguments: [
        ("owner/name", "owner/name"),
        ("Own.er_1-x/na.me", "Own.er_1-x/na.me"),
        ("own er/na%me", "own%20er/na%25me"),
        ("ñandú/repo", "%C3%B1and%C3%BA/repo"),
        ("a\\b/c:d", "a%5Cb/c%3Ad"),
        ("..a/...", "..a/..."),
    ])
    func otherCharactersAreKeptSafe(path: String, expected: String) throws {
        let store = FileExpertiseStore(dataDirectory: "/data")
        #expect(try store.fileURL(for: .repository(host: "github", path: path))
            == "/data/expertise/github/\(expected)/ai_docs/expertise/domain-experts/backend.yaml")
    }

    @Test func refusalsSayWhatIsWrong() {
        let store = FileExpertiseStore(dataDirectory: "/data")
        do {
            _ = try store.fileURL(for: .repository(host: "github", path: "owner/.."))
            Issue.record("accepted owner/..")
        } catch let error as ExpertiseStoreError {
            #expect(error.description.contains("`..`"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: ExpertiseStoreError.self) { try store.fileURL(for: .file("")) }
    }
}
