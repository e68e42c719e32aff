import AsyncHTTPClient
import Foundation
import Hosts
import Logging
import NIOCore
import NIOHTTP1

/// Sends requests to one host's REST API over a shared `HTTPClient`: base URL with a path, default headers,
/// a deadline per attempt, retries with backoff, rate-limit waits, pacing, metrics and one log line per failure.
///
/// The caller owns the `HTTPClient` and shuts it down. Copies share one pacer, so every adapter built on one
/// client paces together. Failures are thrown as ``HostAPIError``; neither errors nor logs carry headers
/// (tokens) or queries.
public struct HostHTTPClient: Sendable {
    /// The `host` label of metrics and logs (`github`, `gitlab`, `gitea`).
    public let host: String
    /// How requests are sent.
    public let configuration: HostHTTPConfiguration
    let baseURL: BaseURL
    let httpClient: HTTPClient
    let defaultHeaders: [(name: String, value: String)]
    let pacer: RequestPacer?
    let metrics: HostMetrics
    let logger: Logger

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - host: The metrics and log label of the host.
    ///   - baseURL: The API root, which may carry a path (`https://ghe.example/api/v3`).
    ///   - httpClient: The shared client; the caller shuts it down.
    ///   - configuration: Deadline, retries, pacing.
    ///   - defaultHeaders: Headers sent with every request (`Accept`, API version); not the credentials.
    ///   - logger: Where failures are logged.
    /// - Throws: ``HostClientConfigurationError`` when `baseURL` is not an absolute http(s) URL.
    public init(
        host: String, baseURL: String, httpClient: HTTPClient, configuration: HostHTTPConfiguration,
        defaultHeaders: [(name: String, value: String)] = [], logger: Logger
    ) throws(HostClientConfigurationError) {
        self.host = host
        self.baseURL = try BaseURL(baseURL)
        self.httpClient = httpClient
        self.configuration = configuration
        self.defaultHeaders = defaultHeaders
        self.pacer = configuration.pacing.map(RequestPacer.init(budget:))
        self.metrics = HostMetrics(host: host, factory: configuration.metricsFactory)
        self.logger = logger
    }

    /// Sends `request`, retrying as ``HostHTTPConfiguration/retry`` says, and returns a 2xx response or one whose
    /// status the request accepts.
    ///
    /// - Throws: ``HostAPIError`` for every other outcome; `CancellationError` when the task is cancelled.
    public func send(_ request: HostRequest) async throws -> HostResponse {
        var attempt = 0
        while true {
            attempt += 1
            if request.isPaced, let pacer { try await pacer.acquire() }
            let response: HostResponse?
            var failure: String?
            do {
                response = try await execute(request)
            } catch let error as HostAPIError {
                metrics.request(status: error.status)
                log(error, attempt: attempt)
                throw error
            } catch {
                if Task.isCancelled || error is CancellationError { throw CancellationError() }
                response = nil
                failure = HostResponse.clip(String(describing: error), to: 200)
            }
            metrics.request(status: response?.status)
            if let response, response.isSuccess || request.acceptedStatuses.contains(response.status) {
                return response
            }
            let decision = configuration.retry.decide(
                status: response?.status, headers: response?.headers ?? [:], message: response?.errorMessage,
                attempt: attempt, now: Date(), jitter: Double.random(in: 0..<1)
            )
            switch decision {
            case .succeed:
                if let response { return response }
            case .retry(let wait, let reason):
                metrics.retry(reason)
                logger.debug(
                    "host API request retried",
                    metadata: [
                        "host.name": "\(host)", "host.request": "\(request.summary)",
                        "host.status": "\(response.map { String($0.status) } ?? "network")",
                        "host.retry.reason": "\(reason.rawValue)", "host.retry.wait_ms": "\(wait.milliseconds)",
                    ]
                )
                try await Task.sleep(for: wait)
            case .fail(let kind, let retryAfter):
                let error = HostAPIError(
                    kind: kind, status: response?.status, request: request.summary,
                    message: response?.errorMessage ?? failure ?? "HTTP \(response?.status ?? 0)",
                    retryAfter: retryAfter
                )
                log(error, attempt: attempt)
                throw error
            }
        }
    }

    /// One attempt: builds the request, sends it with the deadline, reads the whole body.
    private func execute(_ request: HostRequest) async throws -> HostResponse {
        var outgoing = HTTPClientRequest(url: baseURL.url(path: request.path, query: request.query))
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        outgoing.headers.add(name: "User-Agent", value: configuration.userAgent)
        for header in defaultHeaders where !request.headers.contains(where: { $0.name.lowercased() == header.name.lowercased() }) {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body {
            if !outgoing.headers.contains(name: "Content-Type") {
                outgoing.headers.add(name: "Content-Type", value: "application/json")
            }
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let deadline = NIODeadline.now() + .nanoseconds(Int64(configuration.requestTimeout.seconds * 1e9))
        // No logger is handed to AsyncHTTPClient: its trace logs would carry the URL and headers.
        let response = try await httpClient.execute(outgoing, deadline: deadline, logger: nil)
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: configuration.maxResponseBytes)
        } catch is NIOTooManyBytesError {
            throw HostAPIError(
                kind: .invalidResponse, status: Int(response.status.code), request: request.summary,
                message: "response body larger than \(configuration.maxResponseBytes) bytes"
            )
        }
        return HostResponse(
            status: Int(response.status.code), headers: ResponseHeaders(response.headers.map { ($0.name, $0.value) }),
            body: Array(body.readableBytesView)
        )
    }

    /// The one log line of a failed call: host, `METHOD /path`, status and kind; never headers or the query.
    private func log(_ error: HostAPIError, attempt: Int) {
        let level: Logger.Level = error.kind == .notFound ? .info : .warning
        logger.log(
            level: level, "host API request failed",
            metadata: [
                "host.name": "\(host)", "host.request": "\(error.request)",
                "host.status": "\(error.status.map(String.init) ?? "none")", "host.error": "\(error.kind.rawValue)",
                "host.attempts": "\(attempt)", "host.message": "\(error.message)",
            ]
        )
    }
}

extension Duration {
    /// Whole milliseconds, for log metadata.
    var milliseconds: Int64 {
        let parts = components
        return parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
    }
}
