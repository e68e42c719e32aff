import Crypto
import Foundation
import HostClients
import Hosts
import Testing
import _CryptoExtras

/// GitHub App authentication: the RS256 JWT, installation tokens cached until shortly before they expire and
/// fetched once for concurrent callers, and installation lookup per repository.
struct GitHubAppAuthTests {
    /// One key for the suite: generating RSA keys is slow on a loaded machine.
    static let key: _RSA.Signing.PrivateKey = {
        do { return try _RSA.Signing.PrivateKey(keySize: .bits2048) } catch { fatalError("RSA key generation failed: \(error)") }
    }()

    private let ref = TestSupport.ref(TestSupport.githubRepo, host: .github, number: 1347)

    private func client(_ server: ScriptedServer, logs: LogCapture = LogCapture()) throws -> GitHubClient {
        try GitHubClient(
            baseURL: server.baseURL("/github"),
            credentials: .githubApp(appID: "12345", privateKeyPEM: Self.key.pemRepresentation),
            httpClient: TestSupport.http, options: TestSupport.options(.github), logger: logs.logger
        )
    }

    /// The decoded payload of a JWT whose signature verifies with the suite's public key; `nil` otherwise.
    static func verifiedClaims(_ jwt: String) -> [String: Any]? {
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let header = decode(parts[0]), let payload = decode(parts[1]),
              let signature = decode(parts[2]) else { return nil }
        let signingInput = Array((parts[0] + "." + parts[1]).utf8)
        let valid = key.publicKey.isValidSignature(
            _RSA.Signing.RSASignature(rawRepresentation: signature), for: signingInput, padding: .insecurePKCS1v1_5
        )
        guard valid,
              let headerJSON = try? JSONSerialization.jsonObject(with: header) as? [String: Any],
              headerJSON["alg"] as? String == "RS256", headerJSON["typ"] as? String == "JWT"
        else { return nil }
        return try? JSONSerialization.jsonObject(with: payload) as? [String: Any]
    }

    private static func decode(_ segment: String) -> Data? {
        var base64 = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }

    /// A token response expiring `seconds` from now.
    private static func tokenResponse(_ token: String, expiresIn seconds: TimeInterval) -> ScriptedResponse {
        let formatter = ISO8601DateFormatter()
        let expiry = formatter.string(from: Date().addingTimeInterval(seconds))
        return .json(201, #"{"token":"\#(token)","expires_at":"\#(expiry)","permissions":{"pull_requests":"write"}}"#)
    }

    @Test
    func theJWTIsSignedRS256WithIssuedAtAndExpiryAroundNow() throws {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let jwt = try GitHubAppJWT.make(appID: "12345", privateKey: Self.key, now: now)
        let claims = try #require(Self.verifiedClaims(jwt))
        #expect(claims["iat"] as? Int == 1_700_000_000 - 60)
        #expect(claims["exp"] as? Int == 1_700_000_000 + 540)
        #expect(claims["iss"] as? Int == 12345)
        #expect(!jwt.contains("="))

        let clientIDJWT = try GitHubAppJWT.make(appID: "Iv1.abc\"def", privateKey: Self.key, now: now)
        #expect(Self.verifiedClaims(clientIDJWT)?["iss"] as? String == "Iv1.abc\"def")
    }

    @Test
    func aTamperedJWTDoesNotVerify() throws {
        let jwt = try GitHubAppJWT.make(appID: "1", privateKey: Self.key, now: Date())
        var parts = jwt.split(separator: ".").map(String.init)
        parts[1] = Base64Fixture.encode(#"{"iat":0,"exp":9999999999,"iss":2}"#)
        #expect(Self.verifiedClaims(parts.joined(separator: ".")) == nil)
    }

    @Test
    func concurrentCallsShareOneInstallationTokenFetch() async throws {
        let jwts = JWTLog()
        try await ScriptedServer.run({ request, _ in
            switch (request.method, request.path) {
            case ("POST", "/github/app/installations/42/access_tokens"):
                await jwts.add(request.headers["authorization"])
                try? await Task.sleep(for: .milliseconds(100))
                return Self.tokenResponse("ghs_installation_token", expiresIn: 3600)
            default:
                guard request.headers["authorization"] == "Bearer ghs_installation_token" else {
                    return .json(401, #"{"message":"Bad credentials"}"#)
                }
                return .json(try! Fixture.text("github-pr.json"))
            }
        }) { server in
            let logs = LogCapture()
            let github = try client(server, logs: logs).forInstallation(42)
            #expect(github.installationID == 42)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 { group.addTask { _ = try await github.pullRequest(ref) } }
                try await group.waitForAll()
            }
            _ = try await github.pullRequest(ref)

            #expect(await server.log.matching("POST", "/github/app/installations/42/access_tokens").count == 1)
            #expect(await server.log.matching("GET", "/github/repos/octocat/Hello-World/pulls/1347").count == 9)
            let authorization = try #require(await jwts.values.first)
            let jwt = try #require(authorization?.replacingOccurrences(of: "Bearer ", with: ""))
            let claims = try #require(Self.verifiedClaims(jwt))
            #expect(claims["iss"] as? Int == 12345)
            #expect(!logs.text.contains("ghs_installation_token"))
            #expect(!logs.text.contains(jwt))
        }
    }

    @Test
    func aTokenWithinFiveMinutesOfExpiryIsFetchedAgain() async throws {
        try await ScriptedServer.run({ request, seen in
            if request.method == "POST" { return Self.tokenResponse("ghs_short_\(seen)", expiresIn: 240) }
            return .json(#"{"login":"x"}"#)
        }) { server in
            let github = try client(server).forInstallation(7)
            for _ in 0..<3 { _ = try await github.fileContents(TestSupport.githubRepo, path: "a", ref: "main") }
            #expect(await server.log.matching("POST", "/github/app/installations/7/access_tokens").count == 3)
            let used = await server.log.matching("GET", "/github/repos/octocat/Hello-World/contents/a")
                .map { $0.headers["authorization"] }
            #expect(used == ["Bearer ghs_short_1", "Bearer ghs_short_2", "Bearer ghs_short_3"])
        }
    }

    @Test
    func withoutAnInstallationIdTheRepositorysInstallationIsLookedUpOnce() async throws {
        try await ScriptedServer.run({ request, _ in
            switch (request.method, request.path) {
            case ("GET", "/github/repos/octocat/Hello-World/installation"): .json(#"{"id":99,"app_id":12345}"#)
            case ("POST", "/github/app/installations/99/access_tokens"): Self.tokenResponse("ghs_99", expiresIn: 3600)
            default: .json(201, #"{"id":5,"body":"hi","user":{"login":"app[bot]"}}"#)
            }
        }) { server in
            let github = try client(server)
            _ = try await github.createComment(ref, body: "hi")
            _ = try await github.createComment(ref, body: "hi")
            let lookups = await server.log.matching("GET", "/github/repos/octocat/Hello-World/installation")
            #expect(lookups.count == 1)
            let lookupAuth = try #require(lookups.first?.headers["authorization"])
            #expect(Self.verifiedClaims(lookupAuth.replacingOccurrences(of: "Bearer ", with: "")) != nil)
            let posts = await server.log.matching("POST", "/github/repos/octocat/Hello-World/issues/1347/comments")
            #expect(posts.map { $0.headers["authorization"] } == ["Bearer ghs_99", "Bearer ghs_99"])
        }
    }

    @Test
    func theBotLoginOfAnAppIsItsSlugWithBot() async throws {
        try await ScriptedServer.run({ _, _ in .json(#"{"id":1,"slug":"backend-review","name":"Backend Review"}"#) }) { server in
            let login = try await client(server).botLogin()
            #expect(login == "backend-review[bot]")
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET /github/app")
            let jwt = try #require(request.headers["authorization"]?.replacingOccurrences(of: "Bearer ", with: ""))
            #expect(Self.verifiedClaims(jwt) != nil)
        }
    }

    @Test
    func anUnreadableKeyIsAConfigurationErrorThatDoesNotQuoteTheKey() {
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nnot-a-key-SECRETBYTES\n-----END RSA PRIVATE KEY-----"
        let error = #expect(throws: HostClientConfigurationError.self) {
            _ = try GitHubClient(
                credentials: .githubApp(appID: "1", privateKeyPEM: pem), httpClient: TestSupport.http,
                logger: LogCapture().logger
            )
        }
        #expect(error?.message.contains("SECRETBYTES") == false)
    }

    @Test
    func credentialsNeverPrintTheirSecrets() {
        let token = HostCredentials.token(TestSupport.token)
        let app = HostCredentials.githubApp(appID: "12345", privateKeyPEM: "PEM-SECRET")
        for text in ["\(token)", String(reflecting: token), "\(app)", String(reflecting: app)] {
            #expect(!text.contains(TestSupport.token))
            #expect(!text.contains("PEM-SECRET"))
        }
        var dumped = ""
        dump(token, to: &dumped)
        dump(app, to: &dumped)
        #expect(!dumped.contains(TestSupport.token))
        #expect(!dumped.contains("PEM-SECRET"))
        #expect("\(app)".contains("12345"))
    }
}

/// Authorization headers the token endpoint received.
private actor JWTLog {
    private(set) var values: [String?] = []
    func add(_ value: String?) { values.append(value) }
}

private enum Base64Fixture {
    static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
