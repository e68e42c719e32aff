import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOConcurrencyHelpers

/// The request context: Hummingbird's core storage plus the connection, so a fault can drop it.
struct FakeRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Large diffs and file uploads are fine; 64 MiB is well above the hosts' own 25 MB caps.
    var maxUploadSize: Int { 64 << 20 }
}

/// The one Hummingbird responder: reads the whole request, applies latency, and hands it to the
/// state under the lock. Routing is done by hand because GitLab's `%2F`-encoded project ids and
/// GitHub's multi-segment content paths must be split before percent-decoding.
struct FakeResponder: HTTPResponder {
    typealias Context = FakeRequestContext

    let state: NIOLockedValueBox<FakeState>

    /// Thrown after an injected connection drop; Hummingbird's 500 then fails to write on the closed channel.
    struct ConnectionDropped: Error {}

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body = Array(try await request.collectBody(upTo: context.maxUploadSize).readableBytesView)
        let headers = request.headers.map { (name: $0.name.canonicalName, value: $0.value) }
        let (origin, offset) = state.withLockedValue { ($0.origin, $0.clockOffset) }
        guard
            var fake = FakeRequest(
                method: request.method.rawValue, rawPath: request.uri.path, rawQuery: request.uri.query,
                headers: headers, body: body, origin: origin, now: Date().addingTimeInterval(offset)
            )
        else {
            state.withLockedValue {
                $0.record(
                    kind: nil, method: request.method.rawValue, path: request.uri.path, hostPath: request.uri.path,
                    query: request.uri.query, headers: headers, body: body, status: 404
                )
            }
            return Self.response(.message(404, "Not Found: the fake serves /github, /gitlab/api/v4 and /gitea/api/v1"))
        }
        if let delay = state.withLockedValue({ $0.faults.latency(path: fake.path, method: fake.method) }) {
            try await Task.sleep(for: delay)
            fake.now = Date().addingTimeInterval(offset)
        }
        switch state.withLockedValue({ $0.serve(fake) }) {
        case .respond(let response):
            return Self.response(response)
        case .drop:
            try? await context.channel.close()
            throw ConnectionDropped()
        }
    }

    private static func response(_ fake: FakeResponse) -> Response {
        var fields = HTTPFields()
        for header in fake.headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        return Response(
            status: .init(code: fake.status, reasonPhrase: StatusPhrases.phrase(fake.status)),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: fake.body))
        )
    }
}
