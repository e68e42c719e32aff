import Foundation

/// A provider's endpoint URL, built from the configured base URL and the API path.
///
/// The base may carry a path (`https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`, a proxy prefix); the API
/// path is appended to it, never substituted. An unusable base is kept as a reason, reported by the first request
/// (the factory cannot fail), without echoing the URL: it may carry user info.
struct ProviderEndpoint: Sendable, Hashable {
    /// The absolute URL, or why there is none.
    let url: Result<String, LLMError>

    /// `base` + `path`, where `path` starts with `/`. `droppingDuplicate` names a trailing base segment that the
    /// path already starts with (`/v1` for Anthropic, so `https://api.anthropic.com/v1` works as well).
    init(base: String, path: String, droppingDuplicate duplicate: String? = nil) {
        guard let components = URLComponents(string: base.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil
        else {
            url = .failure(
                LLMError(
                    kind: .rejected,
                    message: "llm.base_url is not an absolute http(s) URL without a query; use e.g. https://api.openai.com/v1"
                )
            )
            return
        }
        var prefix = components.percentEncodedPath
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if let duplicate, prefix.hasSuffix(duplicate), path.hasPrefix(duplicate + "/") {
            prefix.removeLast(duplicate.count)
        }
        var origin = "\(scheme)://"
        if let user = components.percentEncodedUser {
            origin += user + (components.percentEncodedPassword.map { ":" + $0 } ?? "") + "@"
        }
        origin += host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        if let port = components.port { origin += ":\(port)" }
        url = .success(origin + prefix + path)
    }
}
