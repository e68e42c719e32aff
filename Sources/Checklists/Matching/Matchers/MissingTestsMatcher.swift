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
        /// Every name the test files import, with each of its dotted prefixes (`a.b.c` → `a`, `a.b`,
        /// `a.b.c`), so "imports the module or something inside it" is one lookup.
        var importedPrefixes: Set<String> = []

        mutating func add(_ file: FileSummary) {
            names.insert(MissingTestsMatcher.fileName(file.path))
            for name in file.importedNames {
                importedPrefixes.insert(name)
                let utf8 = name.utf8
                var position = utf8.startIndex
                while let dot = utf8[position...].firstIndex(of: UInt8(ascii: ".")) {
                    importedPrefixes.insert(String(name[..<dot]))
                    position = utf8.index(after: dot)
                }
            }
        }
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
            if file.status != .deleted { evidence.add(file) }
        }
        var result: [(path: String, hit: Hit)] = []
        for (position, file) in files.enumerated()
        where file.status == .added && file.path.hasSuffix(".py") && !isTest[position] && accepts(file.path) {
            let name = Self.fileName(file.path)
            guard name != "__init__.py" else { continue }
            let stem = String(name.dropLast(3))
            var tested = evidence.names.contains("test_\(stem).py") || evidence.names.contains("\(stem)_test.py")
            if !tested, let module = file.moduleName { tested = evidence.importedPrefixes.contains(module) }
            if !tested { result.append((file.path, Hit(line: file.firstDefinitionLine ?? 1))) }
        }
        return result
    }
}
