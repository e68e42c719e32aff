import NIOConcurrencyHelpers

extension ModelClient {
    /// Asks the breaker whether a request may go; refuses with ``LLMError/Kind/circuitOpen`` (counted, logged at
    /// debug) while it is open.
    func admit() throws(LLMError) -> CircuitBreaker.Admission {
        let now = clock.now()
        let admission = breaker.withLockedValue { $0.admit(now: now) }
        if case .rejected(let retryIn) = admission {
            metrics.request(outcome: "circuit_open")
            logger.debug(
                "model request refused: circuit breaker open",
                metadata: ["llm.provider": "\(provider.name)", "llm.breaker.retry_in_ms": "\(milliseconds(retryIn))"]
            )
            throw LLMError(
                kind: .circuitOpen,
                message: "the model circuit breaker is open after \(settings.breakerThreshold) consecutive failures; "
                    + "next try in \(ClientTiming.describe(retryIn)) (llm.breaker_cooldown)"
            )
        }
        return admission
    }

    /// Tells the breaker how an admitted request ended; logs and exports a change of state.
    func settle(admission: CircuitBreaker.Admission, outcome: CircuitBreaker.Outcome) {
        let now = clock.now()
        guard let transition = breaker.withLockedValue({ $0.record(outcome, now: now) }) else { return }
        switch transition {
        case .opened:
            metrics.breaker(open: true)
            logger.warning(
                "model circuit breaker opened",
                metadata: [
                    "llm.provider": "\(provider.name)", "llm.breaker.threshold": "\(settings.breakerThreshold)",
                    "llm.breaker.cooldown_ms": "\(milliseconds(settings.breakerCooldown))",
                    "llm.breaker.probe": "\(admission == .probe)",
                ]
            )
        case .closed:
            metrics.breaker(open: false)
            logger.info("model circuit breaker closed", metadata: ["llm.provider": "\(provider.name)"])
        }
    }

    /// Waits for a request slot, until `deadline` at the latest (then ``LLMError/Kind/deadline``).
    func acquireSlot(before deadline: ContinuousClock.Instant) async throws(LLMError) {
        if slots.tryAcquire() { return }
        let slots = self.slots
        let clock = self.clock
        // Race the wait against the deadline. The waiter is cancelled when the timer wins; if it was granted a
        // slot in that instant it still reports `true`, and the slot is kept (and checked against the deadline).
        let acquired = await withTaskGroup(of: Bool?.self) { group in
            group.addTask {
                do {
                    try await slots.acquire()
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await clock.sleep(deadline - clock.now())
                return nil
            }
            while let next = await group.next() {
                if let acquired = next {
                    group.cancelAll()
                    return acquired
                }
                group.cancelAll()
            }
            return false
        }
        guard acquired else {
            throw Task.isCancelled
                ? LLMError(kind: .deadline, message: "the model analysis was cancelled")
                : LLMError(kind: .deadline, message: "the review's model deadline passed while waiting for a request slot")
        }
        if clock.now() >= deadline {
            slots.release()
            throw LLMError(kind: .deadline, message: "the review's model deadline passed while waiting for a request slot")
        }
    }

    func milliseconds(_ duration: Duration) -> Int64 {
        ClientTiming.nanoseconds(duration) / 1_000_000
    }
}
