import AsyncHTTPClient
import Foundation
import Hosts
import LLMReview
import Logging
import ReviewService

extension ReplayCommand {
    /// Runs the delivery against the host's API with `serve`'s configuration: a review is published, a comment
    /// command answered, and the repository's memory read and updated like the server does.
    func replayAgainstHost(_ decoded: WebhookEvent) async throws {
        var flags: [String: (value: String, flag: String)] = [:]
        if let data { flags["data_dir"] = (data, "--data") }
        if let checklists { flags["checklists"] = (checklists, "--checklists") }
        let report = AppConfiguration.load(file: config.file, environment: ProcessInfo.processInfo.environment, flags: flags)
        let configuration: AppConfiguration
        do {
            configuration = try report.validatedForAPI()
        } catch {
            throw CLIError("\(error)")
        }
        let logger = Logger(label: "backend-review.replay")
        let catalog = try CatalogProvider(catalog: CatalogLoader.load(directory: configuration.checklistsDirectory))
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
        let llmClient = LLMSettings.makeHTTPClient()
        let opened: OpenedMemory?
        do {
            opened = noMemory ? nil : try await configuration.openReviewMemory(logger: logger)
        } catch {
            try? await httpClient.shutdown()
            try? await llmClient.shutdown()
            throw error
        }
        do {
            let resolver = try ConfiguredHostResolver(configuration: configuration, httpClient: httpClient, logger: logger)
            let settings = PipelineSettings(failOn: configuration.review.failOn, reviewDrafts: drafts || configuration.review.drafts)
            let memory = opened?.memory
            let pipeline = ReviewPipeline(
                hosts: resolver, catalog: catalog, settings: settings, memory: memory,
                analyst: configuration.llm?.analyst(httpClient: llmClient, logger: logger))
            switch decoded {
            case .pullRequest(let pullRequest):
                let outcome = try await pipeline.review(pullRequest, logger: logger)
                let line = outcome.skipped.map { "skipped: \($0)" }
                    ?? "\(outcome.findings) findings, \(outcome.posted) inline comments, \(outcome.suppressedByMemory) suppressed by the memory, summary \(outcome.summaryUpdated ? "updated" : "created")"
                FileHandle.standardError.write(Data("replay \(pullRequest.ref.key): \(line)\n".utf8))
            case .comment(let comment):
                guard let memory else {
                    throw CLIError("comment commands change the expertise memory; drop --no-memory (or set expertise.enabled)")
                }
                let handler = ExpertiseCommandHandler(
                    hosts: resolver, catalog: catalog, memory: memory, reviews: InlineReviewRequester(pipeline: pipeline),
                    mention: configuration.memory.mention)
                try await handler.handle(comment, logger: logger)
                FileHandle.standardError.write(Data("replay \(comment.ref.key): comment \(comment.commentID) handled\n".utf8))
            case .ping, .ignored:
                throw CLIError("\(payload) is \(Self.describe(decoded)); nothing to replay")
            }
        } catch {
            await opened?.close()
            try? await httpClient.shutdown()
            try? await llmClient.shutdown()
            throw error
        }
        await opened?.close()
        try await httpClient.shutdown()
        try await llmClient.shutdown()
    }
}

/// `review` commands in a replay run the review at once: there is no queue.
struct InlineReviewRequester: ReviewRequester {
    var pipeline: ReviewPipeline

    func requestReview(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, installationID: Int?, commentID: Int) async throws {
        let event = PullRequestEvent(rereviewOf: ref, snapshot: snapshot, installationID: installationID)
        _ = try await pipeline.review(event, task: "review-command:\(ref.host.rawValue):\(commentID)", logger: Logger(label: "backend-review.replay"))
    }
}
