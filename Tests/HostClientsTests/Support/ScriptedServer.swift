import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A request as the scripted server received it.
struct RecordedRequest: Sendable {
    var method: String
    /// The raw (percent-encoded) path, without the query.
    var path: String
    /// The raw query string, `""` when there is none.
    var rawQuery: String
    /// Header values by lowercased name.
    var headers: [String: String]
    var body: [UInt8]

    /// The decoded query.
    var query: [String: String] {
        var items: [String: String] = [:]
        for pair in rawQuery.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? String(parts[1]) : ""
            items[String(parts[0])] = value
        }
        return items
    }

    /// The body parsed as JSON, for comparing with the documented shape.
    var json: NSObject? {
        try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) as? NSObject
    }

    /// `METHOD /path`.
    var line: String { "\(method) \(path)" }
}

/// What the script answers.
struct ScriptedResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(text.utf8))
    }

    static func json(_ text: String, headers: [(String, String)] = []) -> ScriptedResponse {
        json(200, text, headers: headers)
    }

    static func bytes(_ body: [UInt8], headers: [(String, String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: 200, headers: [("Content-Type", "text/plain")] + headers, body: body)
    }
}

/// Answers a request; `seen` counts requests with the same method and path so far, this one included.
typealias Script = @Sendable (_ request: RecordedRequest, _ seen: Int) async -> ScriptedResponse

/// Every request the server received, in order.
actor RequestLog {
    private(set) var requests: [RecordedRequest] = []
    private var counts: [String: Int] = [:]

    func record(_ request: RecordedRequest) -> Int {
        requests.append(request)
        counts[request.line, default: 0] += 1
        return counts[request.line, default: 0]
    }

    func matching(_ method: String, _ path: String) -> [RecordedRequest] {
        requests.filter { $0.method == method && $0.path == path }
    }
}

/// A Hummingbird 2 server on 127.0.0.1 with an ephemeral port that answers every request from a script and
/// records it: the host's side of each adapter test.
struct ScriptedServer: Sendable {
    let port: Int
    let log: RequestLog

    /// `http://127.0.0.1:PORT` + `prefix`.
    func baseURL(_ prefix: String = "") -> String { "http://127.0.0.1:\(port)\(prefix)" }

    /// Runs `body` against a server answering with `script`, then stops the server.
    static func run<T: Sendable>(
        _ script: @escaping Script, _ body: @Sendable (ScriptedServer) async throws -> T
    ) async throws -> T {
        let log = RequestLog()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            responder: ScriptResponder(log: log, script: script),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: Logger(label: "scripted-host", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw ServerDidNotStart()
            }
            let server = ScriptedServer(port: port, log: log)
            do {
                let result = try await body(server)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }

    /// A port that was just listening and is now closed: connecting to it is refused.
    static func closedPort() async throws -> Int {
        try await run({ _, _ in .json("{}") }) { $0.port }
    }
}

struct ServerDidNotStart: Error {}

private struct ScriptResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let log: RequestLog
    let script: Script

    func respond(to request: Request, context: Context) async throws -> Response {
        let body = try await request.body.collect(upTo: 32 << 20)
        let target = request.head.path ?? "/"
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        let recorded = RecordedRequest(
            method: request.method.rawValue, path: String(parts[0]),
            rawQuery: parts.count > 1 ? String(parts[1]) : "", headers: headers,
            body: Array(body.readableBytesView)
        )
        let seen = await log.record(recorded)
        let answer = await script(recorded, seen)
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }
}
