import FakeHost
import Foundation
import Testing

@Suite("GitHub App mode")
struct GitHubAppTests {
    let repo = "octo/app"

    /// An RS256-shaped JWT; the fake checks claims, and the signature only when given a verifier.
    static func jwt(issuer: String = "321", issuedAt: Date = Date().addingTimeInterval(-60), lifetime: TimeInterval = 540) -> String {
        func encode(_ text: String) -> String {
            Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let iat = Int(issuedAt.timeIntervalSince1970)
        return encode(#"{"alg":"RS256","typ":"JWT"}"#) + "." + encode(#"{"iat":\#(iat),"exp":\#(iat + Int(lifetime)),"iss":"\#(issuer)"}"#)
            + "." + encode("signature")
    }

    @Test func installationTokensPostAsTheAppBot() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        host.enableGitHubApp(appID: "321", slug: "backend-review", installationID: 55)
        let base = host.baseURL(for: .github)
        let jwt = [("Authorization", "Bearer \(Self.jwt())")]

        let app = try await HTTP.get("\(base)/app", headers: jwt)
        #expect(app.status == 200)
        #expect(app.object["slug"] as? String == "backend-review")
        let installation = try await HTTP.get("\(base)/repos/\(repo)/installation", headers: jwt)
        #expect(installation.object["id"] as? Int == 55)

        let issued = try await HTTP.send(.POST, "\(base)/app/installations/55/access_tokens", headers: jwt)
        #expect(issued.status == 201)
        let token = try #require(issued.object["token"] as? String)
        #expect(token.hasPrefix("ghs_"))
        #expect(issued.object["expires_at"] is String)
        #expect(host.issuedInstallationTokens == 1)

        let comment = try await HTTP.send(
            .POST, "\(base)/repos/\(repo)/issues/7/comments", headers: [("Authorization", "token \(token)")], json: #"{"body":"hi"}"#
        )
        #expect(comment.status == 201)
        #expect(comment.object["user", "login"] as? String == "backend-review[bot]")
        #expect(try await HTTP.get("\(base)/user", headers: [("Authorization", "Bearer \(token)")]).status == 403)
        // The personal token keeps working; a JWT is no good outside the App routes.
        #expect(try await HTTP.get("\(base)/user", headers: Fixtures.auth(.github)).status == 200)
        #expect(try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: jwt).status == 401)
        #expect(try await HTTP.send(.POST, "\(base)/app/installations/56/access_tokens", headers: jwt).status == 404)
        await host.stop()
    }

    @Test func badJWTsAreRefused() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        host.enableGitHubApp(appID: "321", slug: "backend-review", verifySignature: { _, signature in
            signature == Array("signature".utf8)
        })
        let url = "\(host.baseURL(for: .github))/app"
        let cases = [
            Self.jwt(issuer: "999"),
            Self.jwt(issuedAt: Date().addingTimeInterval(-1_000)),
            Self.jwt(lifetime: 3_600),
            Fixtures.token,
        ]
        for token in cases {
            let response = try await HTTP.get(url, headers: [("Authorization", "Bearer \(token)")])
            #expect(response.status == 401, "\(token)")
        }
        let forged = Self.jwt().split(separator: ".").prefix(2).joined(separator: ".") + ".Zm9yZ2Vk"
        #expect(try await HTTP.get(url, headers: [("Authorization", "Bearer \(forged)")]).status == 401)
        #expect(try await HTTP.get(url, headers: [("Authorization", "Bearer \(Self.jwt())")]).status == 200)
        await host.stop()
    }

    @Test func installationTokensExpire() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        host.enableGitHubApp(appID: "321", slug: "bot", tokenLifetime: .seconds(600))
        let base = host.baseURL(for: .github)
        let issued = try await HTTP.send(.POST, "\(base)/app/installations/1/access_tokens", headers: [("Authorization", "Bearer \(Self.jwt())")])
        let token = try #require(issued.object["token"] as? String)
        let headers = [("Authorization", "Bearer \(token)")]
        #expect(try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: headers).status == 200)
        host.advanceClock(by: 601)
        #expect(try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: headers).status == 401)
        await host.stop()
    }
}
