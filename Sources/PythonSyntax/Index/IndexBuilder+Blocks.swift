/// The block stack: which function, class and loops enclose the current token, and closing them.
extension IndexBuilder {
    /// Innermost function whose body (not header) encloses the current token.
    func innermostFunction() -> Int? {
        for position in stride(from: blocks.count - 1, through: 0, by: -1) {
            let block = blocks[position]
            if case .scope(let index) = block.kind, !block.headerOpen, scopes[index].kind == .function {
                return index
            }
        }
        return nil
    }

    /// Innermost function or class whose body encloses the current token.
    func innermostScope() -> Int? {
        for position in stride(from: blocks.count - 1, through: 0, by: -1) {
            let block = blocks[position]
            if case .scope(let index) = block.kind, !block.headerOpen { return index }
        }
        return nil
    }

    /// Statement loops enclosing the current token inside the innermost function, and that function.
    func loopContext() -> (function: Int?, depth: Int) {
        var depth = 0
        for position in stride(from: blocks.count - 1, through: 0, by: -1) {
            let block = blocks[position]
            switch block.kind {
            case .scope(let index):
                if !block.headerOpen && scopes[index].kind == .function { return (index, depth) }
            case .loop:
                if !block.headerOpen || block.activeInHeader { depth += 1 }
            }
        }
        return (nil, depth)
    }

    /// Closes blocks whose body is deeper than `level` (all of them for -1), and blocks that never got a body.
    mutating func closeBlocks(at index: Int, keepingLevel level: Int) {
        while let top = blocks.last {
            if level >= 0, let body = top.bodyLevel, body <= level { break }
            close(blocks.removeLast(), at: index)
        }
    }

    /// Closes one-line bodies (and headers left without a colon) at a NEWLINE.
    mutating func closeInlineBlocks(at index: Int) {
        while let top = blocks.last, top.inline || top.headerOpen {
            close(blocks.removeLast(), at: index)
        }
        pendingHeaderScope = nil
    }

    /// Sets the end of a block's scope or loop: the last significant token before `index`.
    mutating func close(_ block: Block, at index: Int) {
        var last = index - 1
        while last > 0 {
            let kind = tokens[last].kind
            if kind == .comment || kind == .nl || kind == .newline || kind == .dedent || kind == .indent {
                last -= 1
            } else {
                break
            }
        }
        let endLine = last >= 0 ? Int(tokens[last].endLine) : 1
        let end = max(last + 1, 0)
        switch block.kind {
        case .scope(let scope):
            scopes[scope].endLine = max(scopes[scope].line, endLine)
            scopes[scope].tokenRange = scopes[scope].tokenRange.lowerBound..<max(end, scopes[scope].tokenRange.lowerBound + 1)
        case .loop(let loop):
            loops[loop].endLine = max(loops[loop].line, endLine)
            loops[loop].tokenRange = loops[loop].tokenRange.lowerBound..<max(end, loops[loop].tokenRange.lowerBound + 1)
        }
    }
}
