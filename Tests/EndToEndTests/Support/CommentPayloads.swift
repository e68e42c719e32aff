import FakeHost
import Foundation

/// Comment deliveries built from the hosts' real payloads (Tests/HostsTests/Fixtures, copied from
/// ../shared/conformance): the recorded JSON with the ids, text, author and pull request swapped in.
enum CommentPayloads {
    static let fixtures = ServerProcess.repositoryRoot.appendingPathComponent("Tests/HostsTests/Fixtures/payloads")

    /// The event header value for a comment delivery.
    static func eventName(_ kind: FakeHostKind, onDiffLine: Bool) -> String {
        switch kind {
        case .github: onDiffLine ? "pull_request_review_comment" : "issue_comment"
        case .gitlab: "Note Hook"
        case .gitea: "issue_comment"
        }
    }

    /// A comment by `author` with `body`, already on the fake host as comment `id`. `finding` is the bot's
    /// inline comment it answers (GitHub review-comment reply, GitLab note in the finding's discussion); nil for
    /// a conversation comment. `discussionID` is the GitLab discussion of a conversation note.
    static func make(
        _ kind: FakeHostKind, id: Int, body: String, author: String, finding: FakeComment?, discussionID: String?
    ) throws -> Data {
        let sample = try object(ServerProcess.repositoryRoot.appendingPathComponent(Scenario.repository(kind).payload))
        switch kind {
        case .github:
            if let finding {
                var json = try object(fixtures.appendingPathComponent("github/pull_request_review_comment/created.payload.json"))
                json["repository"] = sample["repository"]
                json["pull_request"] = set(json["pull_request"], ["number": 42])
                json.removeValue(forKey: "installation")
                var comment = json["comment"] as! [String: Any]
                comment["id"] = id
                comment["body"] = body
                comment["in_reply_to_id"] = finding.id
                comment["path"] = finding.path
                comment["line"] = finding.line
                comment["user"] = set(comment["user"], ["login": author])
                json["comment"] = comment
                return try JSONSerialization.data(withJSONObject: json)
            }
            var json = try object(fixtures.appendingPathComponent("github/extra/go-playground-webhooks/pull-request-issue-comment.json"))
            json["repository"] = sample["repository"]
            json["issue"] = set(json["issue"], ["number": 42])
            var comment = json["comment"] as! [String: Any]
            comment["id"] = id
            comment["body"] = body
            comment["user"] = set(comment["user"], ["login": author])
            json["comment"] = comment
            return try JSONSerialization.data(withJSONObject: json)
        case .gitlab:
            let file = finding == nil ? "gitlab/note_hook_merge_request.docs-example.json" : "gitlab/extra/drone-go-scm/review_comment_create.json"
            var json = try object(fixtures.appendingPathComponent(file))
            json["project"] = sample["project"]
            json["project_id"] = (sample["project"] as? [String: Any])?["id"]
            json["merge_request"] = set(json["merge_request"], ["iid": 42])
            json["user"] = set(json["user"], ["username": author])
            var attributes = json["object_attributes"] as! [String: Any]
            attributes["id"] = id
            attributes["note"] = body
            attributes["discussion_id"] = finding?.discussionID ?? discussionID
            if let finding {
                attributes["position"] = set(attributes["position"], [
                    "new_path": finding.path ?? "", "old_path": finding.path ?? "", "new_line": finding.line ?? 0,
                    "old_line": NSNull(),
                ])
            }
            json["object_attributes"] = attributes
            return try JSONSerialization.data(withJSONObject: json)
        case .gitea:
            var json = try object(fixtures.appendingPathComponent("gitea/extra/go-playground-webhooks/issue-comment-event.json"))
            json["repository"] = sample["repository"]
            json["is_pull"] = true
            json["issue"] = set(json["issue"], ["number": 42])
            var comment = json["comment"] as! [String: Any]
            comment["id"] = id
            comment["body"] = body
            comment["user"] = set(comment["user"], ["login": author, "username": author])
            json["comment"] = comment
            return try JSONSerialization.data(withJSONObject: json)
        }
    }

    private static func object(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    private static func set(_ value: Any?, _ fields: [String: Any]) -> [String: Any] {
        var object = value as? [String: Any] ?? [:]
        for (key, field) in fields { object[key] = field }
        return object
    }
}
