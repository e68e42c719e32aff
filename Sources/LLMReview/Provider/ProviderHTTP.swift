import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends one provider request over a shared `HTTPClient` within a timeout and reads the whole answer.
///
/// The timeout covers everything (connecting, waiting for the head, reading the body). AsyncHTTPClient's deadline
/// covers the head and reports the real cause (a refused connection it kept retrying is `network`, not `timeout`);
/// a timer a little later also cuts a body that stalls. No logger is handed to AsyncHTTPClient: its trace logs would
/// carry the headers, and so the API key.
struct ProviderHTTP: Sendable {
    let httpClient: HTTPClient
    /// The API key, scrubbed from every message that leaves the provider.
    let apiKey: String?

    /// How long after the request's deadline the overall timer fires, so AsyncHTTPClient's deadline (which knows the
    /// cause) normally wins the race.
    static let bodyGrace: Duration = .milliseconds(500)

    /// Bodies larger than this are not a model answer.
    static let maxResponseBytes = 8 << 20

    /// POSTs `body` as JSON to `url` with `headers`.
    func post(
        _ url: String, headers: [(name: String, value: String)], body: [UInt8], timeout: Duration
    ) async throws(LLMError) -> ProviderResponse {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "backend-review")
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let nanoseconds = max(Int64(1), ClientTiming.nanoseconds(timeout))
        let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
        let client = httpClient
        let outgoing = request
        do {
            return try await Self.withTimeout(timeout + Self.bodyGrace) {
                let response = try await client.execute(outgoing, deadline: deadline, logger: nil)
                let collected = try await response.body.collect(upTo: Self.maxResponseBytes)
                return ProviderResponse(
                    status: Int(response.status.code),
                    headers: response.headers.map { (name: $0.name.lowercased(), value: $0.value) },
                    body: Array(collected.readableBytesView)
                )
            }
        } catch {
            throw transportError(error, timeout: timeout)
        }
    }

    /// Raised by ``withTimeout(_:_:)`` when the timer wins.
    struct TimedOut: Error {}

    /// Runs `operation`, cancelling it after `timeout`.
    static func withTimeout<T: Sendable>(
        _ timeout: Duration, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw TimedOut() }
            return value
        }
    }

    /// Maps what AsyncHTTPClient and NIO throw to an ``LLMError`` whose message names no URL, header or key.
    private func transportError(_ error: any Error, timeout: Duration) -> LLMError {
        let seconds = ClientTiming.describe(timeout)
        if error is TimedOut {
            return LLMError(kind: .timeout, message: "no complete answer within the request timeout (\(seconds))")
        }
        if Task.isCancelled || error is CancellationError {
            return LLMError(kind: .deadline, message: "the request was cancelled before the model answered")
        }
        if error is NIOTooManyBytesError {
            return LLMError(kind: .invalidResponse, message: "the answer is larger than \(Self.maxResponseBytes) bytes")
        }
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout,
                .tlsHandshakeTimeout:
                return LLMError(kind: .timeout, message: "no complete answer within the request timeout (\(seconds))")
            case .cancelled:
                return LLMError(kind: .deadline, message: "the request was cancelled before the model answered")
            case .invalidURL, .emptyHost, .emptyScheme:
                return LLMError(kind: .rejected, message: "llm.base_url cannot be used: \(client.shortDescription)")
            default:
                return LLMError(kind: .network, message: scrub(client.shortDescription))
            }
        }
        return LLMError(kind: .network, message: ProviderErrors.clip(scrub(String(describing: error))))
    }

    /// `text` without the API key.
    func scrub(_ text: String) -> String {
        ProviderErrors.scrub(text, apiKey: apiKey)
    }
}
