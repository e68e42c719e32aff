import ArgumentParser
import Foundation
import JobQueue
import Logging

/// `backend-review jobs`: look at and repair the job queue, while the server runs or not.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "List, inspect, retry and purge the server's queued review jobs.",
        discussion: "Safe while `serve` runs: the queue file is shared between processes.",
        subcommands: [JobsList.self, JobsShow.self, JobsRetry.self, JobsPurge.self]
    )
}

/// `--config FILE` and `--data DIR`, shared by every `jobs` subcommand: the queue is the one `serve` uses with the
/// same configuration (`DATA/queue.sqlite`, or the database in `queue:` / `BACKEND_REVIEW_DATABASE_URL`).
struct JobsOptions: ParsableArguments {
    @OptionGroup var config: ConfigFileOption

    @Option(name: .long, help: "The server's data directory (as in `serve --data`); the SQLite queue is DIR/queue.sqlite.")
    var data: String?

    /// Opens the existing queue; a missing SQLite file is a usage error, not a new empty queue.
    func openQueue() async throws -> any JobQueue {
        let flags = data.map { ["data_dir": (value: $0, flag: "--data")] } ?? [:]
        let report = AppConfiguration.load(file: config.file, environment: ProcessInfo.processInfo.environment, flags: flags)
        let configuration: AppConfiguration
        do {
            configuration = try report.validatedForStores()
        } catch {
            throw CLIError("\(error)")
        }
        if case .sqlite = configuration.queue {
            let path = URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent(SQLiteJobQueue.defaultFileName).path
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError(
                    "no job queue at \(path): pass --data DIR, the directory `serve --data` uses (or the database: --config FILE or BACKEND_REVIEW_DATABASE_URL)")
            }
        }
        var logger = Logger(label: "backend-review.jobs") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        return try await configuration.openQueue(logger: logger)
    }

    /// Runs `body` with the queue open and closes it afterwards, whatever happens.
    func withQueue<T>(_ body: (any JobQueue) async throws -> T) async throws -> T {
        let queue = try await openQueue()
        do {
            let result = try await body(queue)
            try await queue.close()
            return result
        } catch let error as JobQueueError {
            try? await queue.close()
            throw CLIError(error.description)
        } catch {
            try? await queue.close()
            throw error
        }
    }
}

/// `jobs list`: a table of jobs, newest first.
struct JobsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List jobs, newest first.")

    @OptionGroup var options: JobsOptions

    @Option(name: .long, help: "Only jobs in these states (repeat or comma-separate): \(JobsStates.names).")
    var state: [String] = []

    @Option(name: .long, help: "At most this many jobs.")
    var limit = 50

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        _ = try JobsStates.parse(state)
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let states = try JobsStates.parse(state)
        let jobs = try await options.withQueue { try await $0.list(states: states.isEmpty ? nil : states, limit: limit) }
        print(json ? JobsOutput.json(jobs.map { JobsOutput.fields($0, payload: false) }) : JobsOutput.table(jobs, now: Date()))
    }
}

/// `jobs show ID`: every field of one job, with its payload.
struct JobsShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one job; a JSON payload is pretty-printed."
    )

    @OptionGroup var options: JobsOptions

    @Argument(help: "The job id (from `jobs list`).")
    var id: Int64

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() async throws {
        guard let job = try await options.withQueue({ try await $0.job(id) }) else {
            throw CLIError("no job \(id) in the queue; `jobs list` shows the ids")
        }
        print(json ? JobsOutput.json(JobsOutput.fields(job, payload: true)) : JobsOutput.details(job, now: Date()))
    }
}

/// `jobs retry ID`: a dead (or done) job goes back to the queue with its attempts reset.
struct JobsRetry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry", abstract: "Queue a dead or done job again, with its attempts reset."
    )

    @OptionGroup var options: JobsOptions

    @Argument(help: "The job id (from `jobs list --state dead`).")
    var id: Int64

    func run() async throws {
        let id = self.id
        try await options.withQueue { queue in
            if try await queue.retry(id) { return }
            guard let job = try await queue.job(id) else {
                throw CLIError("no job \(id) in the queue; `jobs list` shows the ids")
            }
            throw CLIError("job \(id) is \(job.state.rawValue); only dead or done jobs can be retried")
        }
        print("job \(id) queued again")
    }
}

/// `jobs purge --state S [--older-than AGE]`: deletes finished jobs.
struct JobsPurge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge", abstract: "Delete finished jobs (done, dead, superseded), optionally only old ones."
    )

    @OptionGroup var options: JobsOptions

    @Option(name: .long, help: "States to delete (repeat or comma-separate): done, dead, superseded.")
    var state: [String] = []

    @Option(name: .customLong("older-than"), help: "Only jobs last changed longer ago than this: 30m, 12h, 7d, 90s.")
    var olderThan: String?

    func validate() throws {
        let states = try JobsStates.parse(state)
        guard !states.isEmpty else { throw ValidationError("give the states to purge: --state done,dead,superseded") }
        let live = states.intersection([.queued, .running])
        guard live.isEmpty else {
            throw ValidationError(
                "--state \(live.map(\.rawValue).sorted().joined(separator: ",")) would delete work not finished yet; "
                    + "purge only done, dead or superseded jobs"
            )
        }
        if let olderThan { _ = try Self.age(olderThan) }
    }

    func run() async throws {
        let states = try JobsStates.parse(state)
        let cutoff = try olderThan.map { Date().addingTimeInterval(-(try Self.age($0))) }
        let count = try await options.withQueue { try await $0.purge(states: states, olderThan: cutoff) }
        print("purged \(count) job(s)")
    }

    /// `30m`, `12h`, `7d`, `90s` in seconds.
    static func age(_ text: String) throws -> TimeInterval {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        guard let unit = text.last.flatMap({ units[$0] }), let value = Double(text.dropLast()), value >= 0 else {
            throw ValidationError("--older-than \(text): give a number and a unit, like 30m, 12h or 7d")
        }
        return value * unit
    }
}

/// Parses `--state` values: repeated and/or comma-separated state names.
enum JobsStates {
    static let names = JobState.allCases.map(\.rawValue).joined(separator: ", ")

    static func parse(_ values: [String]) throws -> Set<JobState> {
        var states = Set<JobState>()
        for name in values.flatMap({ $0.split(separator: ",") }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let state = JobState(rawValue: trimmed) else {
                throw ValidationError("unknown state '\(trimmed)': use \(names)")
            }
            states.insert(state)
        }
        return states
    }
}
