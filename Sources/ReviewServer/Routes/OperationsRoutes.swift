import Hummingbird
import JobQueue
import Prometheus

/// `GET /healthz`, `GET /readyz` and `GET /metrics`.
enum OperationsRoutes {
    static func add(
        to router: Router<BasicRequestContext>, queue: any JobQueue, registry: PrometheusCollectorRegistry,
        metrics: ServerMetrics, timeout: Duration
    ) {
        // The process answers: enough for a liveness probe, which must not restart the server for a slow disk.
        router.get("healthz") { _, _ in
            text("ok\n", status: .ok)
        }
        router.get("readyz") { _, context in
            do {
                try await withTimeout(timeout) { try await queue.ping() }
                return text("ready\n", status: .ok)
            } catch {
                context.logger.warning("not ready: the queue did not answer", metadata: [
                    "error.type": .string(String(describing: type(of: error))),
                ])
                return text("not ready: the queue did not answer\n", status: .serviceUnavailable)
            }
        }
        router.get("metrics") { _, context in
            do {
                metrics.recordQueue(try await withTimeout(timeout) { try await queue.stats() })
            } catch {
                // Still serve the counters; the queue gauges keep their last values.
                context.logger.warning("queue stats unavailable for /metrics", metadata: [
                    "error.type": .string(String(describing: type(of: error))),
                ])
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
    }

    static func text(_ value: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: value))
        )
    }
}
