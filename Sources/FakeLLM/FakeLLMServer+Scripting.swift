import NIOConcurrencyHelpers

extension FakeLLMServer {
    /// Appends `reply` to `api`'s FIFO: the next valid request to that API gets the first reply queued.
    /// Requests the fake refuses (bad shape, wrong key) consume nothing.
    public func enqueue(_ reply: FakeLLMReply, api: FakeLLMAPI) {
        state.withLockedValue { $0.queues[api, default: []].append(reply) }
    }

    /// Appends `reply` `count` times.
    public func enqueue(_ reply: FakeLLMReply, times count: Int, api: FakeLLMAPI) {
        state.withLockedValue { $0.queues[api, default: []].append(contentsOf: Array(repeating: reply, count: count)) }
    }

    /// The reply once `api`'s FIFO is empty. Initially `.findings(json: #"{"findings":[]}"#)`.
    public func setDefault(_ reply: FakeLLMReply, api: FakeLLMAPI) {
        state.withLockedValue { $0.defaults[api] = reply }
    }

    /// Requires `key` on `api` (`Authorization: Bearer` for OpenAI, `x-api-key` for Anthropic) and answers 401 in the
    /// API's shape otherwise; nil (the default) accepts any or none.
    public func setAPIKey(_ key: String?, api: FakeLLMAPI) {
        state.withLockedValue { $0.keys[api] = key }
    }

    /// The usage figures reported from now on (default ``FakeLLMUsage/estimated``).
    public func setUsage(_ usage: FakeLLMUsage) {
        state.withLockedValue { $0.usage = usage }
    }

    /// Whether OpenAI requests carrying `response_format` are refused with a 400 naming it, as some local servers
    /// do. Default: false.
    public func setRejectsResponseFormat(_ rejects: Bool) {
        state.withLockedValue { $0.rejectsResponseFormat = rejects }
    }

    /// Scripted replies not yet consumed, for `api`.
    public func pendingReplies(api: FakeLLMAPI) -> Int {
        state.withLockedValue { $0.queues[api]?.count ?? 0 }
    }
}
