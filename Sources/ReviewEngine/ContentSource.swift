/// Where the engine reads the head contents of changed files: a checkout on disk, a git object
/// store, or a host's API. Implementations live at the edge; the engine only asks.
public protocol ContentSource: Sendable {
    /// The file's bytes at the head of the change, or nil when the source has no such file.
    func contents(of path: String) throws -> [UInt8]?
}

/// A source with nothing in it: the engine then rebuilds what it can from the diff itself.
public struct EmptyContentSource: ContentSource {
    public init() {}
    public func contents(of path: String) throws -> [UInt8]? { nil }
}

/// Contents held in memory, keyed by repository-relative path (tests, replays, host fetches).
public struct InMemoryContentSource: ContentSource {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    public init(texts: [String: String]) {
        self.files = texts.mapValues { Array($0.utf8) }
    }

    public func contents(of path: String) throws -> [UInt8]? { files[path] }
}
