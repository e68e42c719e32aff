import Foundation
import Hosts
import Testing

/// Every recorded payload decodes into a pull-request or comment event, a ping, or is ignored; never an error.
struct ConformanceTests {
    /// The payloads that must produce an event (drafts skipped, the default); every other file must be
    /// ignored, or a ping for GitHub's `ping` folder.
    static let expected: [String: String] = [
        "github/pull_request/opened.payload.json": "pr",
        "github/pull_request/opened.with-null-body.json": "pr",
        "github/pull_request/opened.with-organization.payload.json": "pr",
        "github/pull_request/reopened.payload.json": "pr",
        "github/pull_request/reopened.with-organization.payload.json": "pr",
        "github/pull_request/synchronize.payload.json": "pr",
        "github/pull_request/ready_for_review.payload.json": "pr",
        "github/pull_request/ready_for_review.with-installation.payload.json": "pr",
        "github/pull_request/ready_for_review.with-organization.payload.json": "pr",
        "github/extra/drone-go-scm/pr_sync.json": "pr",
        "github/extra/drone-go-scm/pr_ready_for_review.json": "pr",
        "github/extra/go-playground-webhooks/pull-request.json": "pr",
        "github/extra/drone-go-scm/comment.json": "comment",
        "github/extra/go-playground-webhooks/pull-request-issue-comment.json": "comment",
        "github/extra/go-playground-webhooks/pull-request-review-comment.json": "comment",
        "github/pull_request_review_comment/created.payload.json": "comment",
        "github/pull_request_review_comment/created.with-organization.payload.json": "comment",
        "github/pull_request_review_comment/deleted.payload.json": "comment",
        "github/pull_request_review_comment/edited.payload.json": "comment",
        "github/ping/payload.json": "ping",
        "github/ping/with-app_id.payload.json": "ping",
        "github/ping/with-organization.payload.json": "ping",
        "gitlab/merge_request_hook.docs-example.json": "pr",
        "gitlab/extra/drone-go-scm/pull_request_create.json": "pr",
        "gitlab/extra/drone-go-scm/pull_request_reopen.json": "pr",
        "gitlab/extra/drone-go-scm/merge_request_subgroup.json": "pr",
        "gitlab/extra/go-playground-webhooks/merge-request-event.json": "pr",
        "gitlab/note_hook_merge_request.docs-example.json": "comment",
        "gitlab/extra/drone-go-scm/merge_request_comment_create.json": "comment",
        "gitlab/extra/drone-go-scm/merge_request_comment_subgroup.json": "comment",
        "gitlab/extra/drone-go-scm/review_comment_create.json": "comment",
        "gitlab/extra/go-playground-webhooks/comment-merge-request-event.json": "comment",
        "gitea/extra/drone-go-scm/pull_request_opened.json": "pr",
        "gitea/extra/drone-go-scm/pull_request_reopened.json": "pr",
        "gitea/extra/drone-go-scm/pull_request_synchronized.json": "pr",
        "gitea/extra/go-playground-webhooks/pull-request-event.json": "pr",
        "gitea/extra/drone-go-scm/pull_request_comment_created.json": "comment",
        "gitea/extra/drone-go-scm/pull_request_comment_edited.json": "comment",
        "gitea/extra/drone-go-scm/pull_request_comment_deleted.json": "comment",
        "gitea/extra/go-playground-webhooks/pull-request-comment-event.json": "comment",
    ]

    @Test func corpusIsComplete() {
        // 72 octokit files + 10 GitHub extras, 14 GitLab, 17 Gitea (conformance README).
        #expect(Fixtures.all.count == 113)
        let names = Set(Fixtures.all.map(\.testDescription))
        for key in Self.expected.keys { #expect(names.contains(key), "expected fixture \(key) is missing") }
    }

    @Test(arguments: Fixtures.all)
    func payloadDecodesWithoutError(_ fixture: PayloadFixture) throws {
        let event = try WebhookDecoder.decode(fixture.delivery, options: .init(reviewDrafts: false))
        let kind: String
        switch event {
        case .pullRequest(let pr):
            kind = "pr"
            #expect(pr.host == fixture.host)
            #expect(pr.number > 0)
            #expect(pr.head.sha?.count == 40)
            #expect(!pr.repository.fullPath.isEmpty && pr.repository.fullPath.contains("/"))
            #expect(pr.repository.fullPath == pr.repository.owner + "/" + pr.repository.name)
            #expect(!pr.isDraft)
        case .comment(let comment):
            kind = "comment"
            #expect(comment.host == fixture.host)
            #expect(comment.pullRequestNumber > 0)
            #expect(!comment.author.isEmpty)
            #expect(!comment.body.isEmpty)
        case .ping:
            kind = "ping"
        case .ignored(let reason):
            kind = "ignored"
            #expect(!reason.isEmpty)
        }
        #expect(kind == Self.expected[fixture.testDescription] ?? "ignored")
    }

    /// With drafts reviewed, nothing is skipped for being a draft (the corpus's draft payloads, GitHub
    /// `converted_to_draft` and GitLab's title-only `update`, are ignored for their action instead).
    @Test(arguments: Fixtures.all)
    func payloadDecodesWithDraftsReviewed(_ fixture: PayloadFixture) throws {
        let event = try WebhookDecoder.decode(fixture.delivery, options: .init(reviewDrafts: true))
        if case .ignored(let reason) = event { #expect(!reason.hasPrefix("draft pull request")) }
    }
}
