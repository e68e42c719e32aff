import Foundation

/// A host API's base URL split into its origin and a path prefix (`https://ghe.example` + `/api/v3`),
/// so request paths are appended to the prefix rather than replacing it.
struct BaseURL: Sendable, Hashable {
    /// `scheme://host[:port]`.
    let origin: String
    /// The path the API lives under, without a trailing slash; empty for `https://api.github.com`.
    let pathPrefix: String

    /// Parses `string`, which must be an absolute `http` or `https` URL without a query or fragment.
    init(_ string: String) throws(HostClientConfigurationError) {
        guard let components = URLComponents(string: string),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else {
            throw HostClientConfigurationError(
                "API base URL '\(string)' is not an absolute http(s) URL; use e.g. https://api.github.com"
            )
        }
        guard components.query == nil, components.fragment == nil, components.user == nil else {
            throw HostClientConfigurationError(
                "API base URL must not carry a query, fragment or user info; pass credentials separately"
            )
        }
        let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let portPart = components.port.map { ":\($0)" } ?? ""
        self.origin = "\(scheme)://\(hostPart)\(portPart)"
        var prefix = components.percentEncodedPath
        while prefix.hasSuffix("/") { prefix.removeLast() }
        self.pathPrefix = prefix
    }

    /// The absolute URL of `path` (percent-encoded, starting with `/`) under this base, with `query` appended.
    func url(path: String, query: [QueryItem]) -> String {
        var url = origin + pathPrefix + path
        if !query.isEmpty {
            url += "?" + query.map { "\(PathEncoding.component($0.name))=\(PathEncoding.component($0.value))" }
                .joined(separator: "&")
        }
        return url
    }
}
