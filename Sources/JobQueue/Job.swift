import Foundation

/// What a job does when a worker runs it.
public enum JobKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Review a pull request (payload: a pull-request event).
    case review
    /// Handle a comment on a pull request (payload: a comment event).
    case comment
}

/// Where a job is in its life.
public enum JobState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting to run, now or at ``Job/availableAt`` (a retry waiting out its backoff is `queued`).
    case queued
    /// Claimed by a worker whose lease has not expired yet.
    case running
    /// Finished successfully. Terminal.
    case done
    /// Failed ``Job/maxAttempts`` times, or failed for a reason retrying cannot fix. Retryable from the CLI.
    case dead
    /// Replaced by a newer job for the same pull request before it ran. Terminal.
    case superseded
}

/// A job to add to the queue.
public struct NewJob: Sendable, Hashable {
    /// The idempotency key: `<host>:<delivery id>`. A second enqueue with the same key is a no-op.
    public var deliveryID: String
    /// What to do.
    public var kind: JobKind
    /// Jobs with the same key run one at a time, and a newer queued `review` job replaces older queued ones
    /// (``PullRequestRef/key``). `nil`: no coalescing.
    public var coalesceKey: String?
    /// The encoded event (opaque to the queue).
    public var payload: Data
    /// Overrides the queue's default attempt limit.
    public var maxAttempts: Int?

    /// Creates a new job.
    public init(deliveryID: String, kind: JobKind, coalesceKey: String?, payload: Data, maxAttempts: Int? = nil) {
        self.deliveryID = deliveryID
        self.kind = kind
        self.coalesceKey = coalesceKey
        self.payload = payload
        self.maxAttempts = maxAttempts
    }
}

/// A stored job.
public struct Job: Sendable, Hashable, Codable {
    /// The queue's id, increasing with insertion order.
    public var id: Int64
    /// The idempotency key it was enqueued with.
    public var deliveryID: String
    /// What to do.
    public var kind: JobKind
    /// The coalescing key, if any.
    public var coalesceKey: String?
    /// The encoded event.
    public var payload: Data
    /// Where it is in its life.
    public var state: JobState
    /// How many times a worker has claimed it (a claim after an expired lease counts).
    public var attempts: Int
    /// After this many failed attempts it becomes ``JobState/dead``.
    public var maxAttempts: Int
    /// It is not claimed before this time (backoff).
    public var availableAt: Date
    /// The worker holding the lease, while running.
    public var leaseOwner: String?
    /// When the lease expires; after that another worker may claim it.
    public var leaseExpiresAt: Date?
    /// When it was enqueued.
    public var createdAt: Date
    /// When it last changed state.
    public var updatedAt: Date
    /// The last failure's message.
    public var lastError: String?
    /// The job that replaced it, when superseded.
    public var supersededBy: Int64?

    /// Creates a job (stores build these from rows).
    public init(
        id: Int64, deliveryID: String, kind: JobKind, coalesceKey: String?, payload: Data, state: JobState,
        attempts: Int, maxAttempts: Int, availableAt: Date, leaseOwner: String?, leaseExpiresAt: Date?,
        createdAt: Date, updatedAt: Date, lastError: String?, supersededBy: Int64?
    ) {
        self.id = id
        self.deliveryID = deliveryID
        self.kind = kind
        self.coalesceKey = coalesceKey
        self.payload = payload
        self.state = state
        self.attempts = attempts
        self.maxAttempts = maxAttempts
        self.availableAt = availableAt
        self.leaseOwner = leaseOwner
        self.leaseExpiresAt = leaseExpiresAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastError = lastError
        self.supersededBy = supersededBy
    }
}

/// What an enqueue did.
public enum EnqueueOutcome: Sendable, Hashable {
    /// Stored as a new job; `superseded` lists the queued jobs it replaced.
    case enqueued(id: Int64, superseded: [Int64])
    /// The delivery id was seen before; nothing changed.
    case duplicate(id: Int64)

    /// The job's id either way.
    public var id: Int64 {
        switch self {
        case .enqueued(let id, _), .duplicate(let id): id
        }
    }
}

/// What a failure did.
public enum FailOutcome: Sendable, Hashable {
    /// Queued again, not before `at`.
    case retrying(at: Date)
    /// Moved to ``JobState/dead``.
    case dead
    /// The worker no longer held the lease (it expired and someone else took the job); nothing changed.
    case leaseLost
}

/// Queue depth for `/metrics` and `/readyz`.
public struct QueueStats: Sendable, Hashable {
    /// Jobs per state (states with none are absent or 0).
    public var counts: [JobState: Int]
    /// Age in seconds of the oldest job that is queued and available now; `nil` when none is.
    public var oldestQueuedAge: Double?

    /// Creates stats.
    public init(counts: [JobState: Int], oldestQueuedAge: Double?) {
        self.counts = counts
        self.oldestQueuedAge = oldestQueuedAge
    }
}
