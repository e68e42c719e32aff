/// The circuit breaker's decisions, as a pure state machine: after `threshold` consecutive failed requests it
/// opens for `cooldown` (requests fail fast, nothing is sent); then it lets one probe through (half-open); a
/// success closes it, a failure opens it again.
struct CircuitBreaker: Sendable {
    enum Phase: Sendable, Hashable {
        case closed(consecutiveFailures: Int)
        case open(until: ContinuousClock.Instant)
        case halfOpen(probing: Bool)
    }

    /// Whether a request may be sent.
    enum Admission: Sendable, Hashable {
        case allowed
        /// The one request of the half-open state.
        case probe
        case rejected(retryIn: Duration)
    }

    /// How a sent request ended, for the breaker.
    enum Outcome: Sendable, Hashable {
        case success
        /// A failure that says the provider is unwell (429, 5xx, timeout, network, bad key, garbage).
        case failure
        /// Neither: a request-specific rejection, the review's own deadline, a cancellation.
        case neutral
    }

    /// A change worth logging and exporting.
    enum Transition: Sendable, Hashable {
        case opened
        case closed
    }

    let threshold: Int
    let cooldown: Duration
    private(set) var phase: Phase = .closed(consecutiveFailures: 0)

    init(threshold: Int, cooldown: Duration) {
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
    }

    /// Whether a request may go now.
    mutating func admit(now: ContinuousClock.Instant) -> Admission {
        switch phase {
        case .closed:
            return .allowed
        case .open(let until):
            guard now >= until else { return .rejected(retryIn: until - now) }
            phase = .halfOpen(probing: true)
            return .probe
        case .halfOpen(let probing):
            if probing { return .rejected(retryIn: .zero) }
            phase = .halfOpen(probing: true)
            return .probe
        }
    }

    /// Records how a request ended; returns the transition it caused.
    mutating func record(_ outcome: Outcome, now: ContinuousClock.Instant) -> Transition? {
        switch (outcome, phase) {
        case (.success, .closed):
            phase = .closed(consecutiveFailures: 0)
            return nil
        case (.success, _):
            phase = .closed(consecutiveFailures: 0)
            return .closed
        case (.failure, .closed(let failures)):
            guard failures + 1 >= threshold else {
                phase = .closed(consecutiveFailures: failures + 1)
                return nil
            }
            phase = .open(until: now + cooldown)
            return .opened
        case (.failure, .halfOpen):
            phase = .open(until: now + cooldown)
            return .opened
        case (.failure, .open):
            // A request sent before the breaker opened: it is open already.
            return nil
        case (.neutral, .halfOpen):
            // The probe told nothing; let the next request probe.
            phase = .halfOpen(probing: false)
            return nil
        case (.neutral, _):
            return nil
        }
    }
}
