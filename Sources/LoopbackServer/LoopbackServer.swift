import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A Hummingbird responder served on `127.0.0.1` at a port the OS chooses, for the test doubles (the fake host, the
/// fake model servers). It runs under its own service group with no signal handlers, so ``stop()`` shuts down
/// gracefully: that closes the clients' idle keep-alive connections, where cancelling would leave them open and
/// unanswered.
public final class LoopbackServer: Sendable {
    /// The bound port.
    public let port: Int
    private let group: ServiceGroup
    private let serverTask: Task<Void, Never>

    private init(port: Int, group: ServiceGroup, serverTask: Task<Void, Never>) {
        self.port = port
        self.group = group
        self.serverTask = serverTask
    }

    /// Starts serving `responder`; returns once it accepts connections.
    /// - Parameter name: Names the server in start-up errors ("the fake host").
    public static func start<Responder: HTTPResponder>(
        _ responder: Responder, name: String, logger: Logger
    ) async throws -> LoopbackServer where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
        let waiter = PortWaiter()
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port {
                    waiter.resolve(.success(port))
                } else {
                    waiter.resolve(.failure(LoopbackServerError("\(name)'s socket has no port")))
                }
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            do {
                try await group.run()
                waiter.resolve(.failure(LoopbackServerError("\(name) stopped before it was listening")))
            } catch {
                waiter.resolve(.failure(error))
            }
        }
        do {
            return LoopbackServer(port: try await waiter.wait(), group: group, serverTask: task)
        } catch {
            task.cancel()
            await task.value
            throw error
        }
    }

    /// Stops listening and closes connections once in-flight requests are answered (after 5 s they are cut).
    /// Safe to call more than once.
    public func stop() async {
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

/// A loopback server that could not start.
public struct LoopbackServerError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}
