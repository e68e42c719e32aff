import LLMReview
import ReviewCore
import Testing

/// The whole path: a pull request full of secrets goes through ``ModelAnalyst`` and no secret reaches a request.
struct RedactionAnalysisTests {
    static let secrets = [
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "glpat-xyzABC1234567890abcdef",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", RedactionTests.jwt, "Pa55w0rd!",
        "hunter2-prod", "correct horse battery staple", "MIIEowIBAAKCAQEA7bq1Zlu3Jt0q4lW2k9jhvQIDAQAB",
        "b2N0ZXQtc3RyZWFtIGtleSBtYXRlcmlhbA", "rule-found-value-42", "sk-proj-abcdefghijklmnopqrstuvwxyz012345",
        "ghp_zyxwvutsrqponmlkjihgfedcba9876543210", "memory-s3cret-value",
    ]

    static let settingsFile = [
        "import os",
        "AWS_ACCESS_KEY_ID = \"AKIAIOSFODNN7EXAMPLE\"",
        "aws_secret_access_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"",
        "GITHUB_TOKEN = \"ghp_abcdefghijklmnopqrstuvwxyz0123456789\"",
        "PAT = \"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ\"",
        "GITLAB = \"glpat-xyzABC1234567890abcdef\"",
        "SLACK = \"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx\"",
        "SERVICE_JWT = \"\(RedactionTests.jwt)\"",
        "DATABASE_URL = \"postgresql+asyncpg://app:Pa55w0rd!@db:5432/app\"",
        "password = \"correct horse battery staple\"",
        "OPENAI = \"sk-proj-abcdefghijklmnopqrstuvwxyz012345\"",
        "FALLBACK = \"rule-found-value-42\"",
        "KEY = \"\"\"",
        "-----BEGIN RSA PRIVATE KEY-----",
        "MIIEowIBAAKCAQEA7bq1Zlu3Jt0q4lW2k9jhvQIDAQAB",
        "b2N0ZXQtc3RyZWFtIGtleSBtYXRlcmlhbA==",
        "-----END RSA PRIVATE KEY-----",
        "\"\"\"",
    ]

    @Test(arguments: [Language.en, .es])
    func noSecretLeavesTheMachine(language: Language) async throws {
        let diff = UnifiedDiff(
            parsing: AnalysisFixtures.newFile("app/core/settings.py", Self.settingsFile)
                + AnalysisFixtures.newFile("deploy/app.env", ["DB_PASSWORD=hunter2-prod"])
                + AnalysisFixtures.newFile(".env.local", ["SECRET_KEY=only-in-dotenv-file"]))
        var rule = AnalysisFixtures.ruleFinding(
            "security-hardcoded-secret", path: "app/core/settings.py", line: 12, section: .security,
            title: "Hardcoded secret rule-found-value-42")
        rule.snippet = "FALLBACK = \"rule-found-value-42\""
        let input = AnalysisInput(
            diff: diff, ruleFindings: [rule],
            title: "Rotate title-secret-ghp_zyxwvutsrqponmlkjihgfedcba9876543210",
            body: "Old creds: aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and \(RedactionTests.jwt)",
            language: language, memoryBriefing: "Decision: the token memory-s3cret-value is rotated weekly",
            knownSecrets: ["rule-found-value-42", "memory-s3cret-value"])
        let model = AnalysisScriptedModel(text: #"{"findings": []}"#)
        let result = await ModelAnalyst(client: model, settings: AnalysisFixtures.settings()).analyze(
            input, logger: AnalysisFixtures.logger)

        #expect(result.available)
        let request = try #require(model.requests.first)
        let sent = request.system + request.user + request.schema
        for secret in Self.secrets + ["only-in-dotenv-file"] {
            #expect(!sent.contains(secret), "leaked: \(secret)")
        }
        #expect(request.user.contains("[REDACTED:private-key]"))
        #expect(request.user.contains("path: app/core/settings.py"))
        #expect(!request.user.contains("path: .env.local"))
        // Line numbers survive redaction: the END line of the key block is still line 17.
        #expect(request.user.contains("  17 + [REDACTED:private-key]\n  18 + \"\"\""))
    }
}
