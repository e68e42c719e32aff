import Hosts
import Hummingbird
import JobQueue
import Logging
import Metrics
import Prometheus

/// Builds the intake server: webhook routes, `/healthz`, `/readyz` and `/metrics`.
///
/// The application is a ServiceLifecycle `Service`: run it in a `ServiceGroup` with the worker, and SIGTERM or
/// SIGINT stop intake (no new connections, in-flight requests finish) while the worker drains.
///
/// ```swift
/// let registry = PrometheusCollectorRegistry()
/// let app = try makeApplication(settings: settings, queue: queue, registry: registry, logger: logger)
/// let group = ServiceGroup(configuration: .init(
///     services: [app, worker], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
/// try await group.run()
/// ```
///
/// - Parameters:
///   - settings: validated here; invalid settings throw every problem at once.
///   - queue: where jobs are stored; `/readyz` pings it and `/metrics` reads its stats.
///   - registry: the registry `/metrics` serves.
///   - metricsFactory: where the delivery counters and queue gauges go; by default a
///     `PrometheusMetricsFactory` over `registry`. No global `MetricsSystem.bootstrap` is needed.
///   - logger: the server's logger; each request's logger adds `hb.request.id`.
///   - onServerRunning: called with the bound port once the server listens (useful with port 0).
public func makeApplication(
    settings: ServerSettings,
    queue: any JobQueue,
    registry: PrometheusCollectorRegistry,
    metricsFactory: (any MetricsFactory)? = nil,
    logger: Logger,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) throws(ServerSettingsError) -> some ApplicationProtocol {
    try settings.validate()
    for host in HostKind.allCases where settings.host(host).acceptsUnsigned {
        logger.warning(
            "webhooks are accepted without a signature check (allow_unsigned): anyone who can reach this server can queue reviews",
            metadata: ["webhook.host": .string(host.rawValue)]
        )
    }
    let metrics = ServerMetrics(factory: metricsFactory ?? PrometheusMetricsFactory(registry: registry))
    let intake = WebhookIntake(settings: settings, queue: queue, metrics: metrics)
    let router = Router(context: BasicRequestContext.self)
    WebhookRoutes.add(to: router, intake: intake)
    OperationsRoutes.add(
        to: router, queue: queue, registry: registry, metrics: metrics, timeout: settings.readinessTimeout
    )
    let port = settings.port
    return Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname(settings.bindAddress, port: settings.port)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger
    )
}
