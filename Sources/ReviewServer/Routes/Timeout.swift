/// The queue did not answer within the allowed time.
struct TimeoutError: Error {}

/// Runs `operation`, giving up with ``TimeoutError`` after `timeout` so a stuck store can't hang a probe.
func withTimeout<Value: Sendable>(
    _ timeout: Duration, _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TimeoutError()
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw TimeoutError() }
        return value
    }
}
