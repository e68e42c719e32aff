/// Bound names from a file's imports, for resolving dotted names to what they refer to.
struct ImportTable {
    private var targets: [String: String] = [:]

    init(_ imports: [Import] = []) {
        for item in imports { add(item) }
    }

    /// Later imports of the same name win, as at run time for module-level code.
    mutating func add(_ item: Import) {
        guard item.boundName != "*" else { return }
        if targets[item.boundName] == nil { boundBytes.append(Array(item.boundName.utf8)) }
        // `import a.b` binds `a` to the package `a`, not to `a.b`.
        if item.name == nil && item.alias == nil {
            targets[item.boundName] = item.boundName
        } else {
            targets[item.boundName] = item.qualifiedName
        }
    }

    var isEmpty: Bool { targets.isEmpty }

    /// The bound names' UTF-8, to reject most names without building a `String`.
    private var boundBytes: [[UInt8]] = []

    /// Whether `bytes` spell a bound name (a cheap pre-check before `target(of:)`).
    func binds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for name in boundBytes where name.count == bytes.count && name.first == bytes.first {
            if name.elementsEqual(bytes) { return true }
        }
        return false
    }

    /// What a bound name was imported as, if it was.
    func target(of name: String) -> String? { targets[name] }

    /// `dotted` with its first component replaced by what it was imported as; unchanged if not imported.
    func resolve(_ dotted: String) -> String {
        guard !targets.isEmpty, !dotted.isEmpty else { return dotted }
        if let dot = dotted.utf8.firstIndex(of: UInt8(ascii: ".")) {
            guard let target = targets[String(dotted[..<dot])] else { return dotted }
            return target + dotted[dot...]
        }
        return targets[dotted] ?? dotted
    }
}
