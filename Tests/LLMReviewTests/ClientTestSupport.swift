import AsyncHTTPClient
import CoreMetrics
import FakeLLM
import Foundation
import Logging
@testable import LLMReview

/// Shared values of the provider and client tests.
enum ClientTestSupport {
    /// A key that must reach the fake and appear in no log line and no error.
    static let apiKey = "sk-test-SECRET-7c1e95d2"

    static let schema = #"{"type":"object","properties":{"findings":{"type":"array","items":{"type":"object"}}},"required":["findings"]}"#

    /// A small request; `timeout` is generous unless a test is about timeouts.
    static func request(
        structuredOutput: Bool = true, timeout: Duration = .seconds(30), maxOutputTokens: Int = 512
    ) -> LLMRequest {
        LLMRequest(
            system: "You review backend changes.", user: "diff --git a/app.py b/app.py\n+print(1)\n", schema: schema,
            structuredOutput: structuredOutput, model: "test-model", maxOutputTokens: maxOutputTokens, temperature: 0.25,
            timeout: timeout
        )
    }

    /// Settings for `api` on `llm`, with fast policies.
    static func settings(
        _ api: FakeLLMAPI, _ llm: FakeLLMServer, apiKey: String? = ClientTestSupport.apiKey, maxConcurrency: Int = 4,
        maxAttempts: Int = 3, breakerThreshold: Int = 5, breakerCooldown: Duration = .seconds(60),
        inputCostPerMillion: Double = 0, outputCostPerMillion: Double = 0
    ) -> LLMSettings {
        LLMSettings(
            provider: api == .openai ? .openai : .anthropic, baseURL: llm.baseURL(for: api), model: "test-model",
            apiKey: apiKey, maxConcurrency: maxConcurrency, maxAttempts: maxAttempts, breakerThreshold: breakerThreshold,
            breakerCooldown: breakerCooldown, inputCostPerMillion: inputCostPerMillion,
            outputCostPerMillion: outputCostPerMillion
        )
    }

    /// The provider of `settings` on the shared HTTP client.
    static func provider(_ settings: LLMSettings) -> any LLMProvider {
        LLMProviderFactory.make(settings, httpClient: HTTPClient.shared)
    }

    /// Runs `body` with a started fake, stopping it afterwards whatever happens.
    static func withFakeLLM<T>(_ body: (FakeLLMServer) async throws -> T) async throws -> T {
        let llm = try await FakeLLMServer.start()
        do {
            let value = try await body(llm)
            await llm.stop()
            return value
        } catch {
            await llm.stop()
            throw error
        }
    }

    /// Calls `operation` and returns its error, or nil when it succeeded.
    static func failure<T>(_ operation: () async throws(LLMError) -> T) async -> LLMError? {
        do {
            _ = try await operation()
            return nil
        } catch {
            return error
        }
    }

    /// A valid findings document.
    static let findingsJSON = #"{"findings":[{"path":"app.py","line":2,"severity":"high","title":"t"}]}"#
}

/// A clock that never sleeps: `sleep` records the duration and moves "now" forward by it, and tests move it on by
/// hand to pass a breaker's cooldown.
final class ClientVirtualClock: @unchecked Sendable {
    private let lock = NSLock()
    private let base = ContinuousClock.now
    private var offset: Duration = .zero
    private var recorded: [Duration] = []

    var clock: ModelClientClock {
        ModelClientClock(now: { [self] in now }, sleep: { [self] duration in sleep(duration) })
    }

    var now: ContinuousClock.Instant {
        lock.lock()
        defer { lock.unlock() }
        return base + offset
    }

    /// Every sleep the client asked for, in order.
    var sleeps: [Duration] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func advance(by duration: Duration) {
        lock.lock()
        defer { lock.unlock() }
        offset += duration
    }

    private func sleep(_ duration: Duration) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(duration)
        offset += duration
    }
}

/// Log lines kept in memory, to check that no key is ever among them.
final class ClientLogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    /// A logger at trace level that writes here.
    var logger: Logger {
        var logger = Logger(label: "llm-client-test", factory: { _ in ClientCapturingLogHandler(capture: self) })
        logger.logLevel = .trace
        return logger
    }

    /// Every line so far: level, message and metadata.
    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    fileprivate func append(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        lines.append(line)
    }
}

private struct ClientCapturingLogHandler: LogHandler {
    let capture: ClientLogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let rendered = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        capture.append("\(event.level) \(event.message) \(rendered)")
    }
}
