/// How a worker pool claims and runs jobs.
public struct WorkerSettings: Sendable, Hashable {
    /// Jobs run at once by this process.
    public var concurrency: Int
    /// How long a claim holds a job; a heartbeat extends it every third of it while the job runs.
    public var lease: Duration
    /// How often an idle slot looks for work (intake also wakes the pool at once).
    public var pollInterval: Duration
    /// On shutdown, in-flight jobs get this long to finish before they are released back to the queue.
    public var shutdownGrace: Duration
    /// This process's lease owner name (host name and pid make it unique across replicas).
    public var workerID: String

    /// Creates settings.
    public init(
        concurrency: Int = 2, lease: Duration = .seconds(300), pollInterval: Duration = .milliseconds(200),
        shutdownGrace: Duration = .seconds(25), workerID: String
    ) {
        self.concurrency = concurrency
        self.lease = lease
        self.pollInterval = pollInterval
        self.shutdownGrace = shutdownGrace
        self.workerID = workerID
    }
}
