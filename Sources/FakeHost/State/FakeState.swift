import Foundation

/// Everything the fake holds, mutated only under the server's lock. Handlers are synchronous
/// functions of (request, state), so a request is all-or-nothing by construction.
struct FakeState: Sendable {
    /// `http://127.0.0.1:PORT` once the server is listening.
    var origin = "http://127.0.0.1"
    private var lastID = 1000
    private var lastSequence = 0
    var repositories: [RepositoryKey: StoredRepository] = [:]
    var auth: [FakeHostKind: HostAuth] = [.github: HostAuth(), .gitlab: HostAuth(), .gitea: HostAuth()]
    var app: GitHubAppConfig?
    var faults = FaultPlan()
    var contentLimits: [FakeHostKind: ContentRateLimiter] = [:]
    var log: [RecordedRequest] = []
    /// GitLab answers 400 to `pending` after `pending` (and `running` after `running`) on one sha and name.
    var strictGitLabStatusTransitions = true
    /// Added to the wall clock for every request, so tests of expiries and windows need not sleep.
    var clockOffset: TimeInterval = 0
    private var userIDs: [String: Int] = [:]

    /// The next id: one counter for every object, so ids increase across kinds as tests expect.
    mutating func nextID() -> Int {
        lastID += 1
        return lastID
    }

    /// The next creation-order number.
    mutating func nextSequence() -> Int {
        lastSequence += 1
        return lastSequence
    }

    /// A stable numeric id for a login (`user.id`, `author.id`).
    mutating func userID(for login: String) -> Int {
        if let id = userIDs[login] { return id }
        let id = 100 + userIDs.count
        userIDs[login] = id
        return id
    }

    // MARK: Repositories

    func repository(_ kind: FakeHostKind, _ fullPath: String) -> StoredRepository? {
        repositories[RepositoryKey(kind, fullPath)]
    }

    /// A GitLab project by URL-decoded path or numeric id, as `/projects/:id` accepts both.
    func gitlabProjectKey(_ id: String) -> RepositoryKey? {
        if let number = Int(id) {
            return repositories.first { $0.key.kind == .gitlab && $0.value.id == number }?.key
        }
        let key = RepositoryKey(.gitlab, id)
        return repositories[key] == nil ? nil : key
    }

    mutating func withPull<T>(
        _ key: RepositoryKey, _ number: Int, _ body: (inout StoredPullRequest, inout FakeState) -> T
    ) -> T? {
        guard var pull = repositories[key]?.pulls[number] else { return nil }
        // Taken out while the body runs so it can also use the state (ids, users) without overlapping access.
        repositories[key]?.pulls[number] = nil
        let result = body(&pull, &self)
        repositories[key]?.pulls[number] = pull
        return result
    }
}

/// Repositories are looked up case-insensitively, as all three hosts do.
struct RepositoryKey: Hashable, Sendable {
    var kind: FakeHostKind
    var path: String

    init(_ kind: FakeHostKind, _ fullPath: String) {
        self.kind = kind
        self.path = fullPath.lowercased()
    }
}
