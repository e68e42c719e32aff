import Foundation
import Hosts
import Hummingbird
import Logging

/// `POST /webhooks/github`, `/webhooks/gitlab` and `/webhooks/gitea` (Forgejo too): stream the body under the
/// cap, then hand the delivery to the ``WebhookIntake``.
enum WebhookRoutes {
    static func add(to router: Router<BasicRequestContext>, intake: WebhookIntake) {
        for host in HostKind.allCases {
            router.post("webhooks/\(host.rawValue)") { request, context in
                await receive(request, host: host, intake: intake, logger: context.logger).httpResponse
            }
        }
    }

    static func receive(_ request: Request, host: HostKind, intake: WebhookIntake, logger: Logger) async -> IntakeResponse {
        let headers = WebhookHeaders(request.headers.map { ($0.name.canonicalName, $0.value) })
        let limit = intake.settings.maxBodyBytes
        guard intake.settings.host(host).enabled else {
            return intake.refuse(.disabled, host: host, headers: headers, logger: logger)
        }
        // A declared length over the cap is refused before a byte is read.
        let declared = request.headers[.contentLength].flatMap { Int($0) }
        if let declared, declared > limit {
            return intake.refuse(.tooLarge, host: host, headers: headers, logger: logger)
        }
        var body = Data()
        body.reserveCapacity(min(declared ?? 0, limit))
        do {
            for try await chunk in request.body {
                // Checked per chunk as it arrives, so a chunked body can't make the server hold more than the cap.
                guard body.count + chunk.readableBytes <= limit else {
                    return intake.refuse(.tooLarge, host: host, headers: headers, logger: logger)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
        } catch {
            // The connection broke mid-body; the host sees no answer and redelivers.
            return IntakeResponse(outcome: .malformed, reason: "the request body could not be read")
        }
        return await intake.receive(WebhookDelivery(host: host, headers: headers, body: body), logger: logger)
    }
}

extension IntakeResponse {
    /// The HTTP response: the status of the outcome and the JSON ``body``.
    var httpResponse: Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if outcome == .storeError { headers[.retryAfter] = "30" }
        return Response(
            status: HTTPResponse.Status(code: statusCode),
            headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }
}
