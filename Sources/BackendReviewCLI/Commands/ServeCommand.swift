import ArgumentParser
import AsyncHTTPClient
import Foundation
import JobQueue
import LLMReview
import Logging
import Metrics
import Prometheus
import ReviewServer
import ReviewService
import ServiceLifecycle

/// `backend-review serve`: the webhook receiver, the durable queue and the review workers in one process.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Receive webhooks, queue them durably and review pull requests.",
        discussion: """
            Configuration: --config FILE, overridden by BACKEND_REVIEW_* environment variables (see \
            docs/configuration.md; `backend-review config check` explains problems). With only a webhook secret \
            set, serve starts on safe defaults.
            Signals: SIGTERM/SIGINT stop intake and let jobs in flight finish (or release them back to the \
            queue); SIGHUP reloads --checklists.
            """
    )

    @OptionGroup var config: ConfigFileOption

    @Option(name: .long, help: "The port to listen on (0: any free port; the chosen one is logged).")
    var port: Int?

    @Option(name: .long, help: "The data directory (queue.sqlite and the expertise memories live there).")
    var data: String?

    @Option(name: .long, help: "A directory of checklist YAML files (default: the bundled checklists).")
    var checklists: String?

    @Flag(name: .customLong("no-worker"), help: "Only receive and queue deliveries; another process reviews them.")
    var noWorker = false

    func run() async throws {
        var flags: [String: (value: String, flag: String)] = [:]
        if let port { flags["server.port"] = (String(port), "--port") }
        if let data { flags["data_dir"] = (data, "--data") }
        if let checklists { flags["checklists"] = (checklists, "--checklists") }
        let report = AppConfiguration.load(file: config.file, environment: ProcessInfo.processInfo.environment, flags: flags)
        let configuration: AppConfiguration
        do {
            configuration = try report.validated()
        } catch {
            throw CLIError("\(error)")
        }
        let format = configuration.server.logFormat
        let level = configuration.server.logLevel
        LoggingSystem.bootstrap { label in format.makeHandler(label: label, level: level) }
        let logger = Logger(label: "backend-review")
        for warning in report.warnings { logger.warning("\(warning)") }

        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        logger.info("stores", metadata: ["queue": "\(configuration.queue)", "data_dir": "\(configuration.dataDirectory)"])
        let store = try await configuration.openQueue(logger: logger)
        let opened: OpenedMemory?
        do {
            opened = noWorker ? nil : try await configuration.openReviewMemory(logger: logger)
        } catch {
            try? await store.close()
            throw error
        }
        let signal = WakeSignal()
        let queue = WakingQueue(base: store, signal: signal)
        let catalog: CatalogProvider
        do {
            catalog = try CatalogProvider(directory: configuration.checklistsDirectory)
        } catch {
            throw CLIError("invalid checklists: \(error)")
        }
        // A refused connection fails after the connect timeout instead of retrying until the request deadline.
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(timeout: .init(connect: .seconds(5), read: .seconds(60))))
        // The model's API gets its own client: see LLMSettings.makeHTTPClient.
        let llmClient = configuration.llm.map { _ in LLMSettings.makeHTTPClient() }
        var services: [any Service] = []
        do {
            let resolver = try ConfiguredHostResolver(configuration: configuration, httpClient: httpClient, logger: logger)
            let bind = configuration.server.bind
            let app = try makeApplication(
                settings: configuration.serverSettings, queue: queue, registry: registry, logger: logger,
                onServerRunning: { port in
                    logger.info("listening", metadata: ["server.address": "\(bind):\(port)"])
                    FileHandle.standardError.write(Data("backend-review: listening on \(bind):\(port)\n".utf8))
                })
            services.append(app)
            if !noWorker {
                let memory = opened?.memory
                let pipeline = ReviewPipeline(
                    hosts: resolver, catalog: catalog,
                    settings: PipelineSettings(failOn: configuration.review.failOn, reviewDrafts: configuration.review.drafts),
                    memory: memory, analyst: llmClient.flatMap { client in configuration.llm?.analyst(httpClient: client, logger: logger) })
                let comments: any CommentHandler = memory.map {
                    ExpertiseCommandHandler(
                        hosts: resolver, catalog: catalog, memory: $0, reviews: QueueReviewRequester(queue: queue),
                        mention: configuration.memory.mention)
                } ?? LoggingCommentHandler()
                let worker = ReviewWorker(
                    queue: queue, handler: ReviewJobHandler(pipeline: pipeline, comments: comments),
                    settings: WorkerSettings(
                        concurrency: configuration.worker.concurrency, lease: configuration.lease,
                        workerID: "\(ProcessInfo.processInfo.hostName):\(getpid())"),
                    logger: logger, signal: signal)
                services.append(WorkerService(worker: worker))
            }
            services.append(ChecklistReloadService(catalog: catalog, logger: logger))
            let group = ServiceGroup(
                configuration: ServiceGroupConfiguration(
                    services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                    gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
        } catch {
            try? await httpClient.shutdown()
            try? await llmClient?.shutdown()
            await opened?.close()
            try? await store.close()
            throw error
        }
        try await httpClient.shutdown()
        try await llmClient?.shutdown()
        await opened?.close()
        try await store.close()
        logger.info("stopped")
    }
}
