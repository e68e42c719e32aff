/// Decodes GitLab webhook deliveries (`X-Gitlab-Event`) into host-neutral events.
///
/// | event (`object_kind`) | action | result |
/// |---|---|---|
/// | `Merge Request Hook` (`merge_request`) | `open`, `reopen` | ``WebhookEvent/pullRequest(_:)`` (drafts ignored unless ``DecodeOptions/reviewDrafts``) |
/// | `Merge Request Hook` | `update` with `oldrev` (new commits) | pull request, ``PullRequestEvent/Action/synchronized`` |
/// | `Merge Request Hook` | `update` with `changes.draft` true → false | pull request, ``PullRequestEvent/Action/readyForReview`` |
/// | `Merge Request Hook` | other `update`s, `close`, `merge`, ... | ignored |
/// | `Note Hook` (`note`) | on a `MergeRequest` | ``WebhookEvent/comment(_:)``; `DiffNote`s carry a position |
/// | `Note Hook` | on an issue, commit or snippet | ignored |
/// | `System Hook` | | dispatched on `object_kind` like the two above |
/// | anything else | | ignored (the body must still be JSON) |
///
/// GitLab's merge request hook carries no base commit sha and only the author's numeric id, so
/// ``PullRequestEvent/base`` has a `nil` sha and ``PullRequestEvent/author`` is `nil`; the fetch step reads both
/// from the API (`diff_refs`).
public enum GitLabWebhook {
    static let host = HostKind.gitlab

    /// Decodes a GitLab delivery.
    public static func decode(
        _ delivery: WebhookDelivery, options: DecodeOptions = .default
    ) throws(WebhookDecodingError) -> WebhookEvent {
        guard let event = delivery.eventName else {
            throw .missingEventHeader(WebhookDelivery.eventNameHeaders(for: host), host: host)
        }
        let defaultKind: String
        switch event {
        case "Merge Request Hook": defaultKind = "merge_request"
        case "Note Hook": defaultKind = "note"
        case "System Hook": defaultKind = ""
        default:
            _ = try PayloadDecoding.decode(ActionOnlyPayload.self, from: delivery.jsonPayload(), host: host)
            return .ignored(reason: IgnoreReason.event(event, action: nil))
        }
        let payload = try PayloadDecoding.decode(GitLabPayload.self, from: delivery.jsonPayload(), host: host)
        switch payload.objectKind ?? defaultKind {
        case "merge_request": return try mergeRequest(payload, options: options)
        case "note": return try note(payload)
        case let kind: return .ignored(reason: IgnoreReason.event("\(event) (\(kind))", action: nil))
        }
    }

    private static func mergeRequest(
        _ payload: GitLabPayload, options: DecodeOptions
    ) throws(WebhookDecodingError) -> WebhookEvent {
        let attributes = try payload.objectAttributes.required("object_attributes", host: host)
        guard let rawAction = attributes.action else {
            // System hooks for merge requests in older GitLab versions carry no action.
            return .ignored(reason: IgnoreReason.event("merge_request", action: nil))
        }
        guard let action = action(rawAction, attributes: attributes, changes: payload.changes) else {
            return .ignored(reason: IgnoreReason.event("merge_request", action: rawAction))
        }
        let isDraft = attributes.draft ?? attributes.workInProgress ?? false
        if isDraft && !options.reviewDrafts { return .ignored(reason: IgnoreReason.draft) }
        let event = PullRequestEvent(
            host: host,
            repository: try repository(payload.project),
            number: try attributes.iid.required("object_attributes.iid", host: host),
            title: attributes.title ?? "",
            body: attributes.description ?? "",
            author: nil,
            sender: payload.user?.username,
            action: action,
            head: .init(
                ref: try attributes.sourceBranch.required("object_attributes.source_branch", host: host),
                sha: try (attributes.lastCommit?.id).required("object_attributes.last_commit.id", host: host)
            ),
            base: .init(
                ref: try attributes.targetBranch.required("object_attributes.target_branch", host: host),
                sha: nil
            ),
            isDraft: isDraft,
            htmlURL: attributes.url,
            installationID: nil
        )
        return .pullRequest(event)
    }

    static func action(
        _ raw: String, attributes: GitLabPayload.Attributes, changes: GitLabPayload.Changes?
    ) -> PullRequestEvent.Action? {
        switch raw {
        case "open": return .opened
        case "reopen": return .reopened
        case "update":
            // `oldrev` is only present when the push changed the source branch; other updates (title,
            // labels, assignees) must not trigger a review.
            if let oldrev = attributes.oldrev, !oldrev.isEmpty { return .synchronized }
            let draftChange = changes?.draft ?? changes?.workInProgress
            if draftChange?.previous == true && draftChange?.current == false { return .readyForReview }
            return nil
        default: return nil
        }
    }

    private static func note(_ payload: GitLabPayload) throws(WebhookDecodingError) -> WebhookEvent {
        let attributes = try payload.objectAttributes.required("object_attributes", host: host)
        let noteable = attributes.noteableType ?? "unknown"
        guard noteable == "MergeRequest" else {
            return .ignored(reason: "comment on a GitLab \(noteable), not a merge request")
        }
        let action: CommentEvent.Action
        switch attributes.action {
        case nil, "create": action = .created
        case "update": action = .edited
        case let other?: return .ignored(reason: IgnoreReason.event("note", action: other))
        }
        var position: CommentEvent.DiffPosition?
        if let place = attributes.position, let path = place.newPath ?? place.oldPath {
            let side: CommentEvent.Side? = place.newLine != nil ? .new : (place.oldLine != nil ? .old : nil)
            position = .init(path: path, line: place.newLine ?? place.oldLine, side: side, commitSHA: place.headSHA)
        }
        return .comment(CommentEvent(
            host: host,
            repository: try repository(payload.project),
            pullRequestNumber: try (payload.mergeRequest?.iid).required("merge_request.iid", host: host),
            commentID: try attributes.id.required("object_attributes.id", host: host),
            body: attributes.note ?? "",
            author: try (payload.user?.username).required("user.username", host: host),
            action: action,
            discussionID: attributes.discussionID,
            position: position,
            htmlURL: attributes.url
        ))
    }

    private static func repository(_ project: GitLabPayload.Project?) throws(WebhookDecodingError) -> RepositoryInfo {
        let project = try project.required("project", host: host)
        let fullPath = try project.pathWithNamespace.required("project.path_with_namespace", host: host)
        // `project.namespace` is a display name ("GitlabHQ"), so the namespace path comes from the full path.
        guard let owner = RepositoryPath.owner(of: fullPath) else {
            throw .wrongType("project.path_with_namespace", expected: "a 'namespace/name' path", host: host)
        }
        return RepositoryInfo(
            id: project.id, owner: owner, name: RepositoryPath.name(of: fullPath), fullPath: fullPath,
            cloneURL: project.gitHTTPURL, webURL: project.webURL, defaultBranch: project.defaultBranch
        )
    }
}
