import Crypto
import Foundation
import Hosts
import Testing

/// Signature and token checks, on GitHub's published test vector and on deliveries signed here.
struct WebhookVerifierTests {
    static func hmacHex(_ body: String, _ secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }

    static func delivery(_ host: HostKind, _ headers: [String: String], _ body: String) -> WebhookDelivery {
        WebhookDelivery(host: host, headers: WebhookHeaders(headers), body: Data(body.utf8))
    }

    @Test func githubPublishedTestVector() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("signatures/webhook-signature-test-vector.json")
        let vector = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let secret = try #require(vector["secret"] as? String)
        let payload = try #require(vector["payload"] as? String)
        let header = try #require(vector["expected_X-Hub-Signature-256"] as? String)
        let delivery = Self.delivery(.github, ["X-Hub-Signature-256": header], payload)
        #expect(WebhookVerifier.verify(delivery, secret: WebhookSecret(secret)) == .verified)
        #expect(WebhookVerifier.verify(delivery, secret: WebhookSecret(secret + " ")) == .invalid)
        let tampered = Self.delivery(.github, ["X-Hub-Signature-256": header], payload + "!")
        #expect(WebhookVerifier.verify(tampered, secret: WebhookSecret(secret)) == .invalid)
    }

    @Test(arguments: [
        ([String: String](), WebhookVerifier.Outcome.missing),
        (["X-Hub-Signature-256": ""], .missing),
        (["X-Hub-Signature-256": "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59"], .invalid),
        (["X-Hub-Signature-256": "sha256=zz"], .invalid),
        (["X-Hub-Signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1"], .invalid),
        (["X-Hub-Signature-256": "sha256=757107EA0EB2509FC211221CCE984B8A37570B6D7586C22C46F4379C8B043E17"], .verified),
    ])
    func githubHeaderForms(headers: [String: String], expected: WebhookVerifier.Outcome) {
        let delivery = Self.delivery(.github, headers, "Hello, World!")
        #expect(WebhookVerifier.verify(delivery, secret: WebhookSecret("It's a Secret to Everybody")) == expected)
    }

    @Test(arguments: ["X-Gitea-Signature", "X-Forgejo-Signature"])
    func giteaAndForgejoUseBareHex(header: String) {
        let body = #"{"action":"opened"}"#
        let good = Self.delivery(.gitea, [header: Self.hmacHex(body, "s3cret")], body)
        #expect(WebhookVerifier.verify(good, secret: WebhookSecret("s3cret")) == .verified)
        #expect(WebhookVerifier.verify(good, secret: WebhookSecret("other")) == .invalid)
        let prefixed = Self.delivery(.gitea, [header: "sha256=" + Self.hmacHex(body, "s3cret")], body)
        #expect(WebhookVerifier.verify(prefixed, secret: WebhookSecret("s3cret")) == .invalid)
        #expect(WebhookVerifier.verify(Self.delivery(.gitea, [:], body), secret: WebhookSecret("s3cret")) == .missing)
    }

    @Test func giteaFormDeliveriesAreCheckedOverTheJSONPayload() {
        let json = #"{"action":"opened","number":1}"#
        let form = "payload=" + (json.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let headers = ["Content-Type": "application/x-www-form-urlencoded", "X-Gitea-Signature": Self.hmacHex(json, "k")]
        #expect(WebhookVerifier.verify(Self.delivery(.gitea, headers, form), secret: WebhookSecret("k")) == .verified)
        var overForm = headers
        overForm["X-Gitea-Signature"] = Self.hmacHex(form, "k")
        #expect(WebhookVerifier.verify(Self.delivery(.gitea, overForm, form), secret: WebhookSecret("k")) == .invalid)
    }

    @Test(arguments: [
        (["X-Gitlab-Token": "tok-123"], WebhookVerifier.Outcome.verified),
        (["X-Gitlab-Token": "tok-124"], .invalid),
        (["X-Gitlab-Token": "tok-1234"], .invalid),
        (["X-Gitlab-Token": "tok"], .invalid),
        (["X-Gitlab-Token": ""], .missing),
        ([String: String](), .missing),
    ])
    func gitlabComparesTheToken(headers: [String: String], expected: WebhookVerifier.Outcome) {
        let delivery = Self.delivery(.gitlab, headers, "{}")
        #expect(WebhookVerifier.verify(delivery, secret: WebhookSecret("tok-123")) == expected)
    }

    @Test func constantTimeEqualityIsEquality() {
        #expect(WebhookVerifier.constantTimeEquals([1, 2, 3], [1, 2, 3]))
        #expect(!WebhookVerifier.constantTimeEquals([1, 2, 3], [1, 2, 4]))
        #expect(!WebhookVerifier.constantTimeEquals([1, 2], [1, 2, 0]))
        #expect(!WebhookVerifier.constantTimeEquals([], [0]))
        #expect(WebhookVerifier.constantTimeEquals([], []))
    }

    @Test func secretsNeverPrintTheirValue() {
        let secret = WebhookSecret("hunter2")
        #expect(!"\(secret)".contains("hunter2"))
        #expect(!String(reflecting: secret).contains("hunter2"))
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("104"))  // "h" as a byte
        #expect(!dumped.contains("hunter2"))
    }
}
