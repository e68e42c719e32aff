import Foundation
import NIOConcurrencyHelpers

extension FakeHostServer {
    /// Accept only `token` as the bot's credential on `kind` (other tokens get 401). Until a token is
    /// set, every request on that host is served as the bot.
    public func setToken(_ kind: FakeHostKind, _ token: String) {
        state.withLockedValue { $0.auth[kind]?.setBotToken(token) }
    }

    /// The login the bot's token stands for (`user.login` / `author.username` of what it posts).
    /// Default: `backend-review-bot`.
    public func setBotLogin(_ kind: FakeHostKind, _ login: String) {
        state.withLockedValue { $0.auth[kind]?.setBotLogin(login) }
    }

    /// Accept another token, standing for a different user (to post as a human in a test).
    public func addUserToken(_ kind: FakeHostKind, _ token: String, login: String) {
        state.withLockedValue { $0.auth[kind]?.grants[token] = HostAuth.Grant(login: login) }
    }

    /// GitHub App mode: `/app`, `/repos/{o}/{r}/installation` and `POST /app/installations/{id}/access_tokens`
    /// accept an RS256 JWT whose `iss` is `appID` and whose `exp` is at most 10 minutes ahead; issued
    /// `ghs_` tokens post as `"<slug>[bot]"` and expire after `tokenLifetime`. `verifySignature(signingInput,
    /// signature)` checks the RS256 signature when given. From now on GitHub requests need a token.
    public func enableGitHubApp(
        appID: String, slug: String, installationID: Int = 1, tokenLifetime: Duration = .seconds(3600),
        verifySignature: (@Sendable (_ signingInput: [UInt8], _ signature: [UInt8]) -> Bool)? = nil
    ) {
        state.withLockedValue { state in
            state.app = GitHubAppConfig(
                appID: appID, slug: slug, installationID: installationID, tokenLifetime: tokenLifetime.timeInterval,
                verifySignature: verifySignature
            )
            state.auth[.github]?.requireTokens = true
        }
    }

    /// How many installation tokens were issued so far (to assert the client caches them).
    public var issuedInstallationTokens: Int {
        state.withLockedValue { $0.app?.issuedTokens ?? 0 }
    }
}

extension Duration {
    /// The duration in seconds.
    var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
