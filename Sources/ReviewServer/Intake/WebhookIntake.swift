import Foundation
import Hosts
import JobQueue
import Logging

/// Turns one webhook delivery into a stored job and an answer, in the order the issue requires:
/// verify → decode → enqueue → answer. The size cap runs before this, while the body streams in.
///
/// ```swift
/// let intake = WebhookIntake(settings: settings, queue: queue, metrics: ServerMetrics(factory: factory))
/// let response = await intake.receive(WebhookDelivery(host: .github, headers: headers, body: body), logger: logger)
/// // response.statusCode: 202 queued/duplicate/ignored, 200 ping, 401, 400, 503
/// ```
///
/// The 2xx for a pull request or comment is returned only after ``JobQueue/enqueue(_:)`` returned, so a host
/// that saw 2xx can rely on the job being durable. A store failure answers 503 and the host redelivers; the
/// delivery id makes that redelivery harmless.
public struct WebhookIntake: Sendable {
    /// The settings deliveries are checked against.
    public let settings: ServerSettings
    /// Where jobs go.
    public let queue: any JobQueue
    /// The delivery counters.
    public let metrics: ServerMetrics
    /// Encodes job payloads; shared because it is never reconfigured.
    private static let encoder = JSONEncoder()

    /// Creates an intake.
    public init(settings: ServerSettings, queue: any JobQueue, metrics: ServerMetrics) {
        self.settings = settings
        self.queue = queue
        self.metrics = metrics
    }

    /// Verifies, decodes and enqueues `delivery`, and says what to answer. Never throws: every failure is an
    /// outcome with its status.
    public func receive(_ delivery: WebhookDelivery, logger: Logger) async -> IntakeResponse {
        let host = delivery.host
        let hostSettings = settings.host(host)
        guard hostSettings.enabled else {
            return refuse(.disabled, host: host, headers: delivery.headers, logger: logger)
        }
        if let secret = hostSettings.secret {
            let outcome = WebhookVerifier.verify(delivery, secret: secret)
            guard outcome == .verified else {
                let reason = outcome == .missing ? "missing signature" : "signature does not match"
                return refuse(.unauthorized, host: host, headers: delivery.headers, reason: reason, logger: logger)
            }
        }
        let key = Self.deliveryKey(for: delivery)
        var logger = logger
        logger[metadataKey: "webhook.host"] = .string(host.rawValue)
        logger[metadataKey: "webhook.delivery"] = .string(LogSafe.text(key))
        logger[metadataKey: "webhook.event"] = .string(LogSafe.text(delivery.eventName ?? "none"))

        let event: WebhookEvent
        do throws(WebhookDecodingError) {
            event = try WebhookDecoder.decode(delivery, options: settings.decodeOptions)
        } catch {
            // The reason goes back to the host; the log gets only its code and field, which quote no body bytes.
            logger.warning("malformed", metadata: ["webhook.error": "\(error.code)", "webhook.field": "\(error.path ?? "-")"])
            return answer(IntakeResponse(outcome: .malformed, deliveryKey: key, reason: error.description), delivery)
        }
        switch event {
        case .ping:
            logger.info("ping")
            return answer(IntakeResponse(outcome: .ping, deliveryKey: key), delivery)
        case .ignored(let reason):
            logger.debug("ignored", metadata: ["webhook.reason": .string(reason)])
            return answer(IntakeResponse(outcome: .ignored, deliveryKey: key, reason: reason), delivery)
        case .pullRequest(let pullRequest):
            return await enqueue(event, kind: .review, ref: pullRequest.ref, key: key, delivery, logger: logger)
        case .comment(let comment):
            return await enqueue(event, kind: .comment, ref: comment.ref, key: key, delivery, logger: logger)
        }
    }

    /// Refuses a delivery before it is verified (too large, disabled host, bad signature): one log line with
    /// the host and the claimed delivery id, nothing stored.
    public func refuse(
        _ outcome: DeliveryOutcome, host: HostKind, headers: WebhookHeaders, reason: String? = nil, logger: Logger
    ) -> IntakeResponse {
        let claimed = WebhookDelivery(host: host, headers: headers, body: Data())
        logger.warning("refused", metadata: [
            "webhook.host": .string(host.rawValue),
            "webhook.delivery": .string(LogSafe.text(claimed.deliveryID ?? "none")),
            "webhook.outcome": .string(outcome.rawValue),
        ])
        metrics.recordDelivery(host: host, eventName: claimed.eventName, outcome: outcome)
        return IntakeResponse(outcome: outcome, reason: reason ?? Self.defaultReason(outcome, host: host))
    }

    private func enqueue(
        _ event: WebhookEvent, kind: JobKind, ref: PullRequestRef, key: String, _ delivery: WebhookDelivery,
        logger: Logger
    ) async -> IntakeResponse {
        let outcome: EnqueueOutcome
        do {
            let payload = try Self.encoder.encode(event)
            outcome = try await queue.enqueue(NewJob(deliveryID: key, kind: kind, coalesceKey: ref.key, payload: payload))
        } catch {
            logger.error("store failed", metadata: ["error.type": .string(String(describing: type(of: error)))])
            let response = IntakeResponse(
                outcome: .storeError, deliveryKey: key, reason: "the job could not be stored; redeliver later"
            )
            return answer(response, delivery)
        }
        let metadata: Logger.Metadata = ["job.id": "\(outcome.id)", "review.pr": .string(LogSafe.text(ref.key))]
        switch outcome {
        case .enqueued(let id, let superseded):
            logger.info("queued", metadata: metadata.merging(["job.superseded": "\(superseded.count)"]) { $1 })
            return answer(IntakeResponse(outcome: .queued, deliveryKey: key, jobID: id), delivery)
        case .duplicate(let id):
            logger.info("duplicate", metadata: metadata)
            return answer(
                IntakeResponse(outcome: .duplicate, deliveryKey: key, jobID: id, reason: "redelivery of a stored job"),
                delivery
            )
        }
    }

    private func answer(_ response: IntakeResponse, _ delivery: WebhookDelivery) -> IntakeResponse {
        metrics.recordDelivery(host: delivery.host, eventName: delivery.eventName, outcome: response.outcome)
        return response
    }

    private static func defaultReason(_ outcome: DeliveryOutcome, host: HostKind) -> String? {
        switch outcome {
        case .tooLarge: "the body is over the configured limit (server.max_body_bytes)"
        case .disabled: "webhooks from \(host.rawValue) are not enabled on this server"
        default: nil
        }
    }
}
