import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hosts
import Logging
import ReviewCore
import ReviewService

/// `backend-review replay`: runs the whole pipeline on a saved delivery.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Run the review pipeline on a saved webhook delivery.",
        discussion: """
            The payload is a delivery's body as the host sent it. Its signature is not checked: a replay is \
            something the operator runs on purpose.

            Without --diff the replay talks to the host's API as `serve` would (--config, BACKEND_REVIEW_* \
            variables): a pull-request delivery is reviewed and published, a comment delivery runs its \
            `@backend-review` command, and the repository's expertise memory under --data is read and updated \
            (--no-memory leaves it alone).

            With --diff (and --root for the head contents) the diff and files come from disk and the requests \
            the bot would send are printed, not sent; nothing is written to the memory. --dry-run says so \
            explicitly (it needs --diff, since a dry run cannot fetch the pull request either).

            Examples:
              backend-review replay webhooks/github/sample-pull-request.json --host github \\
                --diff webhooks/sample-pr/change.diff --root webhooks/sample-pr/head --dry-run
              backend-review replay saved-comment.json --host github --event issue_comment --config bot.yml
            """
    )

    @Argument(help: "The saved delivery body (JSON; Gitea form bodies are accepted too).")
    var payload: String

    @Option(name: .long, help: "The host that sent it: github|gitlab|gitea.")
    var host: HostKind

    @Option(name: .long, help: "The event header value (default: the host's pull-request event).")
    var event: String?

    @Option(name: .long, help: "A unified diff to review instead of fetching the pull request's diff.")
    var diff: String?

    @Option(name: .long, help: "A checkout holding the head contents, with --diff.")
    var root: String?

    @Option(name: .long, help: "A directory of checklist YAML files (default: the bundled checklists).")
    var checklists: String?

    @Flag(name: .customLong("dry-run"), help: "Print the requests that would be sent; send none.")
    var dryRun = false

    @Flag(name: .customLong("drafts"), help: "Review the pull request even if it is a draft.")
    var drafts = false

    @OptionGroup var config: ConfigFileOption

    @Option(name: .long, help: "The data directory holding the expertise memories (default: the configuration's data_dir).")
    var data: String?

    @Flag(name: .customLong("no-memory"), help: "Neither read nor update the expertise memory.")
    var noMemory = false

    func validate() throws {
        if dryRun && diff == nil {
            throw ValidationError("--dry-run needs --diff (and --root): a dry run sends no request, so it cannot fetch the pull request")
        }
        if root != nil && diff == nil { throw ValidationError("--root goes with --diff") }
    }

    func run() async throws {
        guard let body = FileManager.default.contents(atPath: payload) else {
            throw CLIError("cannot read \(payload): no such file or not readable")
        }
        let eventName = event ?? Self.defaultEvent(host)
        var pairs = WebhookDelivery.eventNameHeaders(for: host).map { ($0, eventName) }
        if host == .gitea && body.first != UInt8(ascii: "{") { pairs.append(("Content-Type", "application/x-www-form-urlencoded")) }
        let headers = WebhookHeaders(pairs)
        let delivery = WebhookDelivery(host: host, headers: headers, body: body)
        let decoded: WebhookEvent
        do {
            decoded = try WebhookDecoder.decode(delivery, options: DecodeOptions(reviewDrafts: drafts))
        } catch {
            throw CLIError("\(payload): \(error)")
        }
        guard let diff else {
            try await replayAgainstHost(decoded)
            return
        }
        guard case .pullRequest(let pullRequest) = decoded else {
            throw CLIError("\(payload) is not a delivery that starts a review (\(Self.describe(decoded))); nothing to replay offline")
        }
        guard let diffData = FileManager.default.contents(atPath: diff) else {
            throw CLIError("cannot read \(diff): no such file or not readable")
        }
        if let root { try DirectoryContentSource.checkExists(root) }
        let writes = DryRunHost(kind: host) { text in FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
        let local = LocalPullRequestHost(
            kind: host, event: pullRequest, diffBytes: [UInt8](diffData), root: root.map(DirectoryContentSource.init),
            writes: writes)
        let catalog = try CatalogProvider(catalog: CatalogLoader.load(directory: checklists))
        let pipeline = ReviewPipeline(
            hosts: StaticHostResolver([host: local]), catalog: catalog,
            settings: PipelineSettings(reviewDrafts: drafts))
        let logger = Logger(label: "backend-review.replay")
        let outcome = try await pipeline.review(pullRequest, logger: logger)
        let line = outcome.skipped.map { "skipped: \($0)" }
            ?? "\(outcome.findings) findings, \(outcome.posted) inline comments, summary \(outcome.summaryUpdated ? "updated" : "created")"
        FileHandle.standardError.write(Data("replay \(pullRequest.ref.key): \(line)\n".utf8))
    }

    static func defaultEvent(_ host: HostKind) -> String {
        host == .gitlab ? "Merge Request Hook" : "pull_request"
    }

    static func describe(_ event: WebhookEvent) -> String {
        switch event {
        case .pullRequest: "pull request"
        case .comment: "a comment"
        case .ping: "a ping"
        case .ignored(let reason): "ignored: \(reason)"
        }
    }
}

extension HostKind: ExpressibleByArgument {}
