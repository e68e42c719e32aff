import Foundation
import Hosts
import JobQueue
import Logging

/// Runs one claimed job. Throwing fails the attempt; the worker decides between retry and dead letter.
public protocol JobHandler: Sendable {
    /// Runs `job`.
    func handle(_ job: Job, logger: Logger) async throws
}

/// Receives comment events on pull requests (the expertise memory gives it commands).
public protocol CommentHandler: Sendable {
    /// Handles one comment.
    func handle(_ event: CommentEvent, logger: Logger) async throws
}

/// Records that a comment arrived; commands are not interpreted yet.
public struct LoggingCommentHandler: CommentHandler {
    /// Creates the handler.
    public init() {}

    public func handle(_ event: CommentEvent, logger: Logger) async throws {
        logger.info("comment received", metadata: [
            "review.pr": "\(event.ref.key)", "comment.id": "\(event.commentID)", "comment.action": "\(event.action.rawValue)",
        ])
    }
}

/// Decodes the job's stored webhook event and runs the pipeline or the comment handler.
public struct ReviewJobHandler: JobHandler {
    /// The review pipeline.
    public var pipeline: ReviewPipeline
    /// The comment handler.
    public var comments: any CommentHandler

    /// Creates the handler.
    public init(pipeline: ReviewPipeline, comments: any CommentHandler = LoggingCommentHandler()) {
        self.pipeline = pipeline
        self.comments = comments
    }

    public func handle(_ job: Job, logger: Logger) async throws {
        let event: WebhookEvent
        do {
            event = try JSONDecoder().decode(WebhookEvent.self, from: job.payload)
        } catch {
            throw ReviewServiceError.badPayload(job.id, error)
        }
        switch event {
        case .pullRequest(let pullRequest):
            var logger = logger
            logger[metadataKey: "review.pr"] = "\(pullRequest.ref.key)"
            let outcome: ReviewOutcome
            do {
                outcome = try await pipeline.review(pullRequest, task: "delivery:\(job.deliveryID)", logger: logger)
            } catch {
                await recordFailureIfFinal(job, error: error, ref: pullRequest.ref, logger: logger)
                throw error
            }
            if let reason = outcome.skipped {
                logger.info("review skipped", metadata: ["review.reason": "\(reason)"])
            } else {
                logger.info("review published", metadata: [
                    "review.head": "\(outcome.headSHA ?? "")", "review.findings": "\(outcome.findings)",
                    "review.posted": "\(outcome.posted)", "review.already_posted": "\(outcome.alreadyPosted)",
                    "review.resolved": "\(outcome.resolved)", "review.suppressed": "\(outcome.suppressedByMemory)",
                ])
            }
        case .comment(let comment):
            try await comments.handle(comment, logger: logger)
        case .ping, .ignored:
            break
        }
    }

    /// Seed §9: a failed task updates only `success_rate`, once, when the job will not be retried.
    private func recordFailureIfFinal(_ job: Job, error: any Error, ref: PullRequestRef, logger: Logger) async {
        guard let memory = pipeline.memory, !ReviewWorker.isRetryable(error) || job.attempts >= job.maxAttempts,
              !(error is CancellationError)
        else { return }
        await memory.recordFailure(ref: ref, taskKey: "failed:\(job.deliveryID)", logger: logger)
    }
}
