import Foundation
import Hummingbird
import LoopbackServer
import Logging
import NIOCore
import ServiceLifecycle
import NIOConcurrencyHelpers

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
    let state: NIOLockedValueBox<FakeState>
    private let server: LoopbackServer

    /// The bound port.
    public var port: Int { server.port }

    private init(state: NIOLockedValueBox<FakeState>, server: LoopbackServer) {
        self.state = state
        self.server = server
    }

    /// Starts a server on `127.0.0.1` with an OS-chosen port; returns once it is accepting connections.
    /// The default logger discards everything; pass one to see Hummingbird's own messages.
    public static func start(
        logger: Logger = Logger(label: "FakeHost", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> FakeHostServer {
        let state = NIOLockedValueBox(FakeState())
        let server = try await LoopbackServer.start(FakeResponder(state: state), name: "the fake host", logger: logger)
        state.withLockedValue { $0.origin = "http://127.0.0.1:\(server.port)" }
        return FakeHostServer(state: state, server: server)
    }

    /// `http://127.0.0.1:PORT/github`, `.../gitlab/api/v4` or `.../gitea/api/v1`: the API base URL to configure.
    public func baseURL(for kind: FakeHostKind) -> String {
        "http://127.0.0.1:\(port)\(kind.pathPrefix)"
    }

    /// Stops listening and closes connections once in-flight requests are answered (after 5 s they
    /// are cut). Safe to call more than once.
    public func stop() async {
        await server.stop()
    }
}
