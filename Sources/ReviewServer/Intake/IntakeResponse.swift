/// The answer to one delivery: its outcome, and what the response body tells the host's delivery log.
public struct IntakeResponse: Sendable, Hashable {
    /// What happened.
    public var outcome: DeliveryOutcome
    /// The job's idempotency key (`github:<delivery id>`), once the delivery was verified.
    public var deliveryKey: String?
    /// The stored job's id, for ``DeliveryOutcome/queued`` and ``DeliveryOutcome/duplicate``.
    public var jobID: Int64?
    /// A short reason (why it was ignored, refused or malformed).
    public var reason: String?

    /// Creates a response.
    public init(outcome: DeliveryOutcome, deliveryKey: String? = nil, jobID: Int64? = nil, reason: String? = nil) {
        self.outcome = outcome
        self.deliveryKey = deliveryKey
        self.jobID = jobID
        self.reason = reason
    }

    /// The HTTP status code.
    public var statusCode: Int { outcome.statusCode }

    /// The JSON body: `{"outcome":"queued","delivery":"github:…","job":12}`, with `reason` when there is one.
    public var body: String {
        var json = #"{"outcome":"# + JSONText.quoted(outcome.rawValue)
        if let deliveryKey { json += #","delivery":"# + JSONText.quoted(deliveryKey) }
        if let jobID { json += #","job":\#(jobID)"# }
        if let reason { json += #","reason":"# + JSONText.quoted(reason) }
        return json + "}"
    }
}
