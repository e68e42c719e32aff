import Expertise
import ExpertisePostgres
import Foundation
import Logging

extension ExpertiseOptions {
    /// Where `serve` keeps the memories with the same `--config`, environment and `--data`.
    func stores() throws -> AppConfiguration {
        let flags = data.map { ["data_dir": (value: $0, flag: "--data")] } ?? [:]
        let report = AppConfiguration.load(file: config.file, environment: ProcessInfo.processInfo.environment, flags: flags)
        do {
            return try report.validatedForStores()
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// Runs `body` with the store `serve` uses: with `queue: postgres://...` the database, whose every update the
    /// replicas see (a file written beside it would be overwritten by the next review); else the YAML files.
    func withStore<T: Sendable>(_ body: (any ExpertiseStore) async throws -> T) async throws -> T {
        let configuration = try stores()
        guard case .postgres(let url) = configuration.queue, file == nil else {
            return try await body(FileExpertiseStore(dataDirectory: configuration.dataDirectory))
        }
        var logger = Logger(label: "backend-review.expertise") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let database: PostgresExpertiseStore
        do {
            database = try await PostgresExpertiseStore.open(
                url: url, dataDirectory: configuration.dataDirectory, maximumConnections: 1, logger: logger)
        } catch {
            throw CLIError("cannot open the expertise memory: \(error)")
        }
        do {
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    /// The memory as the server sees it: from the database when it keeps it there, else the file (a broken file is
    /// an error naming the file and line).
    func currentMemory() async throws -> (path: String, memory: ExpertiseMemory) {
        guard case .postgres = try stores().queue, file == nil else { return try memory() }
        let location = memoryLocation
        let loaded = try await withStore { try await $0.load(location) }
        if let problem = loaded.problem { throw CLIError("\(problem)") }
        guard let memory = loaded.memory else {
            throw CLIError("no expertise memory for \(repo ?? "") in the database yet: the server writes it after the first review")
        }
        return (try path(), memory)
    }
}
