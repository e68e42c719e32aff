import Foundation
import ReviewCore
import NIOConcurrencyHelpers

extension FakeHostServer {
    /// Adds (or updates) a repository. GitHub/Gitea `owner` is a user or org; GitLab's is the namespace
    /// path and may contain `/`. Returns the repository id (GitLab: the project id, `projectID` when given).
    @discardableResult
    public func addRepository(
        _ kind: FakeHostKind, owner: String, name: String, defaultBranch: String = "main", projectID: Int? = nil
    ) -> Int {
        state.withLockedValue { state in
            let key = RepositoryKey(kind, "\(owner)/\(name)")
            if var existing = state.repositories[key] {
                existing.defaultBranch = defaultBranch
                if let projectID { existing.id = projectID }
                state.repositories[key] = existing
                return existing.id
            }
            let id = projectID ?? state.nextID()
            state.repositories[key] = StoredRepository(kind: kind, owner: owner, name: name, defaultBranch: defaultBranch, id: id)
            return id
        }
    }

    /// Stores a file's bytes at `ref` (a branch name or a sha; lookups match the ref exactly).
    /// Creates the repository if needed.
    public func setFile(_ kind: FakeHostKind, _ repository: String, ref: String, path: String, contents: [UInt8]) {
        ensureRepository(kind, repository)
        state.withLockedValue { $0.repositories[RepositoryKey(kind, repository)]?.files[ref, default: [:]][path] = contents }
    }

    /// Stores a text file at `ref`.
    public func setFile(_ kind: FakeHostKind, _ repository: String, ref: String, path: String, contents: String) {
        setFile(kind, repository, ref: ref, path: path, contents: Array(contents.utf8))
    }

    /// Adds an open pull request (GitLab: merge request `iid`) whose diff is `diff` (git format).
    /// `startSHA` is GitLab's `diff_refs.start_sha` and defaults to `baseSHA`. Creates the repository if needed;
    /// replaces a pull request with the same number.
    public func addPullRequest(
        _ kind: FakeHostKind, _ repository: String, number: Int, title: String = "Change", body: String = "",
        author: String = "octocat", headRef: String = "feature", headSHA: String, baseRef: String = "main",
        baseSHA: String, startSHA: String? = nil, diff: String, draft: Bool = false
    ) {
        ensureRepository(kind, repository)
        let version = DiffVersion(headSHA: headSHA, baseSHA: baseSHA, startSHA: startSHA ?? baseSHA, diff: diff)
        state.withLockedValue { state in
            let now = Date()
            let pull = StoredPullRequest(
                number: number, id: state.nextID(), title: title, body: body, author: author, headRef: headRef,
                baseRef: baseRef, draft: draft, versions: [version], createdAt: now, updatedAt: now
            )
            state.repositories[RepositoryKey(kind, repository)]?.pulls[number] = pull
        }
    }

    /// A synchronize push: the pull request's head becomes `headSHA` and its diff `diff`. Earlier
    /// comments stay (GitHub reports them outdated where the file's diff changed). `baseSHA`/`startSHA`
    /// move only when given (a rebase).
    public func push(
        _ kind: FakeHostKind, _ repository: String, number: Int, headSHA: String, diff: String,
        baseSHA: String? = nil, startSHA: String? = nil
    ) throws {
        try state.withLockedValue { state in
            let key = RepositoryKey(kind, repository)
            guard let current = state.repositories[key]?.pulls[number]?.current else {
                throw FakeHostError.unknownPullRequest(kind, repository, number)
            }
            let version = DiffVersion(
                headSHA: headSHA, baseSHA: baseSHA ?? current.baseSHA, startSHA: startSHA ?? baseSHA ?? current.startSHA,
                diff: diff
            )
            state.repositories[key]?.pulls[number]?.versions.append(version)
            state.repositories[key]?.pulls[number]?.updatedAt = Date()
        }
    }

    /// Changes a pull request's title, body, draft flag or state; nil leaves a field as it is.
    public func updatePullRequest(
        _ kind: FakeHostKind, _ repository: String, number: Int, title: String? = nil, body: String? = nil,
        draft: Bool? = nil, state newState: FakePullRequestState? = nil
    ) throws {
        try state.withLockedValue { state in
            let key = RepositoryKey(kind, repository)
            guard var pull = state.repositories[key]?.pulls[number] else {
                throw FakeHostError.unknownPullRequest(kind, repository, number)
            }
            if let title { pull.title = title }
            if let body { pull.body = body }
            if let draft { pull.draft = draft }
            if let newState { pull.state = newState }
            pull.updatedAt = Date()
            state.repositories[key]?.pulls[number] = pull
        }
    }

    /// Seeds a general comment by someone (a human, or an earlier bot run); returns its id.
    @discardableResult
    public func addComment(_ kind: FakeHostKind, _ repository: String, number: Int, body: String, author: String) throws -> Int {
        try seedComment(kind, repository, number) { pull, state in
            let comment = FakeComment(
                id: state.nextID(), body: body, author: author,
                discussionID: kind == .gitlab ? GitLabRoutes.discussionID(state.nextID()) : nil,
                createdOrder: state.nextSequence(), createdAt: Date()
            )
            pull.generalComments.append(comment)
            return comment.id
        }
    }

    /// Seeds an inline comment on the current head, without checking it against the diff; returns its id.
    @discardableResult
    public func addInlineComment(
        _ kind: FakeHostKind, _ repository: String, number: Int, path: String, line: Int, body: String, author: String
    ) throws -> Int {
        try seedComment(kind, repository, number) { pull, state in
            let version = pull.current
            let comment = FakeComment(
                id: state.nextID(), body: body, author: author, path: path, line: line, oldPath: path,
                side: kind == .github ? "RIGHT" : nil, commitID: version.headSHA,
                baseSHA: kind == .gitlab ? version.baseSHA : nil, startSHA: kind == .gitlab ? version.startSHA : nil,
                discussionID: kind == .gitlab ? GitLabRoutes.discussionID(state.nextID()) : nil,
                noteType: kind == .gitlab ? "DiffNote" : nil, createdOrder: state.nextSequence(), createdAt: Date()
            )
            pull.inlineComments.append(comment)
            return comment.id
        }
    }

    private func seedComment(
        _ kind: FakeHostKind, _ repository: String, _ number: Int, _ body: (inout StoredPullRequest, inout FakeState) -> Int
    ) throws -> Int {
        let id = state.withLockedValue { $0.withPull(RepositoryKey(kind, repository), number, body) }
        guard let id else { throw FakeHostError.unknownPullRequest(kind, repository, number) }
        return id
    }

    private func ensureRepository(_ kind: FakeHostKind, _ repository: String) {
        guard state.withLockedValue({ $0.repository(kind, repository) }) == nil else { return }
        let parts = repository.split(separator: "/", omittingEmptySubsequences: false)
        let owner = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "owner"
        addRepository(kind, owner: owner, name: parts.last.map(String.init) ?? repository)
    }
}

extension FakeHostServer {
    /// Gives `user` a role in `repository` (created if needed), answered by the permission endpoints: GitHub and
    /// Gitea `collaborators/{user}/permission`, GitLab `members/all`. Unseeded, the bot's own login (and the owner
    /// of a GitHub or Gitea repository) is `admin`, any other login the fake has seen is `none`, and a login it
    /// never saw gets the host's 404 (GitLab: no member). Seeding the bot's login changes what the bot may do on
    /// Gitea, which tells only repository admins about other users (403 otherwise).
    public func setPermission(_ kind: FakeHostKind, repository: String, user: String, permission: FakePermission) {
        ensureRepository(kind, repository)
        state.withLockedValue { $0.repositories[RepositoryKey(kind, repository)]?.permissions[user.lowercased()] = permission }
    }

    /// Seeds an answer by `author` in the thread of comment `commentID`, as a human replying to a finding:
    /// GitHub a review-comment reply (`in_reply_to_id` is the thread's first comment), GitLab a note in the
    /// comment's discussion (a plain note becomes a thread), Gitea an issue comment. Returns the new id.
    @discardableResult
    public func addReply(
        _ kind: FakeHostKind, _ repository: String, number: Int, to commentID: Int, body: String, author: String
    ) throws -> Int {
        let id = state.withLockedValue { state in
            state.withPull(RepositoryKey(kind, repository), number) { pull, state in
                pull.appendReply(kind: kind, to: commentID, body: body, author: author, at: Date(), &state)?.id
            } ?? nil
        }
        guard let id else { throw FakeHostError.unknownComment(kind, repository, number, commentID) }
        return id
    }
}
