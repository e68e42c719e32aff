import Foundation
import ReviewEngine

/// Head contents read from a checkout on disk. Paths that escape the root are refused, since
/// paths come from a diff, which is pull-request content and so hostile input.
struct DirectoryContentSource: ContentSource {
    let root: URL

    init(root: String) {
        self.root = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
    }

    static func checkExists(_ root: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("--root \(root): no such directory")
        }
    }

    func contents(of path: String) throws -> [UInt8]? {
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.contains("..") else { return nil }
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return [UInt8](data)
    }
}
