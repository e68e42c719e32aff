/// Flags files added under the rule's paths that come without a test in the same change: an added or
/// modified file matching the test globs that is named `test_<stem>.py` / `<stem>_test.py` or imports
/// the new module.
final class MissingTestsMatcher: ChangeSetMatcher {
    let tests: [Glob]

    init(_ spec: MissingTestsSpec) throws {
        tests = try spec.tests.map { pattern throws in try Glob(pattern) }
    }

    var readGlobs: [Glob] { tests }

    func reads(_ path: String) -> Bool {
        tests.contains { $0.matches(path) }
    }

    /// What the change's test files offer, collected once so each added file is checked in constant time
    /// (comparing every added file with every test file was quadratic on large changes).
    struct TestEvidence {
        /// File names of the test files (`test_booking.py`).
        var names: Set<String> = []
        /// Imported names of the test files, each exactly as imported.
        var imports: [String] = []
    }

    /// Which of `modules` some imported name covers (is the module or something inside it, as
    /// `ImportsMatcher.covers` decides). Each imported name is hashed once, byte by byte, and its
    /// prefixes ending before a dot are looked up by hash, then compared to be exact.
    static func importedModules(_ modules: Set<String>, by imports: [String]) -> Set<String> {
        var byHash: [Int: [String]] = [:]
        for module in modules { byHash[NamePatterns.componentKey(module[...]), default: []].append(module) }
        var found: Set<String> = []
        for name in imports {
            var copy = name
            copy.withUTF8 { bytes in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                func check(_ length: Int) {
                    guard let candidates = byHash[Int(truncatingIfNeeded: hash)] else { return }
                    for module in candidates where module.utf8.elementsEqual(bytes[0..<length]) { found.insert(module) }
                }
                for (offset, byte) in bytes.enumerated() {
                    if byte == UInt8(ascii: ".") { check(offset) }
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                }
                check(bytes.count)
            }
        }
        return found
    }

    static func fileName(_ path: String) -> String {
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) { return String(path[path.utf8.index(after: slash)...]) }
        return path
    }

    func hits(in files: [FileSummary], accepts: (String) -> Bool) -> [(path: String, hit: Hit)] {
        var evidence = TestEvidence()
        var isTest = [Bool](repeating: false, count: files.count)
        for (position, file) in files.enumerated() where tests.contains(where: { $0.matches(file.path) }) {
            isTest[position] = true
            guard file.status != .deleted else { continue }
            evidence.names.insert(Self.fileName(file.path))
            evidence.imports += file.importedNames
        }
        // Added files without a test named after them; then the ones among those whose module a
        // test imports.
        var untested: [(file: FileSummary, name: String)] = []
        for (position, file) in files.enumerated()
        where file.status == .added && file.path.hasSuffix(".py") && !isTest[position] && accepts(file.path) {
            let name = Self.fileName(file.path)
            guard name != "__init__.py" else { continue }
            let stem = String(name.dropLast(3))
            if evidence.names.contains("test_\(stem).py") || evidence.names.contains("\(stem)_test.py") { continue }
            untested.append((file, name))
        }
        let modules = Set(untested.compactMap(\.file.moduleName))
        let imported = modules.isEmpty ? [] : Self.importedModules(modules, by: evidence.imports)
        return untested.compactMap { entry in
            if let module = entry.file.moduleName, imported.contains(module) { return nil }
            return (entry.file.path, Hit(line: entry.file.firstDefinitionLine ?? 1))
        }
    }
}
