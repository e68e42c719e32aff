import Foundation

/// The tokens one host accepts and whom each stands for.
struct HostAuth: Sendable {
    /// Who a token authenticates as.
    struct Grant: Sendable {
        var login: String
        /// GitHub App installation tokens expire and cannot call `/user`.
        var expiresAt: Date?
        var isInstallation = false
        /// The bot's own token: its login follows `setBotLogin`.
        var isBot = false
    }

    var botLogin = "backend-review-bot"
    var grants: [String: Grant] = [:]
    /// Set once tokens are issued (GitHub App mode), so an empty grant list no longer means open.
    var requireTokens = false

    /// The caller for `token`; with no token configured every request is the bot (open mode).
    func grant(for token: String?, now: Date) -> Grant? {
        if grants.isEmpty && !requireTokens { return Grant(login: botLogin, isBot: true) }
        guard let token, let grant = grants[token] else { return nil }
        if let expiresAt = grant.expiresAt, expiresAt <= now { return nil }
        return grant
    }

    mutating func setBotToken(_ token: String) {
        grants = grants.filter { !$0.value.isBot }
        grants[token] = Grant(login: botLogin, isBot: true)
    }

    mutating func setBotLogin(_ login: String) {
        botLogin = login
        for (token, grant) in grants where grant.isBot {
            grants[token]?.login = login
        }
    }
}

/// GitHub App mode: `/app` endpoints accept an RS256 JWT and hand out installation tokens.
struct GitHubAppConfig: Sendable {
    var appID: String
    var slug: String
    var installationID: Int
    var tokenLifetime: TimeInterval
    /// Checks the JWT signature (signing input, signature bytes) when the test supplies a key check.
    var verifySignature: (@Sendable ([UInt8], [UInt8]) -> Bool)?
    var issuedTokens = 0

    var botLogin: String { "\(slug)[bot]" }
}
