import Logging

extension FailOutcome {
    /// Tells the operator when a job ran out of attempts (or failed for good): it now waits in the dead letters for
    /// `backend-review jobs retry`. Both stores log it the same way.
    func log<Count: BinaryInteger>(job id: Int64, attempts: Count, retryable: Bool, to logger: Logger) {
        guard self == .dead else { return }
        logger.warning(
            "queue job dead", metadata: ["queue.job": "\(id)", "queue.attempts": "\(attempts)", "queue.retryable": "\(retryable)"])
    }
}
