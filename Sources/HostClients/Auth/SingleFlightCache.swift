import Foundation

/// Caches values that are expensive to fetch (installation tokens, installation ids) until they go stale, and
/// lets concurrent callers for one key share a single in-flight fetch.
actor SingleFlightCache<Key: Hashable & Sendable, Value: Sendable> {
    /// A fetched value and the moment it stops being served (`nil`: never).
    struct Entry: Sendable {
        var value: Value
        var staleAt: Date?
    }

    private var entries: [Key: Entry] = [:]
    private var inFlight: [Key: Task<Entry, any Error>] = [:]
    private(set) var fetchCount = 0

    /// The cached value for `key`, or the result of `fetch` (shared with every caller that arrives meanwhile).
    /// A failed fetch is not cached; the next caller tries again.
    func value(
        for key: Key, now: @escaping @Sendable () -> Date, fetch: @escaping @Sendable () async throws -> Entry
    ) async throws -> Value {
        if let entry = entries[key], entry.staleAt.map({ now() < $0 }) ?? true {
            return entry.value
        }
        if let running = inFlight[key] {
            return try await running.value.value
        }
        fetchCount += 1
        let task = Task { try await fetch() }
        inFlight[key] = task
        do {
            let entry = try await task.value
            entries[key] = entry
            inFlight[key] = nil
            return entry.value
        } catch {
            inFlight[key] = nil
            throw error
        }
    }

    /// Forgets `key`, after the host refused its value.
    func invalidate(_ key: Key) {
        entries[key] = nil
    }
}
