import LLMReview
import ReviewCore
import Testing

struct RedactionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var secret: String
        var kind: String
        var path = "app/settings.py"
        var testDescription: String { kind + ": " + line }
    }

    static let jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"

    static let cases: [Case] = [
        Case(line: #"AWS_KEY = "AKIAIOSFODNN7EXAMPLE""#, secret: "AKIAIOSFODNN7EXAMPLE", kind: "aws-access-key"),
        Case(line: "key_id: ASIAY34FZKBOKMUTVV7A", secret: "ASIAY34FZKBOKMUTVV7A", kind: "aws-access-key",
             path: "deploy/aws.yaml"),
        Case(
            line: "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", kind: "aws-secret-key", path: ".aws/credentials"),
        Case(line: #"token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789""#,
             secret: "ghp_abcdefghijklmnopqrstuvwxyz0123456789", kind: "github-token"),
        Case(line: "call(gho_16C7e42F292c6912E7710c838347Ae178B4a)", secret: "gho_16C7e42F292c6912E7710c838347Ae178B4a",
             kind: "github-token"),
        Case(line: "x = ghu_16C7e42F292c6912E7710c838347Ae178B4a", secret: "ghu_16C7e42F292c6912E7710c838347Ae178B4a",
             kind: "github-token"),
        Case(line: "x = ghs_16C7e42F292c6912E7710c838347Ae178B4a", secret: "ghs_16C7e42F292c6912E7710c838347Ae178B4a",
             kind: "github-token"),
        Case(line: "x = ghr_16C7e42F292c6912E7710c838347Ae178B4a", secret: "ghr_16C7e42F292c6912E7710c838347Ae178B4a",
             kind: "github-token"),
        Case(
            line: "headers(github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ)",
            secret: "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", kind: "github-token"),
        Case(line: "client(glpat-xyzABC1234567890abcdef)", secret: "glpat-xyzABC1234567890abcdef", kind: "gitlab-token"),
        Case(line: "client(gldt-xyzABC1234567890abcdef)", secret: "gldt-xyzABC1234567890abcdef", kind: "gitlab-token"),
        Case(line: "client(glrt-xyzABC1234567890abcdef)", secret: "glrt-xyzABC1234567890abcdef", kind: "gitlab-token"),
        Case(
            line: "post(xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx)",
            secret: "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", kind: "slack-token"),
        Case(line: "post(xoxp-1234567890-abcdefghij)", secret: "xoxp-1234567890-abcdefghij", kind: "slack-token"),
        Case(line: "verify(\(jwt))", secret: jwt, kind: "jwt"),
        Case(
            line: #"DATABASE_URL = "postgresql+asyncpg://app:Pa55w0rd!@db:5432/app""#, secret: "Pa55w0rd!",
            kind: "url-password"),
        Case(line: "redis://:r3d1s-s3cret@cache:6379/0", secret: "r3d1s-s3cret", kind: "url-password",
             path: "README.md"),
        Case(line: "DB_PASSWORD=hunter2-prod", secret: "hunter2-prod", kind: "secret-assignment", path: "deploy/app.env"),
        Case(line: "SECRET_KEY=abc123xyz", secret: "abc123xyz", kind: "secret-assignment", path: "deploy/app.env"),
        Case(line: "export API_KEY=plainvalue", secret: "plainvalue", kind: "secret-assignment", path: "run.sh"),
        Case(line: "PRIVATE_KEY: notreallyakey", secret: "notreallyakey", kind: "secret-assignment",
             path: "config.yaml"),
        Case(line: "GITLAB_TOKEN = 'tok3n-value'", secret: "tok3n-value", kind: "secret-assignment"),
        Case(line: #"password = "correct horse battery staple""#, secret: "correct horse battery staple",
             kind: "secret-assignment"),
        Case(line: #"connect(user="app", password="Sup3r$ecret")"#, secret: "Sup3r$ecret", kind: "secret-assignment"),
        Case(line: #"{"api_key": "zzz-123-abc"}"#, secret: "zzz-123-abc", kind: "secret-assignment", path: "a.json"),
        Case(line: #"if password == "letmein99":"#, secret: "letmein99", kind: "secret-assignment"),
        Case(
            line: #"headers = {"Authorization": "Bearer abcdefghijklmnop1234"}"#, secret: "abcdefghijklmnop1234",
            kind: "bearer-token"),
        Case(line: "OPENAI = 'sk-proj-abcdefghijklmnopqrstuvwxyz012345'",
             secret: "sk-proj-abcdefghijklmnopqrstuvwxyz012345", kind: "api-key"),
    ]

    @Test(arguments: cases)
    func redactsEachFormat(_ testCase: Case) {
        let redactor = SecretRedactor()
        let lines = redactor.redactLines([testCase.line], path: testCase.path)
        #expect(lines.count == 1)
        #expect(!lines[0].contains(testCase.secret), "\(lines[0])")
        #expect(lines[0].contains("[REDACTED:"), "\(lines[0])")
        let text = redactor.redact("Before.\n" + testCase.line + "\nAfter.")
        #expect(!text.contains(testCase.secret), "\(text)")
        #expect(text.hasPrefix("Before.\n") && text.hasSuffix("\nAfter."))
    }

    @Test(arguments: cases.filter { $0.kind != "secret-assignment" })
    func namesTheKindOfSecret(_ testCase: Case) {
        let line = SecretRedactor().redactLines([testCase.line], path: testCase.path)[0]
        #expect(line.contains("[REDACTED:\(testCase.kind)]"), "\(line)")
    }

    @Test func keepsWhatIsNotASecret() {
        let redactor = SecretRedactor()
        let code = [
            "password = request.password",
            "api_key = os.environ[\"API_KEY\"]",
            "TOKEN_EXPIRE_MINUTES = 30",
            "password: str",
            "def verify_password(plain: str, hashed: str) -> bool:",
            "tokenizer = Tokenizer()",
            "user = await repo.get_by_email(email)",
        ]
        #expect(redactor.redactLines(code, path: "app/core/security.py") == code)
        #expect(redactor.redactLines(["DB_PASSWORD=${DB_PASSWORD}"], path: "deploy/app.env") == ["DB_PASSWORD=${DB_PASSWORD}"])
    }

    @Test func knownSecretsAreReplacedWherever() {
        let redactor = SecretRedactor(knownSecrets: ["s3cr3t-from-rule", "ab"])
        let lines = redactor.redactLines(["x = call('s3cr3t-from-rule')", "lab = 1"], path: "a.py")
        #expect(lines == ["x = call('[REDACTED:known-secret]')", "lab = 1"])
        #expect(redactor.redact("title s3cr3t-from-rule") == "title [REDACTED:known-secret]")
    }

    @Test func privateKeyBlockLinesAllGoAndTheCountStays() {
        let lines = [
            #"KEY = """"#,
            "-----BEGIN RSA PRIVATE KEY-----",
            "MIIEowIBAAKCAQEA7bq1Zlu3Jt0q4lW2k9jhvQIDAQAB",
            "b2N0ZXQtc3RyZWFtIGtleSBtYXRlcmlhbA==",
            "-----END RSA PRIVATE KEY-----",
            #"""""#,
            "after = 1",
        ]
        let redacted = SecretRedactor().redactLines(lines, path: "app/keys.py")
        #expect(redacted.count == lines.count)
        #expect(redacted[1...4].allSatisfy { $0 == "[REDACTED:private-key]" })
        #expect(redacted[0] == lines[0] && redacted[6] == "after = 1")
    }

    @Test func privateKeysInFreeTextAndOnOneLine() {
        let redactor = SecretRedactor()
        let text = redactor.redact(
            "see\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\nok")
        #expect(text == "see\n[REDACTED:private-key]\nok")
        let oneLine = redactor.redactLines(
            [#"K = "-----BEGIN PRIVATE KEY-----\nMIIBVgIBADANBg\n-----END PRIVATE KEY-----""#], path: "a.py")
        #expect(oneLine == [#"K = "[REDACTED:private-key]""#])
        let unterminated = redactor.redact("x -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB")
        #expect(unterminated == "x [REDACTED:private-key]")
    }
}
