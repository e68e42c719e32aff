import Foundation
import Hosts
import Testing

/// What the comment commands need from each host's comment deliveries (conformance payloads): the thread to
/// answer in (GitHub `in_reply_to_id`, GitLab `discussion_id`) and the diff position of review comments.
struct CommentThreadTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var host: HostKind
        var path: String
        var commentID: Int
        var author: String
        var body: String
        var discussionID: String?
        var position: CommentEvent.DiffPosition?

        var testDescription: String { "\(host.rawValue)/\(path)" }
    }

    static let cases: [Expected] = [
        Expected(host: .github, path: "extra/drone-go-scm/comment.json", commentID: 751955664, author: "lts-def", body: "trigger abc"),
        Expected(host: .github, path: "extra/go-playground-webhooks/pull-request-issue-comment.json", commentID: 546616131,
                 author: "chhsia0", body: "/build"),
        Expected(host: .github, path: "pull_request_review_comment/created.payload.json", commentID: 284312630,
                 author: "Codertocat", body: "Maybe you should use more emoji on this line.",
                 position: .init(path: "README.md", line: 265, side: .new, commitSHA: "ec26c3e57ca3a959ca5aad62de7213c562f8c821")),
        // An older delivery without `line`/`side`: still on the diff, line unknown.
        Expected(host: .github, path: "extra/go-playground-webhooks/pull-request-review-comment.json", commentID: 29724692,
                 author: "baxterthehacker", body: "Maybe you should use more emojji on this line.",
                 position: .init(path: "README.md", line: nil, side: nil, commitSHA: "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c")),
        Expected(host: .gitlab, path: "note_hook_merge_request.docs-example.json", commentID: 1244, author: "root",
                 body: "This MR needs work."),
        Expected(host: .gitlab, path: "extra/drone-go-scm/merge_request_comment_create.json", commentID: 50772616,
                 author: "sytses", body: "lgtm", discussionID: "f65f6e1a22258310bcfdc32e30caad9078b19fbf"),
        Expected(host: .gitlab, path: "extra/drone-go-scm/review_comment_create.json", commentID: 50772639, author: "sytses",
                 body: "check spelling", discussionID: "e2d22c5e7bc2dda3d55f3ddc6d48b65326e2612b",
                 position: .init(path: "README.md", line: 1, side: .new, commitSHA: "c4c79227ed610f1151f05bbc5be33b4f340d39c8")),
        Expected(host: .gitea, path: "extra/drone-go-scm/pull_request_comment_created.json", commentID: 45, author: "unknwon",
                 body: "run gofmt"),
        Expected(host: .gitea, path: "extra/go-playground-webhooks/pull-request-comment-event.json", commentID: 6,
                 author: "example", body: "example"),
    ]

    @Test(arguments: cases)
    func threadOfEachCommentDelivery(expected: Expected) throws {
        let fixture = Fixtures.fixture(expected.host, expected.path)
        let event = try WebhookDecoder.decode(fixture.delivery)
        let comment = try TestSupport.comment(event)
        #expect(comment.position == expected.position)
        #expect(comment.discussionID == expected.discussionID)
        #expect(comment.inReplyToID == nil)
        #expect(comment.thread == CommentThread(
            commentID: expected.commentID, discussionID: expected.discussionID,
            isReviewComment: expected.position != nil, author: expected.author, quotedBody: expected.body
        ))
    }

    /// A reply in a GitHub review thread names its root, which is where the answer goes.
    @Test func githubReplyPointsAtTheThreadsRoot() throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.github, "pull_request_review_comment/created.payload.json")) {
            TestSupport.set(284312000, at: "comment.in_reply_to_id", in: &$0)
        }
        let thread = try TestSupport.comment(try GitHubWebhook.decode(delivery)).thread
        #expect(thread.rootCommentID == 284312000)
        #expect(thread.commentID == 284312630)
        #expect(thread.isReviewComment)
    }
}
