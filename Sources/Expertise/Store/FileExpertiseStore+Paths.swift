extension FileExpertiseStore {
    /// The file of a memory: `.file(p)` is `p`; `.repository(host, path)` is
    /// `<data>/expertise/<host>/<path components>/ai_docs/expertise/domain-experts/backend.yaml`.
    ///
    /// Repository paths come from webhooks, so each component is checked: empty, `.`, `..` and NUL-containing
    /// components and absolute paths are refused, and any byte outside `[A-Za-z0-9._-]` is percent-encoded, so a
    /// name can never leave its folder or collide with another.
    public func fileURL(for location: MemoryLocation) throws -> String {
        switch location {
        case .file(let path):
            guard !path.isEmpty, !path.contains("\0") else {
                throw ExpertiseStoreError(path: path, message: "a memory file path must be non-empty and free of NUL bytes")
            }
            return path
        case .repository(let host, let path):
            let where_ = "\(host)/\(path)"
            guard !path.hasPrefix("/") else {
                throw ExpertiseStoreError(path: where_, message: "the repository path is absolute; expected OWNER/NAME")
            }
            let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else {
                throw ExpertiseStoreError(path: where_, message: "expected a repository path OWNER/NAME (or GROUP/.../NAME)")
            }
            let components = try ([host] + parts).map { try Self.safeComponent($0, in: where_) }
            var root = dataDirectory
            while root.count > 1, root.hasSuffix("/") { root.removeLast() }
            return ([root, "expertise"] + components + [ExpertiseMemory.relativePath]).joined(separator: "/")
        }
    }

    /// One path component, refused when it could escape its folder, and percent-encoded otherwise.
    static func safeComponent(_ component: String, in location: String) throws -> String {
        guard !component.isEmpty, component != ".", component != "..", !component.contains("\0") else {
            let shown = component.isEmpty ? "an empty component" : "the component `\(component.replacingNUL)`"
            throw ExpertiseStoreError(
                path: location.replacingNUL,
                message: "refusing a repository location with \(shown); host and path components must be names")
        }
        var encoded = ""
        for byte in component.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += byte < 16 ? "%0\(hex)" : "%\(hex)"
            }
        }
        guard encoded.utf8.count <= 255 else {
            throw ExpertiseStoreError(path: location, message: "a repository path component is too long for a file name")
        }
        return encoded
    }
}

private extension String {
    /// The text with NUL shown as `\0`, for messages and logs.
    var replacingNUL: String { split(separator: "\0", omittingEmptySubsequences: false).joined(separator: "\\0") }
}
