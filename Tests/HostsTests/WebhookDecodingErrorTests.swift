import Foundation
import Hosts
import Testing

struct WebhookDecodingErrorTests {
    static let hostsAndEvents: [(HostKind, String)] = [
        (.github, "pull_request"), (.github, "issue_comment"), (.github, "ping"), (.github, "check_run"),
        (.gitlab, "Merge Request Hook"), (.gitlab, "Note Hook"), (.gitlab, "Push Hook"),
        (.gitea, "pull_request"), (.gitea, "issue_comment"), (.gitea, "push"),
    ]

    @Test(arguments: hostsAndEvents)
    func malformedJSONIsRejectedForEveryEvent(host: HostKind, event: String) throws {
        for body in ["{\"action\": ", "not json", "", "{\"a\":1}}", "{\"a\" 1}", "{\"a\": tru}"] {
            let error = try #require(TestSupport.decodingError(TestSupport.delivery(host, event: event, body: body)))
            #expect(error.code == .malformedJSON, "body \(body.debugDescription): \(error)")
            #expect(error.host == host)
            #expect(error.description.contains("malformed JSON"))
            #expect(error.description.count < 300)
        }
    }

    @Test(arguments: HostKind.allCases)
    func missingEventHeaderIsAnError(host: HostKind) throws {
        let delivery = WebhookDelivery(host: host, headers: ["Content-Type": "application/json"], body: Data("{}".utf8))
        let error = try #require(TestSupport.decodingError(delivery))
        #expect(error.code == .missingEventHeader)
        #expect(error.description.contains(WebhookDelivery.eventNameHeaders(for: host)[0]))
    }

    @Test(arguments: ["pull_request.head.sha", "pull_request.base.ref", "repository.full_name", "action", "pull_request"])
    func missingRequiredFieldNamesItsPath(path: String) throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request/opened.payload.json")) {
            TestSupport.set(nil, at: path, in: &$0)
        }
        let error = try #require(TestSupport.decodingError(delivery))
        #expect(error.code == .missingField)
        #expect(error.path == path)
        #expect(error.description.contains(path))
    }

    @Test(arguments: [
        (HostKind.gitlab, "merge_request_hook.docs-example.json", "object_attributes.last_commit", "object_attributes.last_commit.id"),
        (.gitlab, "merge_request_hook.docs-example.json", "object_attributes.iid", "object_attributes.iid"),
        (.gitlab, "note_hook_merge_request.docs-example.json", "merge_request", "merge_request.iid"),
        (.gitlab, "note_hook_merge_request.docs-example.json", "user", "user.username"),
        (.gitea, "extra/drone-go-scm/pull_request_opened.json", "pull_request.head", "pull_request.head"),
        (.gitea, "extra/drone-go-scm/pull_request_comment_created.json", "comment.id", "comment.id"),
        (.github, "pull_request_review_comment/created.payload.json", "comment.user", "comment.user.login"),
    ])
    func missingFieldsOnOtherHosts(host: HostKind, file: String, remove: String, path: String) throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(host, file)) { TestSupport.set(nil, at: remove, in: &$0) }
        let error = try #require(TestSupport.decodingError(delivery))
        #expect(error.code == .missingField)
        #expect(error.path == path)
    }

    @Test(arguments: [
        ("number", "x" as any Sendable, "number"),
        ("pull_request.head.sha", 42, "pull_request.head.sha"),
        ("pull_request.draft", "yes", "pull_request.draft"),
        ("action", ["opened"], "action"),
        ("repository", "Codertocat/Hello-World", "repository"),
        ("comment", 7, "comment"),
    ] as [(String, any Sendable, String)])
    func wrongTypesNameTheirPath(at: String, value: any Sendable, path: String) throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request/opened.payload.json")) {
            TestSupport.set(value, at: at, in: &$0)
        }
        let error = try #require(TestSupport.decodingError(delivery))
        #expect(error.code == .wrongType)
        #expect(error.path == path)
        #expect(error.description.contains(path))
    }

    @Test(arguments: ["1e400", "123456789012345678901234567890", "-99999999999999999999", "1.0e19", "1.5"])
    func unusableNumbersAreErrorsNotCrashes(number: String) throws {
        let body = #"{"action": "opened", "number": \#(number), "pull_request": {}}"#
        let error = try #require(TestSupport.decodingError(TestSupport.delivery(.github, event: "pull_request", body: body)))
        #expect(error.code == .wrongType || error.code == .malformedJSON)
        #expect(error.description.contains("integer") || error.description.contains(number))
    }

    @Test(arguments: [1_000, 100_000])
    func deepNestingIsAnErrorNotACrash(depth: Int) throws {
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        for host in HostKind.allCases {
            let event = WebhookDelivery.eventNameHeaders(for: host)[0] == "X-Gitlab-Event" ? "Note Hook" : "pull_request"
            let body = #"{"action": "opened", "pull_request": \#(nested)}"#
            #expect(TestSupport.decodingError(TestSupport.delivery(host, event: event, body: body)) != nil)
        }
    }

    @Test(arguments: HostKind.allCases)
    func invalidUTF8InAFieldTheEventNeedsIsAnError(host: HostKind) throws {
        var body = Data(#"{"action": "ope"#.utf8)
        body.append(contentsOf: [0xFF, 0xFE, 0xC3])
        body.append(contentsOf: Data(#"ned", "object_attributes": {"action": "op"#.utf8))
        body.append(contentsOf: [0xC3])
        body.append(contentsOf: Data(#"en"}}"#.utf8))
        let header = WebhookDelivery.eventNameHeaders(for: host)[0]
        let event = host == .gitlab ? "Merge Request Hook" : "pull_request"
        let error = try #require(TestSupport.decodingError(WebhookDelivery(host: host, headers: [header: event], body: body)))
        #expect(error.code == .malformedJSON)
        #expect(error.description.contains("UTF-8"))
    }

    /// Foundation only checks the strings it decodes, so bad bytes in a field the bot never reads are tolerated.
    @Test func invalidUTF8InAnUnusedFieldIsTolerated() throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request/opened.payload.json")) {
            $0["zz_unused"] = "PLACEHOLDER"
        }
        var body = delivery.body
        let marker = Data("PLACEHOLDER".utf8)
        let range = try #require(body.range(of: marker))
        body.replaceSubrange(range, with: [0xFF, 0xFE, 0xC3])
        let event = try WebhookDecoder.decode(WebhookDelivery(host: .github, headers: delivery.headers, body: body))
        #expect(try TestSupport.pullRequest(event).number == 2)
    }

    @Test(arguments: ["[]", "42", "\"text\"", "null"])
    func nonObjectBodies(body: String) throws {
        let error = try #require(TestSupport.decodingError(TestSupport.delivery(.github, event: "pull_request", body: body)))
        #expect(error.code == .wrongType || error.code == .malformedJSON)
        // An ignored event only needs valid JSON.
        let ignored = try WebhookDecoder.decode(TestSupport.delivery(.github, event: "push", body: body))
        #expect(TestSupport.ignoredReason(ignored) != nil)
    }

    /// Every prefix of a few payloads (and every position with a byte flipped) decodes or throws; never traps.
    @Test(arguments: [
        Fixtures.fixture(.github, "pull_request/synchronize.payload.json"),
        Fixtures.fixture(.github, "pull_request_review_comment/created.payload.json"),
        Fixtures.fixture(.gitlab, "extra/drone-go-scm/review_comment_create.json"),
        Fixtures.fixture(.gitea, "extra/go-playground-webhooks/pull-request-comment-event.json"),
    ])
    func truncatedAndCorruptedPayloadsNeverCrash(_ fixture: PayloadFixture) {
        let body = fixture.body
        let headers = fixture.delivery.headers
        var errors = 0
        let step = max(1, body.count / 400)
        for length in stride(from: 0, to: body.count, by: step) {
            let delivery = WebhookDelivery(host: fixture.host, headers: headers, body: body.prefix(length))
            do { _ = try WebhookDecoder.decode(delivery) } catch { errors += 1 }
        }
        // A prefix that stops before the closing brace (files end with a newline) is never a complete document.
        var trimmed = body.count
        while trimmed > 0, [0x0A, 0x0D, 0x20].contains(body[body.startIndex + trimmed - 1]) { trimmed -= 1 }
        #expect(errors == stride(from: 0, to: body.count, by: step).filter { $0 < trimmed }.count)
        #expect(errors >= 100)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var corrupted = body
            let index = Int.random(in: 0..<corrupted.count, using: &generator)
            corrupted[corrupted.startIndex + index] = UInt8.random(in: 0...255, using: &generator)
            _ = try? WebhookDecoder.decode(WebhookDelivery(host: fixture.host, headers: headers, body: corrupted))
        }
    }
}
