import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A stateful GitHub + GitLab + Gitea/Forgejo REST API double on `127.0.0.1` (a free port), for
/// end-to-end tests and the bench. It serves exactly the endpoints of ENDPOINTS.md with the real
/// field names, enforces the hosts' rules (comments only on diff lines, tokens, rate limits), and
/// records every request for asserts.
///
/// ```swift
/// let host = try await FakeHostServer.start()
/// host.setToken(.github, "ghp_test")
/// host.addPullRequest(.github, "octo/app", number: 7, headSHA: head, baseSHA: base, diff: diffText)
/// // point the bot at host.baseURL(for: .github), run it, then:
/// #expect(host.inlineComments(.github, "octo/app", number: 7).count == 3)
/// await host.stop()
/// ```
public final class FakeHostServer: Sendable {
    let state: Locked<FakeState>
    private let group: ServiceGroup
    private let serverTask: Task<Void, Never>

    /// The bound port.
    public let port: Int

    private init(state: Locked<FakeState>, group: ServiceGroup, serverTask: Task<Void, Never>, port: Int) {
        self.state = state
        self.group = group
        self.serverTask = serverTask
        self.port = port
    }

    /// Starts a server on `127.0.0.1` with an OS-chosen port; returns once it is accepting connections.
    /// The default logger discards everything; pass one to see Hummingbird's own messages.
    public static func start(
        logger: Logger = Logger(label: "FakeHost", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> FakeHostServer {
        let state = Locked(FakeState())
        let waiter = PortWaiter()
        let app = Application(
            responder: FakeResponder(state: state),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port {
                    waiter.resolve(.success(port))
                } else {
                    waiter.resolve(.failure(FakeHostError("the fake host's socket has no port")))
                }
            },
            logger: logger
        )
        // Run under our own group (no signal handlers) so stop() can shut down gracefully: that closes
        // the clients' idle keep-alive connections, where cancelling would leave them open and unanswered.
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            do {
                try await group.run()
                waiter.resolve(.failure(FakeHostError("the fake host stopped before it was listening")))
            } catch {
                waiter.resolve(.failure(error))
            }
        }
        do {
            let port = try await waiter.wait()
            state.withLock { $0.origin = "http://127.0.0.1:\(port)" }
            return FakeHostServer(state: state, group: group, serverTask: task, port: port)
        } catch {
            task.cancel()
            await task.value
            throw error
        }
    }

    /// `http://127.0.0.1:PORT/github`, `.../gitlab/api/v4` or `.../gitea/api/v1`: the API base URL to configure.
    public func baseURL(for kind: FakeHostKind) -> String {
        "http://127.0.0.1:\(port)\(kind.pathPrefix)"
    }

    /// Stops listening and closes connections once in-flight requests are answered (after 5 s they
    /// are cut). Safe to call more than once.
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
