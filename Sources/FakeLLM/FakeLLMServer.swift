import Foundation
import Hummingbird
import LoopbackServer
import Logging
import NIOCore
import ServiceLifecycle
import NIOConcurrencyHelpers

/// Scripted model servers on `127.0.0.1` (a free port): OpenAI-compatible Chat Completions at
/// ``baseURL`` (`/v1/chat/completions`) and the Anthropic Messages API at ``anthropicBaseURL``
/// (`/anthropic/v1/messages`). Requests are checked as the real APIs check them (400/401 in their error shapes),
/// answered from a FIFO of scripted replies per API (then a default), and recorded for asserts.
///
/// ```swift
/// let llm = try await FakeLLMServer.start()
/// llm.enqueue(.status(429, body: #"{"error":{"message":"slow down"}}"#, retryAfter: 1), api: .openai)
/// llm.enqueue(.findings(json: #"{"findings":[]}"#), api: .openai)
/// // point the provider at llm.baseURL, run it, then:
/// #expect(llm.requests().count == 2)
/// await llm.stop()
/// ```
public final class FakeLLMServer: Sendable {
    let state: NIOLockedValueBox<FakeLLMState>
    private let server: LoopbackServer

    /// The bound port.
    public var port: Int { server.port }

    private init(state: NIOLockedValueBox<FakeLLMState>, server: LoopbackServer) {
        self.state = state
        self.server = server
    }

    /// Starts a server on `127.0.0.1` with an OS-chosen port; returns once it is accepting connections.
    /// The default logger discards everything; pass one to see Hummingbird's own messages.
    public static func start(
        logger: Logger = Logger(label: "FakeLLM", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> FakeLLMServer {
        let state = NIOLockedValueBox(FakeLLMState())
        let server = try await LoopbackServer.start(
            FakeLLMResponder(state: state), name: "the fake model server", logger: logger)
        return FakeLLMServer(state: state, server: server)
    }

    /// `http://127.0.0.1:PORT/v1`: the OpenAI-compatible base URL (`/chat/completions` is appended).
    public var baseURL: String {
        "http://127.0.0.1:\(port)/v1"
    }

    /// `http://127.0.0.1:PORT/anthropic`: the Anthropic base URL (`/v1/messages` is appended).
    public var anthropicBaseURL: String {
        "http://127.0.0.1:\(port)/anthropic"
    }

    /// The base URL of `api`.
    public func baseURL(for api: FakeLLMAPI) -> String {
        switch api {
        case .openai: baseURL
        case .anthropic: anthropicBaseURL
        }
    }

    /// Stops listening: scripted delays end at once, in-flight requests are answered, connections close (after 5 s
    /// they are cut). Safe to call more than once.
    public func stop() async {
        state.withLockedValue { $0.stopping = true }
        await server.stop()
    }
}
