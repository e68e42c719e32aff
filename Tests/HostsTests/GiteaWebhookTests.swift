import Foundation
import Hosts
import Testing

struct GiteaWebhookTests {
    static let openedFixture = Fixtures.fixture(.gitea, "extra/drone-go-scm/pull_request_opened.json")

    @Test func openedPullRequestCarriesItsFields() throws {
        let pr = try TestSupport.pullRequest(try GiteaWebhook.decode(Self.openedFixture.delivery))
        #expect(pr.host == .gitea)
        #expect(pr.action == .opened)
        #expect(pr.number == 1)
        #expect(pr.author == "jcitizen")
        #expect(pr.head.ref == "feature")
        #expect(pr.head.sha?.hasPrefix("2eba238") == true)
        #expect(pr.base.ref == "master")
        #expect(pr.base.sha?.hasPrefix("39af58f") == true)
        #expect(pr.repository.fullPath == "jcitizen/my-repo")
        #expect(pr.repository.owner == "jcitizen")
        #expect(pr.repository.name == "my-repo")
        #expect(pr.repository.defaultBranch == "master")
        #expect(pr.isDraft == false)
    }

    @Test(arguments: [
        ("extra/drone-go-scm/pull_request_synchronized.json", PullRequestEvent.Action.synchronized),
        ("extra/drone-go-scm/pull_request_reopened.json", .reopened),
        ("extra/go-playground-webhooks/pull-request-event.json", .opened),
    ])
    func reviewActionsMap(path: String, action: PullRequestEvent.Action) throws {
        let pr = try TestSupport.pullRequest(try GiteaWebhook.decode(Fixtures.fixture(.gitea, path).delivery))
        #expect(pr.action == action)
    }

    @Test(arguments: [
        "extra/drone-go-scm/pull_request_closed.json", "extra/drone-go-scm/pull_request_merged.json",
        "extra/drone-go-scm/pull_request_edited.json", "extra/go-playground-webhooks/pull-request-label-event.json",
    ])
    func otherActionsAreIgnored(path: String) throws {
        #expect(TestSupport.ignoredReason(try GiteaWebhook.decode(Fixtures.fixture(.gitea, path).delivery)) != nil)
    }

    @Test(arguments: ["WIP: add login", "[WIP] add login", "wip: lower case"])
    func workInProgressTitleIsADraft(title: String) throws {
        let delivery = try TestSupport.edited(Self.openedFixture) {
            TestSupport.set(title, at: "pull_request.title", in: &$0)
        }
        #expect(TestSupport.ignoredReason(try GiteaWebhook.decode(delivery))?.contains("draft") == true)
        let pr = try TestSupport.pullRequest(try GiteaWebhook.decode(delivery, options: .init(reviewDrafts: true)))
        #expect(pr.isDraft)
    }

    @Test func draftFieldWinsOverTitle() throws {
        let delivery = try TestSupport.edited(Self.openedFixture) {
            TestSupport.set("WIP: but not a draft", at: "pull_request.title", in: &$0)
            TestSupport.set(false, at: "pull_request.draft", in: &$0)
        }
        #expect(try TestSupport.pullRequest(try GiteaWebhook.decode(delivery)).isDraft == false)
    }

    @Test func commentOnPullRequest() throws {
        let fixture = Fixtures.fixture(.gitea, "extra/go-playground-webhooks/pull-request-comment-event.json")
        let comment = try TestSupport.comment(try GiteaWebhook.decode(fixture.delivery))
        #expect(comment.pullRequestNumber == 2)
        #expect(comment.commentID == 6)
        #expect(comment.body == "example")
        #expect(comment.author == "example")
        #expect(comment.action == .created)
        #expect(comment.repository.fullPath == "example/example")
        #expect(comment.htmlURL == "http://localhost:3000/example/example/pulls/2#issuecomment-6")
    }

    @Test(arguments: [("created", CommentEvent.Action.created), ("edited", .edited), ("deleted", .deleted)])
    func commentActionsMap(file: String, action: CommentEvent.Action) throws {
        let fixture = Fixtures.fixture(.gitea, "extra/drone-go-scm/pull_request_comment_\(file).json")
        let comment = try TestSupport.comment(try GiteaWebhook.decode(fixture.delivery))
        #expect(comment.action == action)
        #expect(comment.commentID == 45)
        #expect(comment.pullRequestNumber == 2)
        #expect(!comment.body.isEmpty)
        #expect(comment.author == "unknwon")
    }

    @Test(arguments: ["extra/drone-go-scm/issue_comment_created.json", "extra/go-playground-webhooks/issue-comment-event.json"])
    func commentOnPlainIssueIsIgnored(path: String) throws {
        let event = try GiteaWebhook.decode(Fixtures.fixture(.gitea, path).delivery)
        #expect(TestSupport.ignoredReason(event)?.contains("not a pull request") == true)
    }

    @Test func reviewIsIgnored() throws {
        let fixture = Fixtures.fixture(.gitea, "extra/go-playground-webhooks/pull-request-review-event.json")
        #expect(TestSupport.ignoredReason(try GiteaWebhook.decode(fixture.delivery))?.contains("reviewed") == true)
    }

    @Test func forgejoHeadersAreRead() throws {
        let delivery = WebhookDelivery(
            host: .gitea,
            headers: ["X-Forgejo-Event": "pull_request", "X-Forgejo-Delivery": "f-1"],
            body: Self.openedFixture.body
        )
        #expect(delivery.isForgejo)
        #expect(delivery.deliveryID == "f-1")
        #expect(try TestSupport.pullRequest(try WebhookDecoder.decode(delivery)).number == 1)
    }
}
