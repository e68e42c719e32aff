import NIOConcurrencyHelpers

extension FakeLLMServer {
    /// Every request received so far, in arrival order, with headers (credentials included) and body.
    public func requests() -> [FakeLLMRequest] {
        state.withLockedValue { $0.log }
    }

    /// The requests to `api`.
    public func requests(api: FakeLLMAPI) -> [FakeLLMRequest] {
        requests().filter { $0.api == api }
    }

    /// Forgets the recorded requests and the peak of requests in flight.
    public func clearRequests() {
        state.withLockedValue { state in
            state.log = []
            state.peakInFlight = state.inFlight
        }
    }

    /// Requests being served right now (received, not yet answered).
    public var inFlight: Int {
        state.withLockedValue { $0.inFlight }
    }

    /// The most requests served at once since start (or ``clearRequests()``).
    public var peakInFlight: Int {
        state.withLockedValue { $0.peakInFlight }
    }
}
