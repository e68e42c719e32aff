extension ModelAnalyst {
    typealias Outcome = Result<LLMCompletion, LLMError>

    /// Sends `requests`, at most `settings.maxConcurrency` at a time, and stops waiting at `deadline`: requests
    /// still running are cancelled and requests not yet started are not sent.
    func send(_ requests: [LLMRequest], deadline: ContinuousClock.Instant) async -> [Outcome] {
        await withTaskGroup(of: [Outcome]?.self) { group in
            group.addTask { await sendWindowed(requests, deadline: deadline) }
            group.addTask {
                // The client gives up at the deadline itself; this guards against one that does not.
                try? await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            var outcomes: [Outcome]?
            for await value in group {
                group.cancelAll()
                if let value { outcomes = value }
            }
            return outcomes ?? requests.map { _ in .failure(Self.deadlineError) }
        }
    }

    private func sendWindowed(_ requests: [LLMRequest], deadline: ContinuousClock.Instant) async -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: requests.count)
        let client = client
        await withTaskGroup(of: (Int, Outcome).self) { group in
            @Sendable func sendOne(_ index: Int) async -> (Int, Outcome) {
                guard !Task.isCancelled, ContinuousClock.now < deadline else {
                    return (index, .failure(Self.deadlineError))
                }
                do throws(LLMError) {
                    return (index, .success(try await client.complete(requests[index], deadline: deadline)))
                } catch {
                    return (index, .failure(Task.isCancelled ? Self.deadlineError : error))
                }
            }
            var next = 0
            while next < min(max(1, settings.maxConcurrency), requests.count) {
                let index = next
                group.addTask { await sendOne(index) }
                next += 1
            }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                if next < requests.count {
                    let index = next
                    group.addTask { await sendOne(index) }
                    next += 1
                }
            }
        }
        return outcomes.map { $0 ?? .failure(Self.deadlineError) }
    }

    static let deadlineError = LLMError(kind: .deadline, message: "the model analysis ran out of time")
}
