import Foundation
import Hosts
import JobQueue

/// Queues a new review of a pull request (the `@backend-review review` command).
public protocol ReviewRequester: Sendable {
    /// Queues a review of the pull request `snapshot` shows; `commentID` makes the request idempotent when the
    /// command is redelivered.
    func requestReview(
        _ ref: PullRequestRef, snapshot: PullRequestSnapshot, installationID: Int?, commentID: Int
    ) async throws
}

/// Enqueues a review job, so a requested review is durable and coalesced with pushes like any other.
public struct QueueReviewRequester: ReviewRequester {
    /// The job queue.
    public var queue: any JobQueue

    /// Creates the requester.
    public init(queue: any JobQueue) {
        self.queue = queue
    }

    public func requestReview(
        _ ref: PullRequestRef, snapshot: PullRequestSnapshot, installationID: Int?, commentID: Int
    ) async throws {
        let event = PullRequestEvent(rereviewOf: ref, snapshot: snapshot, installationID: installationID)
        let payload = try JSONEncoder().encode(WebhookEvent.pullRequest(event))
        _ = try await queue.enqueue(NewJob(
            deliveryID: "\(ref.host.rawValue):review-command-\(commentID)", kind: .review, coalesceKey: ref.key,
            payload: payload))
    }
}

extension PullRequestEvent {
    /// The event for a review someone asked for: the pull request as `snapshot` shows it now.
    public init(rereviewOf ref: PullRequestRef, snapshot: PullRequestSnapshot, installationID: Int?) {
        var repository = ref.repository
        if repository.defaultBranch == nil { repository.defaultBranch = snapshot.defaultBranch }
        self.init(
            host: ref.host, repository: repository, number: ref.number, title: snapshot.title, body: snapshot.body,
            author: snapshot.author, sender: nil, action: .synchronized,
            head: .init(ref: snapshot.headRef, sha: snapshot.headSHA), base: .init(ref: snapshot.baseRef, sha: snapshot.baseSHA),
            isDraft: snapshot.isDraft, htmlURL: nil, installationID: installationID)
    }
}
