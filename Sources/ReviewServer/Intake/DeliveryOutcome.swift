/// What the intake did with one delivery: the `outcome` label of `backend_review_deliveries_total` and the
/// HTTP status the host sees.
public enum DeliveryOutcome: String, Sendable, Hashable, CaseIterable {
    /// Stored as a new job (202).
    case queued
    /// A redelivery of a stored job; nothing changed (202).
    case duplicate
    /// Valid, but nothing for the bot to do (202).
    case ignored
    /// A connectivity check (200).
    case ping
    /// No signature or token, or a wrong one (401). Nothing is stored.
    case unauthorized
    /// The body could not be decoded (400).
    case malformed
    /// The body is over the configured cap (413).
    case tooLarge = "too_large"
    /// The queue failed to store the job (503); the host redelivers later.
    case storeError = "store_error"
    /// The route of a host that is not enabled in the configuration (404).
    case disabled

    /// The HTTP status code answered for this outcome.
    public var statusCode: Int {
        switch self {
        case .queued, .duplicate, .ignored: 202
        case .ping: 200
        case .unauthorized: 401
        case .malformed: 400
        case .tooLarge: 413
        case .storeError: 503
        case .disabled: 404
        }
    }
}
