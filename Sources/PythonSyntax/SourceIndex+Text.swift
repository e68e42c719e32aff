/// Reading source text back from an index: token text, token-range slices, lines, and the function at a line.
extension SourceIndex {
    /// The source text of token `index` (empty if out of range).
    public func text(of index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        let token = tokens[index]
        return String(decoding: source[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// The source slice from the first token's start to the last token's end, whitespace and comments
    /// between them included (empty for an empty or invalid range).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        guard start <= end else { return "" }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    /// Line `line` (1-based) without its line break; empty outside the file.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : source.count
        while end > start && (source[end - 1] == UInt8(ascii: "\n") || source[end - 1] == UInt8(ascii: "\r")) {
            end -= 1
        }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    /// The innermost function (`def`/`async def`) whose lines contain `line`, as an index into `scopes`.
    public func function(at line: Int) -> Int? {
        var best: Int?
        for (index, scope) in scopes.enumerated() where scope.kind == .function && scope.line <= line && line <= scope.endLine {
            if let current = best, scopes[current].line > scope.line { continue }
            best = index
        }
        return best
    }

    /// The innermost scope (function or class) whose lines contain `line`.
    public func scope(at line: Int) -> Int? {
        var best: Int?
        for (index, scope) in scopes.enumerated() where scope.line <= line && line <= scope.endLine {
            if let current = best, scopes[current].line > scope.line { continue }
            best = index
        }
        return best
    }

    /// `dotted` with its first component resolved through the file's imports (`np.array` → `numpy.array`).
    public func resolve(_ dotted: String) -> String {
        ImportTable(imports).resolve(dotted)
    }
}
