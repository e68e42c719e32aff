import Foundation
import ReviewEngine

#if canImport(Glibc)
    import Glibc
#endif

/// Head contents read from a checkout on disk.
///
/// Paths come from a diff, which is pull-request content and so hostile input: a path that leaves
/// the root (`../x`, an absolute path, or a symlink pointing outside) is never read. The engine then
/// rebuilds the file from the diff alone.
struct DirectoryContentSource: ContentSource {
    /// The root with symlinks resolved, ending in "/".
    let root: String

    init(root: String) {
        let absolute = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL.path
        let resolved = Self.realPath(absolute) ?? absolute
        self.root = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    static func checkExists(_ root: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("--root \(root): no such directory")
        }
    }

    func contents(of path: String) throws -> [UInt8]? {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
        guard let resolved = Self.realPath(root + path), resolved.hasPrefix(root) else { return nil }
        return FileManager.default.contents(atPath: resolved).map { [UInt8]($0) }
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
