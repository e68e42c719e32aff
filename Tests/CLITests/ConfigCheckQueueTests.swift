import Foundation
import Testing

/// `queue` in `config check`: SQLite by default, a `postgres://` URL from the file or `BACKEND_REVIEW_DATABASE_URL`
/// with its password never printed, and anything else an error at start-up rather than a silent fallback.
struct ConfigCheckQueueTests {
    static let secret = ["BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "whsec-queue-check"]

    @Test func theDefaultIsTheSQLiteFileInTheDataDirectory() async throws {
        let result = try await ConfigCheckTests.check([:], env: Self.secret)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(ConfigCheckTests.line("queue", in: result.stdout)?.contains("sqlite") == true)
    }

    @Test func theDatabaseURLFromTheEnvironmentIsShownWithoutItsPassword() async throws {
        let result = try await ConfigCheckTests.check([:], env: Self.secret.merging([
            "BACKEND_REVIEW_DATABASE_URL": "postgres://review:pg-pass-93ac@db.internal:5432/review?sslmode=require",
        ]) { $1 })
        #expect(result.status == 0, "\(result.stdout)")
        let line = try #require(ConfigCheckTests.line("queue", in: result.stdout))
        #expect(line.contains("postgres://review:***@db.internal:5432/review"))
        #expect(line.contains("BACKEND_REVIEW_DATABASE_URL"))
        #expect(!result.stdout.contains("pg-pass-93ac"))
    }

    @Test func aPasswordInTheFileIsAWarningAndStaysHidden() async throws {
        let result = try await ConfigCheckTests.check(
            ["config.yml": "queue: postgresql://review:file-pass-11@127.0.0.1/review\n"], env: Self.secret)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("BACKEND_REVIEW_DATABASE_URL"))
        #expect(result.stdout.contains("queue: a database password written in the configuration file"))
        #expect(!result.stdout.contains("file-pass-11"))
    }

    @Test(arguments: [
        "mysql://u:bad-pass-42@h/db", "postgres://u:bad-pass-42@h/db?sslmode=sometimes",
        "postgres://u:bad-pass-42@h/db?schema=1drop", "redis",
    ])
    func anythingElseIsAnErrorThatNeverEchoesThePassword(value: String) async throws {
        let result = try await ConfigCheckTests.check(
            [:], env: Self.secret.merging(["BACKEND_REVIEW_DATABASE_URL": value]) { $1 })
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stdout.contains("error") && result.stdout.contains("queue"))
        #expect(!result.stdout.contains("bad-pass-42"))
    }
}
