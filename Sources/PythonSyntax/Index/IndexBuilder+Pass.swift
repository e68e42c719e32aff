/// The main loop: dispatch on each token.
extension IndexBuilder {
    mutating func build() {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .comment, .nl:
                break
            case .newline:
                endStatement(at: index)
                closeBrackets(at: index)
                closeInlineBlocks(at: index)
                atStatementStart = true
            case .indent:
                indentLevel += 1
                if let top = blocks.indices.last, blocks[top].awaitingIndent {
                    blocks[top].awaitingIndent = false
                    blocks[top].bodyLevel = indentLevel
                }
                atStatementStart = true
            case .dedent:
                indentLevel -= 1
                closeBlocks(at: index, keepingLevel: indentLevel)
                atStatementStart = true
            case .endMarker:
                endStatement(at: index)
                closeBrackets(at: index)
                closeBlocks(at: index, keepingLevel: -1)
            default:
                if atStatementStart {
                    atStatementStart = false
                    startStatement(at: index)
                }
                visit(index)
                lastSignificant = index
            }
            index += 1
        }
        finish()
    }

    /// A significant token inside a statement.
    mutating func visit(_ index: Int) {
        let token = tokens[index]
        switch token.kind {
        case .op:
            let length = token.end - token.start
            let c = src[Int(token.start)]
            if length == 1 {
                switch c {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): openBracket(at: index)
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): closeBracket(at: index)
                case UInt8(ascii: ","):
                    if !brackets.isEmpty { commaStack.append(index) }
                case UInt8(ascii: ":"): colon(at: index)
                case UInt8(ascii: "="): if brackets.isEmpty && statement.isSimple { statementEquals.append(index) }
                case UInt8(ascii: ";"):
                    if brackets.isEmpty {
                        endStatement(at: index)
                        atStatementStart = true
                    }
                default: break
                }
            } else if length >= 2 && src[Int(token.end) - 1] == UInt8(ascii: "=") && brackets.isEmpty
                && statement.isSimple && statement.augmented == nil && statementEquals.isEmpty {
                let first = src[Int(token.start)]
                let isComparison = length == 2 && (first == UInt8(ascii: "=") || first == UInt8(ascii: "!")
                    || first == UInt8(ascii: "<") || first == UInt8(ascii: ">"))
                if !isComparison && !(length == 2 && first == UInt8(ascii: ":")) { statement.augmented = index }
            }
        case .name:
            if !brackets.isEmpty && token.end - token.start == 3 && src[Int(token.start)] == UInt8(ascii: "f")
                && keyword(index) == .for {
                brackets[brackets.count - 1].isComprehension = true
            }
        case .string:
            recordString(at: index)
        case .fstringStart:
            fstringStarts.append(index)
        case .fstringEnd:
            if let start = fstringStarts.popLast() { recordFString(from: start, to: index) }
        default:
            break
        }
    }

    /// A `:` at bracket depth 0 ends a compound statement's header.
    mutating func colon(at index: Int) {
        guard brackets.isEmpty else { return }
        if statement.headerColonPending {
            statement.headerColonPending = false
            pendingHeaderScope = nil
            let next = significant(from: index + 1)
            let inline = next < tokens.count && tokens[next].kind != .newline
            if let top = blocks.indices.last, blocks[top].headerOpen {
                blocks[top].headerOpen = false
                if inline { blocks[top].inline = true } else { blocks[top].awaitingIndent = true }
                if case .scope = blocks[top].kind { expectingDocstring = true }
            }
            if inline {
                endStatement(at: index)
                atStatementStart = true
            }
        } else if statement.isSimple && statement.annotationColon == nil && statementEquals.isEmpty {
            statement.annotationColon = index
        }
    }

    /// Resolves names through the imports (which may come after their use) and sets `isAwaited`. Calls are
    /// updated in place by index: iterating `calls` by value copied (retained and released) every call.
    mutating func finish() {
        let table = ImportTable(imports)
        for index in 0..<calls.count {
            let firstName = callFirstNames[index]
            if !table.isEmpty && firstName >= 0 {
                let nameToken = tokens[firstName]
                let nameBytes = UnsafeBufferPointer(rebasing: src[Int(nameToken.start)..<Int(nameToken.end)])
                if table.binds(nameBytes), let target = table.target(of: String(decoding: nameBytes, as: UTF8.self)) {
                    let nameLength = Int(nameToken.end - nameToken.start)
                    let callee = calls[index].callee
                    let rest = callee[callee.utf8.index(callee.utf8.startIndex, offsetBy: nameLength)...]
                    // One allocation: `target + rest` grew the string once more.
                    var name = ""
                    name.reserveCapacity(target.utf8.count + rest.utf8.count)
                    name += target
                    name += rest
                    calls[index].resolvedName = name
                }
            }
            let awaited = isAwaited(calleeToken: calls[index].calleeToken, closeParen: calls[index].closeParen)
            if awaited { calls[index].isAwaited = true }
        }
        if !table.isEmpty {
            for index in scopes.indices {
                if !scopes[index].decorators.isEmpty {
                    let resolved = scopes[index].decorators.map { table.resolve($0) }
                    scopes[index].resolvedDecorators = resolved
                }
                if !scopes[index].bases.isEmpty {
                    let resolved = scopes[index].bases.map { table.resolve($0) }
                    scopes[index].resolvedBases = resolved
                }
            }
        } else {
            for index in scopes.indices {
                if !scopes[index].decorators.isEmpty { scopes[index].resolvedDecorators = scopes[index].decorators }
                if !scopes[index].bases.isEmpty { scopes[index].resolvedBases = scopes[index].bases }
            }
        }
        // Comprehensions are recorded when they close and f-strings at their end, so both can be out of
        // order; sorting only when needed skips the sort for most files.
        if !Self.isSorted(loops.lazy.map(\.tokenRange.lowerBound)) {
            loops.sort { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
        }
        if !Self.isSorted(strings.lazy.map(\.tokenRange.lowerBound)) {
            strings.sort { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
        }
    }

    static func isSorted<C: Collection>(_ values: C) -> Bool where C.Element == Int {
        var previous = Int.min
        for value in values {
            if value < previous { return false }
            previous = value
        }
        return true
    }

    /// `await callee(...)` where the call is the whole awaited primary (`await a.b().c()` awaits `c`, not `b`).
    /// `mutating` only so that calling it from `finish` borrows the builder: as a non-mutating method the
    /// compiler copied the whole builder (every array retained and released) for each call.
    mutating func isAwaited(calleeToken: Int, closeParen: Int) -> Bool {
        let before = significant(before: calleeToken)
        guard before >= 0, keyword(before) == .await else { return false }
        let after = significant(from: closeParen + 1)
        guard after < tokens.count else { return true }
        return !(isOp(after, UInt8(ascii: ".")) || isOp(after, UInt8(ascii: "(")) || isOp(after, UInt8(ascii: "[")))
    }
}
