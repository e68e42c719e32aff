/// Everything the fake knows: scripts, settings, the request log and the in-flight count.
struct FakeLLMState: Sendable {
    var queues: [FakeLLMAPI: [FakeLLMReply]] = [:]
    var defaults: [FakeLLMAPI: FakeLLMReply] = [
        .openai: .findings(json: #"{"findings":[]}"#), .anthropic: .findings(json: #"{"findings":[]}"#),
    ]
    var keys: [FakeLLMAPI: String] = [:]
    var usage: FakeLLMUsage = .estimated
    var rejectsResponseFormat = false
    var log: [FakeLLMRequest] = []
    var inFlight = 0
    var peakInFlight = 0
    var stopping = false
    var sequence = 0

    /// The next scripted reply for `api`, or its default.
    mutating func nextReply(_ api: FakeLLMAPI) -> FakeLLMReply {
        if var queue = queues[api], !queue.isEmpty {
            let reply = queue.removeFirst()
            queues[api] = queue
            return reply
        }
        return defaults[api] ?? .findings(json: #"{"findings":[]}"#)
    }

    /// A fresh number for response ids.
    mutating func nextSequence() -> Int {
        sequence += 1
        return sequence
    }
}
