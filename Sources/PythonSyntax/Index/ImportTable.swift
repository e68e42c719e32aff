/// Bound names from a file's imports, for resolving dotted names to what they refer to.
struct ImportTable {
    private var targets: [String: String] = [:]

    init(_ imports: [Import] = []) {
        for item in imports { add(item) }
    }

    /// Later imports of the same name win, as at run time for module-level code.
    mutating func add(_ item: Import) {
        guard item.boundName != "*" else { return }
        // `import a.b` binds `a` to the package `a`, not to `a.b`.
        if item.name == nil && item.alias == nil {
            targets[item.boundName] = item.boundName
        } else {
            targets[item.boundName] = item.qualifiedName
        }
    }

    /// `dotted` with its first component replaced by what it was imported as; unchanged if not imported.
    func resolve(_ dotted: String) -> String {
        guard !targets.isEmpty, !dotted.isEmpty else { return dotted }
        if let dot = dotted.firstIndex(of: ".") {
            guard let target = targets[String(dotted[..<dot])] else { return dotted }
            return target + dotted[dot...]
        }
        return targets[dotted] ?? dotted
    }
}
