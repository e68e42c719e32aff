import Foundation
import Hosts
import Testing

struct GitLabWebhookTests {
    static let openFixture = Fixtures.fixture(.gitlab, "merge_request_hook.docs-example.json")

    @Test func openMergeRequestCarriesItsFields() throws {
        let pr = try TestSupport.pullRequest(try GitLabWebhook.decode(Self.openFixture.delivery))
        #expect(pr.host == .gitlab)
        #expect(pr.action == .opened)
        #expect(pr.number == 1)
        #expect(pr.title == "MS-Viewport")
        #expect(pr.author == nil)
        #expect(pr.sender == "root")
        #expect(pr.head == .init(ref: "ms-viewport", sha: "da1560886d4f094c3e6c9ef40349f7d38b5d27d7"))
        #expect(pr.base == .init(ref: "master", sha: nil))
        #expect(pr.isDraft == false)
        #expect(pr.htmlURL == "http://example.com/diaspora/merge_requests/1")
        #expect(pr.installationID == nil)
        #expect(pr.repository == RepositoryInfo(
            id: 1, owner: "gitlabhq", name: "gitlab-test", fullPath: "gitlabhq/gitlab-test",
            cloneURL: "http://example.com/gitlabhq/gitlab-test.git",
            webURL: "http://example.com/gitlabhq/gitlab-test", defaultBranch: "master"
        ))
    }

    @Test func subgroupNamespaceIsTheOwner() throws {
        let fixture = Fixtures.fixture(.gitlab, "extra/drone-go-scm/merge_request_subgroup.json")
        let pr = try TestSupport.pullRequest(try GitLabWebhook.decode(fixture.delivery))
        #expect(pr.repository.owner == "group1/group2/group3")
        #expect(pr.repository.name == "grp2repo")
        #expect(pr.repository.fullPath == "group1/group2/group3/grp2repo")
    }

    @Test func reopenIsReopened() throws {
        let fixture = Fixtures.fixture(.gitlab, "extra/drone-go-scm/pull_request_reopen.json")
        #expect(try TestSupport.pullRequest(try GitLabWebhook.decode(fixture.delivery)).action == .reopened)
    }

    @Test func updateWithoutOldrevIsIgnored() throws {
        let delivery = try TestSupport.edited(Self.openFixture) {
            TestSupport.set("update", at: "object_attributes.action", in: &$0)
            $0["changes"] = ["title": ["previous": "a", "current": "b"]]
        }
        let reason = try #require(TestSupport.ignoredReason(try GitLabWebhook.decode(delivery)))
        #expect(reason.contains("update"))
    }

    @Test func updateWithOldrevIsSynchronized() throws {
        let delivery = try TestSupport.edited(Self.openFixture) {
            TestSupport.set("update", at: "object_attributes.action", in: &$0)
            TestSupport.set("0123456789abcdef0123456789abcdef01234567", at: "object_attributes.oldrev", in: &$0)
        }
        let pr = try TestSupport.pullRequest(try GitLabWebhook.decode(delivery))
        #expect(pr.action == .synchronized)
        #expect(pr.head.sha == "da1560886d4f094c3e6c9ef40349f7d38b5d27d7")
    }

    @Test func updateThatMarksReadyIsReadyForReview() throws {
        // The docs example's `changes.draft` goes true → false.
        let delivery = try TestSupport.edited(Self.openFixture) {
            TestSupport.set("update", at: "object_attributes.action", in: &$0)
        }
        #expect(try TestSupport.pullRequest(try GitLabWebhook.decode(delivery)).action == .readyForReview)
    }

    @Test func updateThatMarksDraftIsIgnored() throws {
        let fixture = Fixtures.fixture(.gitlab, "extra/drone-go-scm/pull_request_review_ready.json")
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(fixture.delivery)) != nil)
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(fixture.delivery, options: .init(reviewDrafts: true))) != nil)
    }

    @Test(arguments: ["draft", "work_in_progress"])
    func draftsAreSkippedUnlessConfigured(field: String) throws {
        let delivery = try TestSupport.edited(Self.openFixture) {
            TestSupport.set(nil, at: "object_attributes.draft", in: &$0)
            TestSupport.set(nil, at: "object_attributes.work_in_progress", in: &$0)
            TestSupport.set(true, at: "object_attributes.\(field)", in: &$0)
        }
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(delivery))?.contains("draft") == true)
        let pr = try TestSupport.pullRequest(try GitLabWebhook.decode(delivery, options: .init(reviewDrafts: true)))
        #expect(pr.isDraft)
    }

    @Test(arguments: ["close", "merge", "approved", "unapproved"])
    func otherActionsAreIgnored(action: String) throws {
        let delivery = try TestSupport.edited(Self.openFixture) {
            TestSupport.set(action, at: "object_attributes.action", in: &$0)
        }
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(delivery))?.contains(action) == true)
    }

    @Test func noteOnMergeRequest() throws {
        let fixture = Fixtures.fixture(.gitlab, "note_hook_merge_request.docs-example.json")
        let comment = try TestSupport.comment(try GitLabWebhook.decode(fixture.delivery))
        #expect(comment.host == .gitlab)
        #expect(comment.pullRequestNumber == 1)
        #expect(comment.commentID == 1244)
        #expect(comment.body == "This MR needs work.")
        #expect(comment.author == "root")
        #expect(comment.action == .created)
        #expect(comment.position == nil)
        #expect(comment.repository.fullPath == "gitlab-org/gitlab-test")
    }

    @Test func diffNoteHasPositionAndDiscussion() throws {
        let fixture = Fixtures.fixture(.gitlab, "extra/drone-go-scm/review_comment_create.json")
        let comment = try TestSupport.comment(try GitLabWebhook.decode(fixture.delivery))
        #expect(comment.body == "check spelling")
        #expect(comment.author == "sytses")
        #expect(comment.commentID == 50772639)
        #expect(comment.discussionID == "e2d22c5e7bc2dda3d55f3ddc6d48b65326e2612b")
        #expect(comment.position == .init(
            path: "README.md", line: 1, side: .new, commitSHA: "c4c79227ed610f1151f05bbc5be33b4f340d39c8"
        ))
    }

    @Test func editedNoteIsEdited() throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.gitlab, "note_hook_merge_request.docs-example.json")) {
            TestSupport.set("update", at: "object_attributes.action", in: &$0)
        }
        #expect(try TestSupport.comment(try GitLabWebhook.decode(delivery)).action == .edited)
    }

    @Test(arguments: ["Issue", "Commit", "Snippet"])
    func noteOnOtherThingsIsIgnored(noteable: String) throws {
        let delivery = try TestSupport.edited(Fixtures.fixture(.gitlab, "note_hook_merge_request.docs-example.json")) {
            TestSupport.set(noteable, at: "object_attributes.noteable_type", in: &$0)
        }
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(delivery))?.contains(noteable) == true)
    }

    @Test func systemHookDispatchesOnObjectKind() throws {
        var delivery = Self.openFixture.delivery
        delivery.headers = ["X-Gitlab-Event": "System Hook"]
        #expect(try TestSupport.pullRequest(try GitLabWebhook.decode(delivery)).number == 1)
        let push = TestSupport.delivery(.gitlab, event: "System Hook", body: #"{"object_kind": "push"}"#)
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(push))?.contains("push") == true)
    }

    @Test(arguments: ["Push Hook", "Pipeline Hook", "Job Hook", "Issue Hook"])
    func otherHooksAreIgnored(event: String) throws {
        let delivery = TestSupport.delivery(.gitlab, event: event, body: #"{"object_kind": "x"}"#)
        #expect(TestSupport.ignoredReason(try GitLabWebhook.decode(delivery))?.contains(event) == true)
    }
}
