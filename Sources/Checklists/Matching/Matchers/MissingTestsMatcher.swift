/// Flags files added under the rule's paths that come without a test in the same change: an added or
/// modified file matching the test globs that is named `test_<stem>.py` / `<stem>_test.py` or imports
/// the new module.
struct MissingTestsMatcher: ChangeSetMatcher {
    let tests: [Glob]

    init(_ spec: MissingTestsSpec) throws {
        tests = try spec.tests.map { pattern throws in try Glob(pattern) }
    }

    func reads(_ path: String) -> Bool {
        tests.contains { $0.matches(path) }
    }

    func hits(in files: [FileSummary], accepts: (String) -> Bool) -> [(path: String, hit: Hit)] {
        let testFiles = files.filter { file in
            file.status != .deleted && tests.contains { $0.matches(file.path) }
        }.map { (name: String($0.path.split(separator: "/").last ?? ""), importedNames: $0.importedNames) }
        var result: [(path: String, hit: Hit)] = []
        for file in files where file.status == .added && file.path.hasSuffix(".py") && accepts(file.path) {
            let name = String(file.path.split(separator: "/").last ?? "")
            guard name != "__init__.py", !tests.contains(where: { $0.matches(file.path) }) else { continue }
            let stem = String(name.dropLast(3))
            let tested = testFiles.contains { test in
                if test.name == "test_\(stem).py" || test.name == "\(stem)_test.py" { return true }
                guard let module = file.moduleName else { return false }
                return test.importedNames.contains { ImportsMatcher.covers(module, $0) }
            }
            if !tested { result.append((file.path, Hit(line: file.firstDefinitionLine ?? 1))) }
        }
        return result
    }
}
