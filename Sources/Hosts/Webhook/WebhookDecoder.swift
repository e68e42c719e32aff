/// Turns a verified delivery into a ``WebhookEvent``, whatever host sent it. Signature verification happens
/// before this, over the same raw body.
///
/// ```swift
/// let delivery = WebhookDelivery(host: .github, headers: headers, body: body)
/// switch try WebhookDecoder.decode(delivery, options: .init(reviewDrafts: false)) {
/// case .pullRequest(let event): enqueue(event, key: delivery.deliveryID)    // 202
/// case .comment(let event): enqueue(event, key: delivery.deliveryID)        // 202
/// case .ping: ok()                                                          // 200
/// case .ignored(let reason): accepted(reason)                               // 202
/// }
/// ```
/// A ``WebhookDecodingError`` means 400 with its ``WebhookDecodingError/description`` as the reason.
public enum WebhookDecoder {
    /// Decodes a delivery with the host adapter for ``WebhookDelivery/host``. The body is parsed once.
    public static func decode(
        _ delivery: WebhookDelivery, options: DecodeOptions = .default
    ) throws(WebhookDecodingError) -> WebhookEvent {
        switch delivery.host {
        case .github: try GitHubWebhook.decode(delivery, options: options)
        case .gitlab: try GitLabWebhook.decode(delivery, options: options)
        case .gitea: try GiteaWebhook.decode(delivery, options: options)
        }
    }
}
