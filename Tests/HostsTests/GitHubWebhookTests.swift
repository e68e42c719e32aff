import Foundation
import Hosts
import Testing

struct GitHubWebhookTests {
    @Test func openedPullRequestCarriesItsFields() throws {
        let fixture = Fixtures.fixture(.github, "pull_request/opened.payload.json")
        let pr = try TestSupport.pullRequest(try GitHubWebhook.decode(fixture.delivery))
        #expect(pr.host == .github)
        #expect(pr.action == .opened)
        #expect(pr.number == 2)
        #expect(pr.title == "Update the README with new information.")
        #expect(pr.body == "This is a pretty simple change that we need to pull into master.")
        #expect(pr.author == "Codertocat")
        #expect(pr.head == .init(ref: "changes", sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821"))
        #expect(pr.base == .init(ref: "master", sha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e"))
        #expect(pr.isDraft == false)
        #expect(pr.htmlURL == "https://github.com/Codertocat/Hello-World/pull/2")
        #expect(pr.installationID == 1)
        #expect(pr.repository == RepositoryInfo(
            id: 186853002, owner: "Codertocat", name: "Hello-World", fullPath: "Codertocat/Hello-World",
            cloneURL: "https://github.com/Codertocat/Hello-World.git",
            webURL: "https://github.com/Codertocat/Hello-World", defaultBranch: "master"
        ))
    }

    @Test(arguments: [
        ("pull_request/opened.payload.json", PullRequestEvent.Action.opened),
        ("pull_request/synchronize.payload.json", .synchronized),
        ("pull_request/reopened.payload.json", .reopened),
        ("pull_request/ready_for_review.payload.json", .readyForReview),
        ("extra/drone-go-scm/pr_sync.json", .synchronized),
    ])
    func reviewActionsMap(path: String, action: PullRequestEvent.Action) throws {
        let pr = try TestSupport.pullRequest(try GitHubWebhook.decode(Fixtures.fixture(.github, path).delivery))
        #expect(pr.action == action)
    }

    @Test func nullBodyBecomesEmpty() throws {
        let fixture = Fixtures.fixture(.github, "pull_request/opened.with-null-body.json")
        let pr = try TestSupport.pullRequest(try GitHubWebhook.decode(fixture.delivery))
        #expect(pr.body == "")
    }

    @Test(arguments: ["closed", "labeled", "edited", "assigned", "converted_to_draft", "some_future_action"])
    func otherActionsAreIgnored(action: String) throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request/opened.payload.json")) {
            $0["action"] = action
        }
        let reason = try #require(TestSupport.ignoredReason(try GitHubWebhook.decode(delivery)))
        #expect(reason.contains(action))
    }

    @Test func draftsAreSkippedUnlessConfigured() throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request/synchronize.payload.json")) {
            TestSupport.set(true, at: "pull_request.draft", in: &$0)
        }
        let skipped = try GitHubWebhook.decode(delivery, options: .init(reviewDrafts: false))
        #expect(TestSupport.ignoredReason(skipped)?.contains("draft") == true)
        let reviewed = try TestSupport.pullRequest(try GitHubWebhook.decode(delivery, options: .init(reviewDrafts: true)))
        #expect(reviewed.isDraft)
        #expect(reviewed.action == .synchronized)
    }

    @Test(arguments: ["ping/payload.json", "ping/with-app_id.payload.json", "ping/with-organization.payload.json"])
    func pingIsPing(path: String) throws {
        #expect(try GitHubWebhook.decode(Fixtures.fixture(.github, path).delivery) == .ping)
    }

    @Test func issueCommentOnPullRequest() throws {
        let fixture = Fixtures.fixture(.github, "extra/drone-go-scm/comment.json")
        let comment = try TestSupport.comment(try GitHubWebhook.decode(fixture.delivery))
        #expect(comment.pullRequestNumber == 2)
        #expect(comment.commentID == 751955664)
        #expect(comment.body == "trigger abc")
        #expect(comment.author == "lts-def")
        #expect(comment.action == .created)
        #expect(comment.position == nil)
        #expect(!comment.isOnDiffLine)
    }

    @Test func issueCommentOnPlainIssueIsIgnored() throws {
        let event = try GitHubWebhook.decode(Fixtures.fixture(.github, "issue_comment/created.payload.json").delivery)
        #expect(TestSupport.ignoredReason(event)?.contains("not a pull request") == true)
    }

    @Test(arguments: [("created", CommentEvent.Action.created), ("edited", .edited), ("deleted", .deleted)])
    func reviewCommentOnDiffLine(file: String, action: CommentEvent.Action) throws {
        let fixture = Fixtures.fixture(.github, "pull_request_review_comment/\(file).payload.json")
        let comment = try TestSupport.comment(try GitHubWebhook.decode(fixture.delivery))
        #expect(comment.action == action)
        #expect(comment.pullRequestNumber == 2)
        #expect(comment.commentID == 284312630)
        #expect(comment.body == "Maybe you should use more emoji on this line.")
        #expect(comment.author == "Codertocat")
        #expect(comment.reviewID == 237895671)
        #expect(comment.inReplyToID == nil)
        #expect(comment.position?.path == "README.md")
        #expect(comment.position?.line == 265)
        #expect(comment.position?.side == .new)
        #expect(comment.position?.commitSHA == "ec26c3e57ca3a959ca5aad62de7213c562f8c821")
        #expect(comment.installationID == 1)
    }

    @Test func realIssueCommentDelivery() throws {
        let fixture = Fixtures.fixture(.github, "extra/go-playground-webhooks/pull-request-issue-comment.json")
        let comment = try TestSupport.comment(try GitHubWebhook.decode(fixture.delivery))
        #expect(comment.installationID == nil)
        #expect(comment.author == "chhsia0")
        #expect(comment.body == "/build")
        #expect(comment.commentID == 546616131)
        #expect(comment.repository.fullPath == "chhsia0/knative-route-demo")
        #expect(comment.pullRequestNumber == 3)
    }

    @Test func replyToReviewComment() throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request_review_comment/created.payload.json")) {
            TestSupport.set(111, at: "comment.in_reply_to_id", in: &$0)
            TestSupport.set("LEFT", at: "comment.side", in: &$0)
        }
        let comment = try TestSupport.comment(try GitHubWebhook.decode(delivery))
        #expect(comment.inReplyToID == 111)
        #expect(comment.position?.side == .old)
    }

    @Test(arguments: ["check_run", "installation", "pull_request_review", "push", "pull_request_review_thread"])
    func unrelatedEventsAreIgnored(event: String) throws {
        let delivery = TestSupport.delivery(.github, event: event, body: #"{"action": "completed"}"#)
        let reason = try #require(TestSupport.ignoredReason(try GitHubWebhook.decode(delivery)))
        #expect(reason.contains(event))
    }
}
