import Expertise
import ExpertisePostgres
import Foundation
import Logging
import ReviewService

/// An opened expertise memory and how to let go of its store.
struct OpenedMemory: Sendable {
    let memory: ReviewMemory
    let close: @Sendable () async -> Void
}

extension AppConfiguration {
    /// The expertise memory, or `nil` when `expertise.enabled` is false: YAML files under the data directory on one
    /// machine; with `queue: postgres://...` rows in that database, so replicas never lose an update, each write also
    /// materialised into the same YAML file.
    func openReviewMemory(logger: Logger) async throws -> OpenedMemory? {
        guard memory.enabled else { return nil }
        let store: any ExpertiseStore
        var close: @Sendable () async -> Void = {}
        switch queue {
        case .sqlite:
            store = FileExpertiseStore(dataDirectory: dataDirectory)
        case .postgres(let url):
            do {
                let database = try await PostgresExpertiseStore.open(
                    url: url, dataDirectory: dataDirectory, maximumConnections: 4, logger: logger)
                store = database
                close = { await database.close() }
            } catch {
                throw CLIError("cannot open the expertise memory: \(error)")
            }
        }
        let memory = ReviewMemory(store: store, settings: memory.settings, readTeamMemory: memory.teamMemory)
        return OpenedMemory(memory: memory, close: close)
    }
}
