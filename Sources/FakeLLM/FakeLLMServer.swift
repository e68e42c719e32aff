import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

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
    let state: Locked<FakeLLMState>
    private let group: ServiceGroup
    private let serverTask: Task<Void, Never>

    /// The bound port.
    public let port: Int

    private init(state: Locked<FakeLLMState>, group: ServiceGroup, serverTask: Task<Void, Never>, port: Int) {
        self.state = state
        self.group = group
        self.serverTask = serverTask
        self.port = port
    }

    /// Starts a server on `127.0.0.1` with an OS-chosen port; returns once it is accepting connections.
    /// The default logger discards everything; pass one to see Hummingbird's own messages.
    public static func start(
        logger: Logger = Logger(label: "FakeLLM", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> FakeLLMServer {
        let state = Locked(FakeLLMState())
        let waiter = PortWaiter()
        let app = Application(
            responder: FakeLLMResponder(state: state),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port {
                    waiter.resolve(.success(port))
                } else {
                    waiter.resolve(.failure(FakeLLMError("the fake model server's socket has no port")))
                }
            },
            logger: logger
        )
        // Our own group (no signal handlers), so stop() shuts down gracefully and closes keep-alive connections.
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            do {
                try await group.run()
                waiter.resolve(.failure(FakeLLMError("the fake model server stopped before it was listening")))
            } catch {
                waiter.resolve(.failure(error))
            }
        }
        do {
            let port = try await waiter.wait()
            return FakeLLMServer(state: state, group: group, serverTask: task, port: port)
        } catch {
            task.cancel()
            await task.value
            throw error
        }
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
        state.withLock { $0.stopping = true }
        await group.triggerGracefulShutdown()
        let serverTask = serverTask
        let watchdog = Task {
            try? await Task.sleep(for: .seconds(5))
            serverTask.cancel()
        }
        await serverTask.value
        watchdog.cancel()
    }
}
