import Foundation
import Testing

/// `backend-review config check`, run as operators run it: a YAML file, environment variables, exit codes.
struct ConfigCheckTests {
    /// The test's environment without any `BACKEND_REVIEW_*` variable, plus `variables`.
    static func environment(_ variables: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("BACKEND_REVIEW_") }.merging(variables) { $1 }
    }

    /// A temp directory holding `config.yml` and any other files, removed by the caller.
    static func directory(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("br-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: false, encoding: .utf8)
        }
        return url
    }

    static func check(_ files: [String: String], env: [String: String] = [:]) async throws -> CLIRunner.Result {
        let directory = try directory(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = files["config.yml"] == nil
            ? ["config", "check"] : ["config", "check", "--config", directory.appendingPathComponent("config.yml").path]
        return try await CLIRunner.runOffPool(arguments, in: directory, environment: environment(env))
    }

    /// The printed line for `key`.
    static func line(_ key: String, in output: String) -> String? {
        output.split(separator: "\n").map(String.init).first { $0.hasPrefix(key + ":") }
    }

    @Test func onlyAWebhookSecretIsEnoughToStart() async throws {
        let result = try await Self.check([:], env: ["BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "whsec-7f3a91c2"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("whsec-7f3a91c2"))
        #expect(Self.line("github.webhook_secret", in: result.stdout)?.contains("<set>  # env BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET") == true)
        #expect(Self.line("github.enabled", in: result.stdout)?.contains("true") == true)
        #expect(Self.line("gitlab.enabled", in: result.stdout)?.contains("false") == true)
        #expect(Self.line("server.port", in: result.stdout)?.contains("8080  # default") == true)
        #expect(Self.line("server.bind", in: result.stdout)?.contains("0.0.0.0") == true)
        #expect(result.stdout.contains("warning: github.token: webhooks from github are accepted and queued, but reviews can't be published: set BACKEND_REVIEW_GITHUB_TOKEN"))
        #expect(result.stdout.contains("configuration is valid"))
    }

    @Test func nothingConfiguredIsRefusedNamingTheVariables() async throws {
        let result = try await Self.check([:])
        #expect(result.status == 2)
        for host in ["GITHUB", "GITLAB", "GITEA"] {
            #expect(result.stdout.contains("BACKEND_REVIEW_\(host)_WEBHOOK_SECRET"))
        }
        #expect(result.stdout.contains("configuration is INVALID"))
    }

    @Test func unknownKeysAreErrorsWithTheirLine() async throws {
        let yaml = """
            server:
              port: 9000
              prot: 9001
            github:
              webhook_secret_file: hook-secret
            githb:
              token: x
            """
        let result = try await Self.check(["config.yml": yaml, "hook-secret": "abc\n"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("config.yml:3: server.prot: unknown key 'prot' in 'server'; expected one of: bind, log_format, log_level, max_body_bytes, port"))
        #expect(result.stdout.contains("config.yml:6: githb: unknown key 'githb' in the top level"))
    }

    @Test func environmentOverridesTheFileAndSourcesAreShown() async throws {
        let yaml = """
            server:
              port: 9000
              log_format: json
            worker:
              concurrency: 4
            """
        let result = try await Self.check(["config.yml": yaml], env: [
            "BACKEND_REVIEW_SERVER_PORT": "9100", "BACKEND_REVIEW_GITLAB_WEBHOOK_SECRET": "gl-1",
        ])
        #expect(result.status == 0)
        #expect(Self.line("server.port", in: result.stdout)?.hasSuffix("9100  # env BACKEND_REVIEW_SERVER_PORT") == true)
        #expect(Self.line("server.log_format", in: result.stdout)?.contains("json  # ") == true)
        #expect(Self.line("server.log_format", in: result.stdout)?.hasSuffix("config.yml:3") == true)
        #expect(Self.line("worker.concurrency", in: result.stdout)?.contains("4  #") == true)
        #expect(Self.line("worker.lease_seconds", in: result.stdout)?.contains("300  # default") == true)
        #expect(Self.line("worker.max_attempts", in: result.stdout)?.contains("5  # default") == true)
    }

    @Test func secretsComeFromFilesRelativeToTheConfigAndAreNeverPrinted() async throws {
        let yaml = """
            gitea:
              webhook_secret_file: secrets/hook
              token_file: secrets/token
              api_url: https://git.example.com/api/v1
            """
        let result = try await Self.check([
            "config.yml": yaml, "secrets/hook": "gitea-hook-5d1e\n", "secrets/token": "gitea-token-88ab\n",
        ])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("gitea-hook-5d1e"))
        #expect(!result.stdout.contains("gitea-token-88ab"))
        #expect(Self.line("gitea.token", in: result.stdout)?.contains("<set>") == true)
        #expect(Self.line("gitea.token_file", in: result.stdout)?.contains("/secrets/token") == true)
        #expect(Self.line("gitea.api_url", in: result.stdout)?.contains("https://git.example.com/api/v1") == true)
    }

    @Test func fileVariantsOfVariablesWorkAndAMissingFileIsAnError() async throws {
        let directory = try Self.directory(["token": "ghp-token-1\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = try await CLIRunner.runOffPool(["config", "check"], in: directory, environment: Self.environment([
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "s", "BACKEND_REVIEW_GITHUB_TOKEN_FILE": directory.appendingPathComponent("token").path,
        ]))
        #expect(good.status == 0)
        #expect(Self.line("github.token", in: good.stdout)?.contains("<set>  # env BACKEND_REVIEW_GITHUB_TOKEN_FILE") == true)
        #expect(!good.stdout.contains("ghp-token-1"))
        let missing = try await CLIRunner.runOffPool(["config", "check"], in: directory, environment: Self.environment([
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "s", "BACKEND_REVIEW_GITHUB_TOKEN_FILE": "/nonexistent/token",
        ]))
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("error: env BACKEND_REVIEW_GITHUB_TOKEN_FILE: github.token_file: cannot read '/nonexistent/token'"))
    }

    @Test func everyErrorIsReportedAtOnce() async throws {
        let yaml = """
            server:
              port: eighty
              log_format: xml
            review:
              fail_on: urgent
              drafts: maybe
            worker:
              concurrency: 0
            gitlab:
              enabled: true
              api_url: not a url
            """
        let result = try await Self.check(["config.yml": yaml], env: ["BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "s"])
        #expect(result.status == 2)
        for expected in [
            "config.yml:2: server.port: 'eighty' is not valid",
            "config.yml:3: server.log_format: 'xml' is not one of: text, json",
            "config.yml:5: review.fail_on: 'urgent' is not one of: critical, high, medium, low",
            "config.yml:6: review.drafts: 'maybe' is not a boolean",
            "config.yml:8: worker.concurrency: '0' is not valid",
            "config.yml:11: gitlab.api_url: 'not a url' is not an http(s) URL",
            "gitlab.webhook_secret: webhooks from gitlab are enabled but no secret is set: set BACKEND_REVIEW_GITLAB_WEBHOOK_SECRET",
        ] {
            #expect(result.stdout.contains(expected), "missing: \(expected)")
        }
    }

    @Test func waivingSignaturesIsAllowedButFlaggedUnsafe() async throws {
        let result = try await Self.check(["config.yml": "gitea:\n  allow_unsigned: true\n"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: gitea.allow_unsigned: UNSAFE"))
        #expect(Self.line("gitea.enabled", in: result.stdout)?.contains("true (allow_unsigned)") == true)
    }

    @Test func inlineSecretsWorkWithAWarningAndStayHidden() async throws {
        let result = try await Self.check(["config.yml": "github:\n  webhook_secret: inline-hook-31b7\n"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("inline-hook-31b7"))
        #expect(result.stdout.contains("github.webhook_secret: a secret written in the configuration file; prefer github.webhook_secret_file or BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET"))
    }

    @Test func secretAndSecretFileInTheSameLayerConflict() async throws {
        let result = try await Self.check([:], env: [
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "a", "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET_FILE": "/tmp/whatever",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.contains("both BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET and BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET_FILE are set; keep one"))
    }

    @Test func githubAppNeedsItsKey() async throws {
        let missingKey = try await Self.check([:], env: ["BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "s", "BACKEND_REVIEW_GITHUB_APP_ID": "123"])
        #expect(missingKey.status == 2)
        #expect(missingKey.stdout.contains("set BACKEND_REVIEW_GITHUB_APP_PRIVATE_KEY_FILE"))
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n"
        let directory = try Self.directory(["app.pem": pem])
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = try await CLIRunner.runOffPool(["config", "check"], in: directory, environment: Self.environment([
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "s", "BACKEND_REVIEW_GITHUB_APP_ID": "123",
            "BACKEND_REVIEW_GITHUB_APP_PRIVATE_KEY_FILE": directory.appendingPathComponent("app.pem").path,
        ]))
        #expect(good.status == 0)
        #expect(!good.stdout.contains("MIIBOgIBAAJBAKj34"))
        #expect(!good.stdout.contains("warning: github.token"))
    }

    @Test func invalidYAMLIsReportedWithItsLine() async throws {
        let result = try await Self.check(["config.yml": "server:\n  port: 8080\n   bind: [oops\n"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("config.yml:3: (file): not valid YAML"))
    }

    @Test func misspelledVariablesAreWarnedAbout() async throws {
        let result = try await Self.check([:], env: [
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "s", "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRT": "typo",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: BACKEND_REVIEW_GITHUB_WEBHOOK_SECRT: unknown environment variable"))
    }
}
