/// Bound names from a file's imports, for resolving dotted names to what they refer to.
struct ImportTable {
    private var targets: [String: String] = [:]
    /// The bound names' first bytes and lengths (bit `min(length, 63)`): reject most names with two bit
    /// tests, before building a `String` and hashing it. No allocation per bound name.
    private var firstBytes = ByteSet()
    private var lengths: UInt64 = 0

    init(_ imports: [Import] = []) {
        targets.reserveCapacity(imports.count)
        for item in imports { add(item) }
    }

    /// Later imports of the same name win, as at run time for module-level code.
    mutating func add(_ item: Import) {
        guard item.boundName != "*" else { return }
        let bound = item.boundName.utf8
        if let first = bound.first {
            firstBytes.insert(first)
            lengths |= 1 << UInt64(min(bound.count, 63))
        }
        // `import a.b` binds `a` to the package `a`, not to `a.b`.
        if item.name == nil && item.alias == nil {
            targets[item.boundName] = item.boundName
        } else {
            targets[item.boundName] = item.qualifiedName
        }
    }

    var isEmpty: Bool { targets.isEmpty }

    /// Whether `bytes` may spell a bound name (a cheap pre-check before `target(of:)`; false means no).
    func binds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return firstBytes.contains(first) && lengths & (1 << UInt64(min(bytes.count, 63))) != 0
    }

    /// What a bound name was imported as, if it was.
    func target(of name: String) -> String? { targets[name] }

    /// `dotted` with its first component replaced by what it was imported as; unchanged if not imported.
    func resolve(_ dotted: String) -> String {
        guard !targets.isEmpty, let first = dotted.utf8.first, firstBytes.contains(first) else { return dotted }
        if let dot = dotted.utf8.firstIndex(of: UInt8(ascii: ".")) {
            guard let target = targets[String(dotted[..<dot])] else { return dotted }
            return target + dotted[dot...]
        }
        return targets[dotted] ?? dotted
    }
}
