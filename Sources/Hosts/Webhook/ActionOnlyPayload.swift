/// A body that only needs to be valid JSON: it is parsed (so malformed bodies are rejected the same way for
/// every event) and its optional `action` read for the ignore reason.
struct ActionOnlyPayload: Decodable {
    let action: String?

    init(from decoder: any Decoder) throws {
        // A JSON array or scalar is still valid JSON; only objects can carry an action.
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            action = try? container.decodeIfPresent(String.self, forKey: .action)
        } else {
            action = nil
        }
    }

    private enum CodingKeys: String, CodingKey { case action }
}

/// A coding key for containers whose keys are never read.
struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}
