import Foundation

/// What the responder does with a request after the state has seen it.
enum ServeOutcome: Sendable {
    case respond(FakeResponse)
    /// Close the connection without answering (an injected network failure).
    case drop
}

extension FakeState {
    /// Serves one request: injected faults first, then the host's handler; records it either way.
    mutating func serve(_ request: FakeRequest) -> ServeOutcome {
        let outcome: ServeOutcome
        if let action = faults.take(path: request.path, method: request.method) {
            outcome = FaultResponses.outcome(action, request)
        } else {
            outcome = .respond(route(request))
        }
        let status: Int? =
            switch outcome {
            case .respond(let response): response.status
            case .drop: nil
            }
        record(
            kind: request.kind, method: request.method, path: request.path, hostPath: request.hostPath,
            query: request.rawQuery, headers: request.headers, body: request.body, status: status
        )
        return outcome
    }

    private mutating func route(_ request: FakeRequest) -> FakeResponse {
        switch request.kind {
        case .github: GitHubRoutes.handle(request, &self)
        case .gitlab: GitLabRoutes.handle(request, &self)
        case .gitea: GiteaRoutes.handle(request, &self)
        }
    }

    /// Admits a content-creating request under the host's configured limit; returns the wait when over it.
    mutating func admitContent(_ request: FakeRequest) -> TimeInterval? {
        guard ContentRateLimiter.isContentCreating(request.method), contentLimits[request.kind] != nil else { return nil }
        return contentLimits[request.kind]?.admit(at: request.now)
    }

    /// Appends to the request log, with credential values redacted.
    mutating func record(
        kind: FakeHostKind?, method: String, path: String, hostPath: String, query: String?,
        headers: [(name: String, value: String)], body: [UInt8], status: Int?
    ) {
        let recorded = headers.map { header in
            RecordedRequest.Header(name: header.name, value: Self.redacted(header))
        }
        log.append(
            RecordedRequest(
                kind: kind, method: method, path: path, hostPath: hostPath, query: query, headers: recorded,
                body: body, status: status
            )
        )
    }

    /// `Bearer abc` → `Bearer <redacted>`; a bare secret → `<redacted>`.
    private static func redacted(_ header: (name: String, value: String)) -> String {
        guard ["authorization", "private-token", "job-token", "proxy-authorization"].contains(header.name) else {
            return header.value
        }
        let parts = header.value.split(separator: " ", maxSplits: 1)
        return parts.count == 2 ? "\(parts[0]) <redacted>" : "<redacted>"
    }
}
