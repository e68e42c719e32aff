/// Physical and logical lines: indentation, NEWLINE versus NL, comments and the end of input.
extension Lexer {
    /// Measures indentation at the start of a logical line and emits INDENT/DEDENT, or handles a blank or
    /// comment-only line (COMMENT, NL; no indentation change). Returns false at end of input.
    mutating func beginLogicalLine() -> Bool {
        var column = 0
        while pos < count {
            switch src[pos] {
            case UInt8(ascii: " "): column += 1
            case UInt8(ascii: "\t"): column = (column / 8 + 1) * 8
            case 0x0C: column = 0
            default: break
            }
            if src[pos] != UInt8(ascii: " ") && src[pos] != UInt8(ascii: "\t") && src[pos] != 0x0C { break }
            pos += 1
        }
        if pos >= count { return false }
        let c = src[pos]
        if c == UInt8(ascii: "#") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
            if c == UInt8(ascii: "#") { scanComment() }
            let start = pos
            let startLine = line
            let startColumn = pos - lineStart
            if pos < count { consumeLineBreak() }
            tokens.append(Token(
                kind: .nl, start: Int32(start), end: Int32(pos), line: startLine, column: Int32(startColumn),
                endLine: startLine, endColumn: Int32(startColumn + pos - start)))
            atLineStart = true
            return true
        }
        if column > indents[indents.count - 1] {
            indents.append(column)
            tokens.append(Token(
                kind: .indent, start: Int32(lineStart), end: Int32(pos), line: line, column: 0,
                endLine: line, endColumn: Int32(pos - lineStart)))
        } else if column < indents[indents.count - 1] {
            if !indents.contains(column) {
                // CPython raises IndentationError here; we flag it and dedent to the enclosing level.
                emitHere(.errorToken, from: pos)
            }
            while column < indents[indents.count - 1] {
                indents.removeLast()
                emitHere(.dedent, from: pos)
            }
        }
        return true
    }

    /// NEWLINE at bracket depth 0 (or below), NL inside brackets.
    mutating func scanNewline() {
        if let field = innermostFieldFString(), !field.isTriple {
            abortFString()
        }
        let start = pos
        let startColumn = pos - lineStart
        let startLine = line
        consumeLineBreak()
        tokens.append(Token(
            kind: parenDepth > 0 ? .nl : .newline, start: Int32(start), end: Int32(pos), line: startLine,
            column: Int32(startColumn), endLine: startLine, endColumn: Int32(pos - start + startColumn)))
        atLineStart = true
    }

    /// `#` to the end of the physical line, line break excluded.
    mutating func scanComment() {
        let start = pos
        var end = pos
        var high: UInt8 = 0
        while end < count {
            let c = src[end]
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
            high |= c
            end += 1
        }
        pos = end
        emitHere(.comment, from: start)
        if high >= 0x80 { validateUTF8(from: start, to: pos) }
        if line <= 2 { checkCodingCookie(commentStart: start) }
    }

    /// End of input: an ERRORTOKEN if a bracket, continuation or f-string is still open, the implicit
    /// NEWLINE CPython adds after a last line without a line break, the pending DEDENTs and ENDMARKER.
    mutating func finish() {
        pos = count
        if parenDepth != 0 || continued || !modes.isEmpty {
            emitHere(.errorToken, from: count)
            modes.removeAll()
        }
        var firstCode = lineStart
        while firstCode < count, src[firstCode] == 0x20 || src[firstCode] == 0x09 || src[firstCode] == 0x0C
            || src[firstCode] == 0x0B {
            firstCode += 1
        }
        let lastLineHasCode = firstCode < count
        if lastLineHasCode && src[firstCode] != UInt8(ascii: "#") {
            let column = Int32(count - lineStart)
            tokens.append(Token(
                kind: .newline, start: Int32(count), end: Int32(count), line: line, column: column,
                endLine: line, endColumn: column + 1))
        }
        // CPython reads one more (empty) line unless the input stopped inside a blank last line.
        let endLine = lastLineHasCode ? line + 1 : line
        for _ in 1..<max(1, indents.count) {
            tokens.append(Token(
                kind: .dedent, start: Int32(count), end: Int32(count), line: endLine, column: 0,
                endLine: endLine, endColumn: 0))
        }
        indents = [0]
        tokens.append(Token(
            kind: .endMarker, start: Int32(count), end: Int32(count), line: endLine, column: 0,
            endLine: endLine, endColumn: 0))
    }
}
