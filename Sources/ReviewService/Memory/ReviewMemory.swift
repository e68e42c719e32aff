import Expertise
import Foundation
import Hosts
import Logging
import ReviewCore

/// The expertise memory as the service uses it: each reviewed repository has its own memory in the store, read
/// before every review (seed §4) and updated after it (seed §9); the repository's own
/// `ai_docs/expertise/domain-experts/backend.yaml` on its default branch is read too, never written.
///
/// A memory that cannot be read never stops a review: the problem becomes a note in the summary and a log line.
public struct ReviewMemory: Sendable {
    /// Where memories are kept.
    public var store: any ExpertiseStore
    /// Thresholds and caps.
    public var settings: ExpertiseSettings
    /// Whether the repository's own memory file is read from its default branch.
    public var readTeamMemory: Bool
    /// The clock (tests pin it).
    public var now: @Sendable () -> Date

    /// Creates the memory service.
    public init(
        store: any ExpertiseStore, settings: ExpertiseSettings = ExpertiseSettings(), readTeamMemory: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.settings = settings
        self.readTeamMemory = readTeamMemory
        self.now = now
    }

    /// The bot's memory for the repository of `ref`.
    public static func location(_ ref: PullRequestRef) -> MemoryLocation {
        .repository(host: ref.host.rawValue, path: ref.repository.fullPath)
    }

    /// Pre-Tarea: reads the bot's memory and the team's (from `branch`) and returns the guidance for this review.
    func guidance(
        host: any CodeHost, ref: PullRequestRef, branch: String, notes: inout [String], logger: Logger
    ) async -> MemoryGuidance {
        var own: ExpertiseMemory?
        do {
            let loaded = try await store.load(Self.location(ref))
            own = loaded.memory
            if let problem = loaded.problem {
                logger.error("expertise memory unreadable; it will be set aside", metadata: ["memory.error": "\(problem)"])
                notes.append(
                    "The expertise memory of this repository is unreadable (\(Self.place(problem))); it is set aside "
                        + "and a new one is started.")
            }
        } catch {
            logger.error("expertise memory could not be loaded", metadata: ["error": "\(error)"])
            notes.append("The expertise memory could not be read; this review ran without it.")
        }
        let team = readTeamMemory ? await teamMemory(host: host, ref: ref, branch: branch, notes: &notes, logger: logger) : nil
        return MemoryGuidance(
            own: own, team: team, settings: settings, repository: "\(ref.host.rawValue)/\(ref.repository.fullPath)")
    }

    private func teamMemory(
        host: any CodeHost, ref: PullRequestRef, branch: String, notes: inout [String], logger: Logger
    ) async -> ExpertiseMemory? {
        let path = ExpertiseMemory.relativePath
        do {
            guard let bytes = try await host.fileContents(ref.repository, path: path, ref: branch) else { return nil }
            return try MemoryCodec.decode(String(decoding: bytes, as: UTF8.self), path: path)
        } catch let error as MemoryDecodingError {
            notes.append("`\(path)` on \(branch) is invalid (\(Self.place(error))) and was not read.")
            logger.warning("team memory invalid", metadata: ["memory.error": "\(error)"])
        } catch {
            logger.warning("team memory unreadable", metadata: ["error": "\(error)"])
        }
        return nil
    }

    /// Post-Tarea after a published review. Throws when the memory cannot be written, so the job is retried (the
    /// publication is idempotent and `taskKey` keeps the memory from counting the review twice).
    func record(_ record: ExpertiseMemory.ReviewRecord, ref: PullRequestRef, logger: Logger) async throws {
        let settings = settings
        let now = now()
        let update = try await store.update(Self.location(ref), repositoryName: ref.repository.fullPath) { memory in
            memory.recordReview(record, settings: settings, now: now)
        }
        Self.log(update, logger: logger, what: "review")
    }

    /// A review that failed for good: only `success_rate` changes (seed §9: failed tasks are not learned from).
    func recordFailure(ref: PullRequestRef, taskKey: String?, logger: Logger) async {
        let settings = settings
        let now = now()
        do {
            let update = try await store.update(Self.location(ref), repositoryName: ref.repository.fullPath) { memory in
                memory.recordFailure(taskKey: taskKey, settings: settings, now: now)
            }
            Self.log(update, logger: logger, what: "failure")
        } catch {
            logger.error("could not record the failed review in the expertise memory", metadata: ["error": "\(error)"])
        }
    }

    /// Applies reviewer feedback under the store's lock.
    func apply(_ feedback: ReviewerFeedback, ref: PullRequestRef, logger: Logger) async throws -> FeedbackOutcome {
        let settings = settings
        let now = now()
        let update = try await store.update(Self.location(ref), repositoryName: ref.repository.fullPath) { memory in
            memory.apply(feedback, settings: settings, now: now)
        }
        Self.log(update, logger: logger, what: "feedback")
        return update.value
    }

    private static func log<T>(_ update: MemoryUpdate<T>, logger: Logger, what: String) {
        if let recovered = update.recovered {
            logger.error("expertise memory was corrupt; moved aside and restarted", metadata: [
                "memory.error": "\(recovered.error)", "memory.moved_to": "\(recovered.movedTo)",
            ])
        }
        logger.debug("expertise memory updated", metadata: ["memory.update": "\(what)", "memory.written": "\(update.written)"])
    }

    /// `backend.yaml line 7, column 3: message`, without the server's directories.
    static func place(_ error: MemoryDecodingError) -> String {
        let name = (error.path as NSString).lastPathComponent
        var text = name
        if let line = error.line { text += " line \(line)" }
        if let column = error.column { text += ", column \(column)" }
        return text + ": " + error.message
    }
}
