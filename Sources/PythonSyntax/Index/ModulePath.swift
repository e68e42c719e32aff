/// Module names from repository paths, and relative imports resolved against them.
///
/// `app/domain/x.py` is `app.domain.x`; `app/domain/__init__.py` is the package `app.domain`. A leading
/// `src/` component is dropped (the common "src layout", where `src/app/x.py` is imported as `app.x`),
/// and so is a leading `./`.
enum ModulePath {
    /// Dotted module name for `path`, and the package relative imports start from.
    static func names(for path: String) -> (module: String, package: [Substring]) {
        var parts = components(of: path)
        while let first = parts.first, first == "." { parts.removeFirst() }
        if parts.count > 1, parts.first == "src" { parts.removeFirst() }
        guard var last = parts.popLast() else { return ("", []) }
        // Byte suffixes: `hasSuffix` compares Characters, which costs more than the rest of the index
        // for a small file.
        if last.utf8.count >= 4 && last.utf8.suffix(4).elementsEqual(".pyi".utf8) {
            last = last[..<last.utf8.index(last.utf8.endIndex, offsetBy: -4)]
        } else if last.utf8.count >= 3 && last.utf8.suffix(3).elementsEqual(".py".utf8) {
            last = last[..<last.utf8.index(last.utf8.endIndex, offsetBy: -3)]
        }
        if last == "__init__" {
            return (parts.joined(separator: "."), parts)
        }
        let module = (parts + [last]).joined(separator: ".")
        return (module, parts)
    }

    /// `path` split at `/`, empty parts dropped; by bytes, as splitting by `Character` cost more than
    /// indexing a small file.
    static func components(of path: String) -> [Substring] {
        var parts: [Substring] = []
        let bytes = path.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "/") {
                if start != index { parts.append(path[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != bytes.endIndex { parts.append(path[start..<bytes.endIndex]) }
        return parts
    }

    /// The absolute module of `from <dots><module> import ...`: `level` dots climb `level - 1` packages up
    /// from `package` (never above the top).
    static func resolve(level: Int, module: String, package: [Substring]) -> String {
        guard level > 0 else { return module }
        let base = package.dropLast(min(package.count, level - 1))
        var parts = base.map(String.init)
        if !module.isEmpty { parts.append(module) }
        return parts.joined(separator: ".")
    }
}
