import Checklists
import Testing

struct SecretMatcherTests {
    static let names = Matcher.secret(SecretSpec(detect: [.names]))
    static let formats = Matcher.secret(SecretSpec(detect: [.formats]))

    @Test func namedLiteralsAreFlagged() {
        let code = """
            SECRET_KEY = "9f8e7d6c5b4a3210"
            self.api_key = "abcd1234efgh5678"
            connect(password="Tr0ub4dor&3")
            settings = {"client_secret": "qwertyuiop123456"}
            """
        #expect(flaggedLines(Self.names, code) == [1, 2, 3, 4])
    }

    @Test func environmentLookupsAndPlaceholdersAreNot() {
        let code = """
            import os
            SECRET_KEY = os.environ["SECRET_KEY"]
            API_TOKEN = os.getenv("API_TOKEN", "")
            DB_PASSWORD = settings.db_password
            PASSWORD = ""
            TOKEN = "short"
            JWT_SECRET = "changeme-in-production"
            TOKEN_URL = "https://auth.example.com/token"
            PASSWORD_FIELD = "password_hash"
            API_KEY = "<your api key>"
            MESSAGE = "your token expired, please log in again"
            USERNAME = "admin-account-01"
            """
        #expect(flaggedLines(Self.names, code).isEmpty)
    }

    @Test func wellKnownFormatsAnywhereInPython() {
        let code = """
            KEYS = ["AKIAABCDEFGHIJKLMNOP"]
            note = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
            SLACK = "xoxb-1234567890-abcdefghij"
            PEM = \"\"\"
            -----BEGIN RSA PRIVATE KEY-----
            MIIE...
            \"\"\"
            TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
            URL = "postgresql://app:hunter22@db:5432/app"
            OK_URL = "postgresql://app:${PASSWORD}@db:5432/app"
            PLAIN = "https://example.com/path"
            """
        #expect(flaggedLines(Self.formats, code) == [1, 2, 3, 5, 8, 9])
    }

    @Test func plainTextFilesUseKeyValueLines() {
        let env = """
            # comment: password=hunter22hunter
            DATABASE_PASSWORD=hunter22hunter
            export API_TOKEN="tok_9876543210abcdef"
            DEBUG=true
            JWT_SECRET=${JWT_SECRET}
            AWS_KEY=AKIAABCDEFGHIJKLMNOP
            """
        #expect(flaggedLines(Self.names, path: "deploy/.env", env) == [2, 3])
        #expect(flaggedLines(Self.formats, path: "deploy/.env", env) == [6])
    }

    /// Plain ASCII names are matched by byte; names with other characters, and rules whose words are
    /// not plain ASCII, take the Unicode-aware path. Both ignore case and honour the excluded suffixes.
    @Test func namesMatchIgnoringCaseWithOrWithoutNonASCIICharacters() {
        let code = """
            Api_Token = "abcd1234efgh5678"
            contraseña_TOKEN = "abcd1234efgh5678"
            PASSWORD_RESET_URL = "abcd1234efgh5678"
            clé_password_reset_url = "abcd1234efgh5678"
            """
        #expect(flaggedLines(Self.names, code) == [1, 2])
        let accented = Matcher.secret(SecretSpec(detect: [.names], names: ["CONTRASEÑA"], excludeNames: ["_Hint"]))
        let spanish = """
            CONTRASEÑA_DB = "abcd1234efgh5678"
            contraseña_hint = "abcd1234efgh5678"
            password = "abcd1234efgh5678"
            """
        #expect(flaggedLines(accented, spanish) == [1])
    }
}
