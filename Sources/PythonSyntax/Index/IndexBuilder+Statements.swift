/// Statement starts (def, class, loops, decorators, imports, docstrings) and assignments.
extension IndexBuilder {
    mutating func startStatement(at index: Int) {
        resetStatement(start: index)
        let docstringCandidate = expectingDocstring
        expectingDocstring = false
        let kw = keyword(index)
        if let kw, kw != .match && kw != .case && kw != .type {
            statement.isSimple = false
        }
        if kw == .type {
            // `type Alias[T] = ...` (PEP 695) assigns `Alias`; `type = 1` or `type(x)` are ordinary code.
            let name = significant(from: index + 1)
            if name < tokens.count && tokens[name].kind == .name { statement.start = name }
        } else if let kw, kw == .match || kw == .case {
            treatSoftKeyword(kw, at: index)
        } else if let kw, kw.opensCompound {
            statement.headerColonPending = true
        }
        if isOp(index, UInt8(ascii: "@")) {
            if let decorator = dottedName(from: index + 1) { pendingDecorators.append(decorator) }
            return
        }
        var defining = index
        var isAsync = false
        if kw == .async {
            let next = significant(from: index + 1)
            if next < tokens.count {
                isAsync = true
                defining = next
            }
        }
        switch defining == index ? kw : keyword(defining) {
        case .def?: beginScope(kind: .function, keywordAt: defining, start: index, isAsync: isAsync)
        case .class?: beginScope(kind: .class, keywordAt: defining, start: index, isAsync: false)
        case .for?: beginLoop(kind: isAsync ? .asyncFor : .for, at: index, activeInHeader: false)
        case .while?: beginLoop(kind: .while, at: index, activeInHeader: true)
        case .import?, .from?:
            pendingDecorators.removeAll()
            scanImport(at: index)
        default:
            pendingDecorators.removeAll()
        }
        if docstringCandidate && tokens[index].kind == .string {
            let next = significant(from: index + 1)
            if next >= tokens.count || tokens[next].kind == .newline || tokens[next].kind == .string
                || tokens[next].kind == .endMarker || isOp(next, UInt8(ascii: ";")) {
                pendingDocstring = index
            }
        }
    }

    /// `match`/`case` are keywords only when they open a block: `match x:` yes, `match = 1` or `match(x)` at
    /// a statement start is decided by what follows.
    mutating func treatSoftKeyword(_ keyword: Keyword, at index: Int) {
        let next = significant(from: index + 1)
        guard next < tokens.count else { return }
        let following = tokens[next]
        let isOperatorAfter = following.kind == .op && !isOp(next, UInt8(ascii: "(")) && !isOp(next, UInt8(ascii: "["))
            && !isOp(next, UInt8(ascii: "{")) && !isOp(next, UInt8(ascii: "-")) && !isOp(next, UInt8(ascii: "*"))
        if isOperatorAfter || following.kind == .newline { return }
        statement.isSimple = false
        statement.headerColonPending = true
    }

    mutating func beginScope(kind: Scope.Kind, keywordAt defining: Int, start: Int, isAsync: Bool) {
        let nameIndex = significant(from: defining + 1)
        let name = nameIndex < tokens.count && tokens[nameIndex].kind == .name ? text(nameIndex) : ""
        let parent = innermostScope()
        // No `parent.map { ... }`: a closure reading `scopes` here made the compiler copy the builder.
        var qualified = name
        if let parent {
            // Sized once: `a + "." + b` built and grew two intermediate strings.
            let outer = scopes[parent].qualifiedName
            qualified = ""
            qualified.reserveCapacity(outer.utf8.count + 1 + name.utf8.count)
            qualified += outer
            qualified += "."
            qualified += name
        }
        let token = tokens[defining]
        scopes.append(Scope(
            kind: kind, name: name, qualifiedName: qualified, isAsync: isAsync, line: Int(token.line),
            endLine: Int(token.line), decorators: pendingDecorators, resolvedDecorators: [], bases: [],
            resolvedBases: [], parent: parent, parameters: [], tokenRange: start..<start + 1))
        pendingDecorators.removeAll()
        blocks.append(Block(kind: .scope(scopes.count - 1)))
        statement.headerColonPending = true
        pendingHeaderScope = scopes.count - 1
    }

    mutating func beginLoop(kind: Loop.Kind, at index: Int, activeInHeader: Bool) {
        pendingDecorators.removeAll()
        let line = Int(tokens[index].line)
        loops.append(Loop(kind: kind, line: line, endLine: line, tokenRange: index..<index + 1,
                          function: innermostFunction()))
        var block = Block(kind: .loop(loops.count - 1))
        block.activeInHeader = activeInHeader
        blocks.append(block)
        statement.headerColonPending = true
    }

    /// Starts a fresh statement state; the `=` list keeps its storage.
    mutating func resetStatement(start: Int) {
        statement = StatementState(start: start)
        if !statementEquals.isEmpty { statementEquals.removeAll(keepingCapacity: true) }
    }

    /// Records the assignment of the statement ending at `end` (NEWLINE, `;`, or end of input).
    mutating func endStatement(at end: Int) {
        defer { resetStatement(start: end + 1) }
        guard statement.isSimple else { return }
        let start = statement.start
        // The target segments end at the augmented operator, at each `=`, or at the annotation's `:`.
        let valueStart: Int
        let segmentCount: Int
        if let augmented = statement.augmented {
            valueStart = augmented + 1
            segmentCount = 1
        } else if let last = statementEquals.last {
            valueStart = last + 1
            segmentCount = statementEquals.count
        } else if statement.annotationColon != nil {
            valueStart = end
            segmentCount = 1
        } else {
            return
        }
        var targets: [String] = []
        var segmentStart = start
        for position in 0..<segmentCount {
            let segmentEnd = statement.augmented ?? (statementEquals.isEmpty
                ? statement.annotationColon ?? end : statementEquals[position])
            let limit = position == 0 ? (statement.annotationColon ?? segmentEnd) : segmentEnd
            appendTargetNames(from: segmentStart, to: min(limit, segmentEnd), into: &targets)
            segmentStart = segmentEnd + 1
        }
        guard !targets.isEmpty else { return }
        var valueEnd = end
        while valueEnd > valueStart && (tokens[valueEnd - 1].kind == .comment || tokens[valueEnd - 1].kind == .nl) {
            valueEnd -= 1
        }
        let function = innermostFunction()
        assignments.append(Assignment(
            targets: targets, line: Int(tokens[start].line), valueRange: valueStart..<max(valueStart, valueEnd),
            function: function))
    }

    /// Appends the dotted names assigned in `start..<end`: `a, (b, c)` → a, b, c; `self.x` → self.x;
    /// `d[k]` → d. Each name is one `String`, built from its name tokens in `nameScratch`.
    mutating func appendTargetNames(from start: Int, to end: Int, into names: inout [String]) {
        nameScratch.removeAll(keepingCapacity: true)
        var index = start
        while index < end {
            let token = tokens[index]
            if token.kind == .name {
                if index > start && isOp(index - 1, UInt8(ascii: ".")) && !nameScratch.isEmpty {
                    nameScratch.append(index)
                } else {
                    if !nameScratch.isEmpty { names.append(dottedText(nameScratch)) }
                    nameScratch.removeAll(keepingCapacity: true)
                    nameScratch.append(index)
                }
            } else if isOp(index, UInt8(ascii: "[")) && !nameScratch.isEmpty && index > start
                        && (tokens[index - 1].kind == .name || isOp(index - 1, UInt8(ascii: "]"))) {
                let close = matchingClose(of: index, limit: end)
                index = close
            }
            index += 1
        }
        if !nameScratch.isEmpty { names.append(dottedText(nameScratch)) }
    }

    /// The names at token indices `parts` joined with `.`; one source slice when written as `a.b` with
    /// nothing between the tokens.
    func dottedText(_ parts: [Int]) -> String {
        guard parts.count > 1 else { return text(parts[0]) }
        var contiguous = true
        for position in 1..<parts.count where parts[position] != parts[position - 1] + 2
            || tokens[parts[position - 1]].end != tokens[parts[position] - 1].start
            || tokens[parts[position] - 1].end != tokens[parts[position]].start {
            contiguous = false
            break
        }
        if contiguous { return sourceText(parts[0]..<parts[parts.count - 1] + 1) }
        var name = text(parts[0])
        for position in 1..<parts.count { name += "." + text(parts[position]) }
        return name
    }

    /// Index of the bracket closing the one at `open`, searching up to `limit` (returns `limit - 1` if unclosed).
    func matchingClose(of open: Int, limit: Int) -> Int {
        var depth = 0
        var index = open
        while index < limit {
            let token = tokens[index]
            if token.kind == .op && token.end - token.start == 1 {
                switch src[Int(token.start)] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return limit - 1
    }

    /// `a.b.c` starting at `index` (NL and comments skipped), stopping at anything else; nil if no name.
    func dottedName(from index: Int) -> String? {
        var current = significant(from: index)
        guard current < tokens.count, tokens[current].kind == .name else { return nil }
        var name = text(current)
        while true {
            let dot = significant(from: current + 1)
            guard dot < tokens.count, isOp(dot, UInt8(ascii: ".")) else { break }
            let next = significant(from: dot + 1)
            guard next < tokens.count, tokens[next].kind == .name else { break }
            name += "." + text(next)
            current = next
        }
        return name
    }
}
