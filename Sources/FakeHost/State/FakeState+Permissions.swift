import Foundation

extension FakeState {
    /// The role `login` has in the repository: the seeded one, else `admin` for the bot and the owner of a
    /// GitHub or Gitea repository, else `none` for a login the fake has heard of; nil for a login it never
    /// saw (the hosts' 404 "user does not exist").
    func permission(of login: String, in key: RepositoryKey) -> FakePermission? {
        guard let repo = repositories[key] else { return nil }
        let lowered = login.lowercased()
        if let seeded = repo.permissions[lowered] { return seeded }
        if isBot(key.kind, lowered) { return .admin }
        if key.kind != .gitlab, repo.owner.lowercased() == lowered { return .admin }
        return knowsUser(lowered) ? FakePermission.none : nil
    }

    /// Whether `login` (lowercased) is whom the bot's token stands for (GitHub App: `slug[bot]`).
    func isBot(_ kind: FakeHostKind, _ login: String) -> Bool {
        if auth[kind]?.botLogin.lowercased() == login { return true }
        if kind == .github, app?.botLogin.lowercased() == login { return true }
        return auth[kind]?.grants.values.contains { $0.isBot && $0.login.lowercased() == login } ?? false
    }

    /// Whether `login` (lowercased) owns, authored, commented, holds a token or was given a role anywhere.
    private func knowsUser(_ login: String) -> Bool {
        if auth.values.contains(where: { $0.grants.values.contains { $0.login.lowercased() == login } }) { return true }
        return repositories.values.contains { repo in
            if repo.owner.lowercased() == login || repo.permissions[login] != nil { return true }
            return repo.pulls.values.contains { pull in
                pull.author.lowercased() == login
                    || (pull.generalComments + pull.inlineComments).contains { $0.author.lowercased() == login }
            }
        }
    }
}
