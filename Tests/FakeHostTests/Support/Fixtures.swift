import FakeHost
import Foundation

/// A small pull request used across the suites: one modified file and one added file.
///
/// `app/service.py` new side: 1 ` import os`, 2 `+import sys`, 3 ` `, 4 ` def run():`, 5 `+value`,
/// 6 `+return value`; old line 4 `-return 1` is removed. `app/new.py` adds lines 1-2.
enum Fixtures {
    static let baseSHA = "b" + String(repeating: "0", count: 39)
    static let headSHA = "a" + String(repeating: "1", count: 39)
    static let secondHeadSHA = "c" + String(repeating: "2", count: 39)
    static let token = "test-token-123"

    static let diff = """
        diff --git a/app/service.py b/app/service.py
        index 1111111..2222222 100644
        --- a/app/service.py
        +++ b/app/service.py
        @@ -1,4 +1,6 @@ def setup():
         import os
        +import sys
         
         def run():
        -    return 1
        +    value = compute()
        +    return value
        diff --git a/app/new.py b/app/new.py
        new file mode 100644
        index 0000000..3333333
        --- /dev/null
        +++ b/app/new.py
        @@ -0,0 +1,2 @@
        +x = 1
        +y = 2

        """

    /// After a push: `app/service.py` changes again (line 2 is now context, 7 is added); `app/new.py` is untouched.
    static let pushedDiff = """
        diff --git a/app/service.py b/app/service.py
        index 1111111..4444444 100644
        --- a/app/service.py
        +++ b/app/service.py
        @@ -1,4 +1,7 @@
         import os
        +import sys
        +import json
         
         def run():
        -    return 1
        +    value = compute()
        +    return value
        diff --git a/app/new.py b/app/new.py
        new file mode 100644
        index 0000000..3333333
        --- /dev/null
        +++ b/app/new.py
        @@ -0,0 +1,2 @@
        +x = 1
        +y = 2

        """

    /// A server with `token` required on `kind` and pull request 7 of `repo` seeded.
    static func server(_ kind: FakeHostKind, repo: String, number: Int = 7) async throws -> FakeHostServer {
        let server = try await FakeHostServer.start()
        server.setToken(kind, token)
        let parts = repo.split(separator: "/")
        server.addRepository(kind, owner: parts.dropLast().joined(separator: "/"), name: String(parts.last!), projectID: kind == .gitlab ? 42 : nil)
        server.addPullRequest(
            kind, repo, number: number, title: "Add compute", body: "Please review", author: "alice",
            headRef: "feature/compute", headSHA: headSHA, baseRef: "main", baseSHA: baseSHA, diff: diff
        )
        return server
    }

    /// The auth header each host's client sends.
    static func auth(_ kind: FakeHostKind, _ value: String = token) -> [(String, String)] {
        switch kind {
        case .github: [("Authorization", "Bearer \(value)"), ("Accept", "application/vnd.github+json")]
        case .gitlab: [("PRIVATE-TOKEN", value)]
        case .gitea: [("Authorization", "token \(value)")]
        }
    }
}
