/// Splits `owner/name` paths, for hosts that omit the owner object.
enum RepositoryPath {
    /// Everything before the last `/` (a GitLab namespace may contain several), or `nil` without a `/`.
    static func owner(of fullPath: String) -> String? {
        guard let slash = fullPath.lastIndex(of: "/") else { return nil }
        let owner = fullPath[..<slash]
        return owner.isEmpty ? nil : String(owner)
    }

    /// The component after the last `/`, or the whole path without one.
    static func name(of fullPath: String) -> String {
        guard let slash = fullPath.lastIndex(of: "/") else { return fullPath }
        return String(fullPath[fullPath.index(after: slash)...])
    }
}
