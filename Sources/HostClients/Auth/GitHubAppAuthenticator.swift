import Foundation
import _CryptoExtras

/// A GitHub App's signing key and its caches: installation tokens per installation (served until five minutes
/// before `expires_at`) and installation ids per repository. Shared by every scoped copy of a ``GitHubClient``.
final class GitHubAppAuthenticator: Sendable {
    /// How long before `expires_at` a token is replaced, so a request never starts with a token about to lapse.
    static let refreshMargin: TimeInterval = 5 * 60

    let appID: String
    private let privateKey: _RSA.Signing.PrivateKey
    let tokens = SingleFlightCache<Int, String>()
    let installations = SingleFlightCache<String, Int>()
    let now: @Sendable () -> Date

    init(appID: String, privateKeyPEM: String, now: @escaping @Sendable () -> Date) throws(HostClientConfigurationError) {
        guard !appID.isEmpty else {
            throw HostClientConfigurationError("GitHub App id is empty; set the numeric app id or the client id")
        }
        self.appID = appID
        self.privateKey = try GitHubAppJWT.privateKey(pem: privateKeyPEM)
        self.now = now
    }

    /// A fresh JWT for the `/app` endpoints.
    func jwt() throws -> String {
        try GitHubAppJWT.make(appID: appID, privateKey: privateKey, now: now())
    }
}
