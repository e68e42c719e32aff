/// How a client authenticates to its host. Every textual form is redacted, so credentials can sit in
/// configuration structs that get logged.
public enum HostCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// A personal, project, fine-grained or bot token (GitHub `Bearer`, GitLab `PRIVATE-TOKEN`, Gitea `token`).
    case token(String)
    /// A GitHub App: its id (or client id) and its PEM private key (PKCS#1 `RSA PRIVATE KEY` or PKCS#8), used to
    /// sign JWTs for installation tokens.
    case githubApp(appID: String, privateKeyPEM: String)

    public var description: String {
        switch self {
        case .token: "token(<redacted>)"
        case .githubApp(let appID, _): "githubApp(appID: \(appID), privateKey: <redacted>)"
        }
    }

    public var debugDescription: String { description }

    /// No children, so `dump` and reflection show only the redacted description.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .enum) }
}
