/// Brackets: calls and their arguments, parameter and base lists, comprehensions.
extension IndexBuilder {
    mutating func openBracket(at index: Int) {
        var frame = BracketFrame(open: index, callsStart: calls.count, commaStart: commaStack.count)
        let previous = lastSignificant
        if brackets.isEmpty, let scope = pendingHeaderScope, isOp(index, UInt8(ascii: "(")) {
            pendingHeaderScope = nil
            if scopes[scope].kind == .function { frame.parameters = scope } else { frame.bases = scope }
        } else if isOp(index, UInt8(ascii: "(")) && previous >= 0 && startsCall(after: previous) {
            let (callee, first, firstName) = calleeChain(endingAt: previous)
            callFirstNames.append(firstName)
            let (function, depth) = loopContext()
            let token = tokens[index]
            calls.append(Call(
                callee: callee, resolvedName: callee, line: Int(tokens[previous].line), endLine: Int(token.line),
                isAwaited: false, function: function,
                inAsyncFunction: function.map { scopes[$0].isAsync } ?? false, loopDepth: depth,
                arguments: [], calleeToken: first, openParen: index, closeParen: index))
            frame.call = calls.count - 1
            frame.callsStart = calls.count
        }
        brackets.append(frame)
    }

    /// Whether `(` after token `previous` calls something (`f(`, `a.b(`, `f()(`, `x[0](`), rather than
    /// grouping (`if (`, `= (`) or defining (`def f(`).
    func startsCall(after previous: Int) -> Bool {
        let token = tokens[previous]
        if token.kind == .name {
            if let keyword = keyword(previous), keyword.blocksCall { return false }
            let before = significant(before: previous)
            if before >= 0, let keyword = keyword(before), keyword == .def || keyword == .class { return false }
            return true
        }
        return isOp(previous, UInt8(ascii: ")")) || isOp(previous, UInt8(ascii: "]"))
    }

    /// The dotted callee ending at `last`, dropping calls and subscripts; the index of its first token and
    /// of its first name (for resolving through imports, -1 if none).
    mutating func calleeChain(endingAt last: Int) -> (String, first: Int, firstName: Int) {
        chainScratch.removeAll(keepingCapacity: true)
        var index = last
        var first = last
        // A cap keeps pathological chains (`a()()()...` thousands long) linear overall.
        var steps = 0
        while index >= 0 && steps < 64 {
            steps += 1
            let token = tokens[index]
            if token.kind == .name {
                if let keyword = keyword(index), keyword.blocksCall { break }
                chainScratch.append(index)
                first = index
                let dot = significant(before: index)
                guard dot >= 0, isOp(dot, UInt8(ascii: ".")) else { break }
                index = significant(before: dot)
            } else if (isOp(index, UInt8(ascii: ")")) || isOp(index, UInt8(ascii: "]"))), openOf[index] >= 0 {
                let open = Int(openOf[index])
                first = open
                let before = significant(before: open)
                guard before >= 0, tokens[before].kind == .name || isOp(before, UInt8(ascii: ")"))
                    || isOp(before, UInt8(ascii: "]")) else { break }
                if tokens[before].kind == .name, let keyword = keyword(before), keyword.blocksCall { break }
                index = before
            } else {
                break
            }
        }
        let firstName = chainScratch.last ?? -1
        if chainScratch.count <= 1 {
            return (firstName >= 0 ? text(firstName) : "", first, firstName)
        }
        // `a.b.c` written without spaces, calls or subscripts is one source slice: no byte copy needed.
        var contiguous = true
        for position in 1..<chainScratch.count where chainScratch[position] + 2 != chainScratch[position - 1]
            || tokens[chainScratch[position]].end != tokens[chainScratch[position] + 1].start
            || tokens[chainScratch[position] + 1].end != tokens[chainScratch[position - 1]].start {
            contiguous = false
            break
        }
        if contiguous {
            return (sourceText(firstName..<chainScratch[0] + 1), first, firstName)
        }
        byteScratch.removeAll(keepingCapacity: true)
        for position in stride(from: chainScratch.count - 1, through: 0, by: -1) {
            let name = tokens[chainScratch[position]]
            if position != chainScratch.count - 1 { byteScratch.append(UInt8(ascii: ".")) }
            byteScratch.append(contentsOf: UnsafeBufferPointer(rebasing: src[Int(name.start)..<Int(name.end)]))
        }
        return (String(decoding: byteScratch, as: UTF8.self), first, firstName)
    }

    mutating func closeBracket(at index: Int) {
        guard let frame = brackets.popLast() else { return }
        openOf[index] = Int32(frame.open)
        // Values are computed into locals before the stores: calling a method on `self` inside an
        // assignment to one of its arrays made the compiler copy the whole builder.
        if let call = frame.call {
            let arguments = arguments(frame: frame, close: index)
            let endLine = Int(tokens[index].line)
            calls[call].closeParen = index
            calls[call].endLine = endLine
            calls[call].arguments = arguments
        }
        if let scope = frame.parameters {
            let parameters = parameters(frame: frame, close: index)
            scopes[scope].parameters = parameters
        }
        if let scope = frame.bases {
            let bases = bases(frame: frame, close: index)
            scopes[scope].bases = bases
        }
        if frame.commaStart < commaStack.count { commaStack.removeLast(commaStack.count - frame.commaStart) }
        if frame.isComprehension {
            let function = innermostFunction()
            loops.append(Loop(
                kind: .comprehension, line: Int(tokens[frame.open].line), endLine: Int(tokens[index].line),
                tokenRange: frame.open..<index + 1, function: function))
            for call in frame.callsStart..<calls.count where calls[call].function == function {
                calls[call].loopDepth += 1
            }
        }
    }

    /// Closes brackets left open at the end of a logical line (only in broken code).
    mutating func closeBrackets(at index: Int) {
        while !brackets.isEmpty { closeBracket(at: max(index - 1, brackets[brackets.count - 1].open)) }
    }

    /// Fills `segmentScratch` with the top-level comma-separated parts between `frame.open` and `close`,
    /// NL and comments trimmed, empty parts skipped. A scratch array and no closure: a closure capturing
    /// `self` here made the compiler copy the whole builder for every call.
    mutating func collectSegments(frame: BracketFrame, close: Int) {
        segmentScratch.removeAll(keepingCapacity: true)
        var start = frame.open + 1
        let commaCount = commaStack.count - frame.commaStart
        for position in 0...commaCount {
            let end = position < commaCount ? commaStack[frame.commaStart + position] : close
            var lower = start
            var upper = end
            while lower < upper && (tokens[lower].kind == .nl || tokens[lower].kind == .comment) { lower += 1 }
            while upper > lower && (tokens[upper - 1].kind == .nl || tokens[upper - 1].kind == .comment) { upper -= 1 }
            if lower < upper { segmentScratch.append(lower..<upper) }
            start = end + 1
        }
    }

    mutating func arguments(frame: BracketFrame, close: Int) -> [Argument] {
        collectSegments(frame: frame, close: close)
        var result: [Argument] = []
        result.reserveCapacity(segmentScratch.count)
        for range in segmentScratch {
            if range.count >= 3, tokens[range.lowerBound].kind == .name, isOp(range.lowerBound + 1, UInt8(ascii: "=")) {
                result.append(Argument(keyword: text(range.lowerBound), tokenRange: range.lowerBound + 2..<range.upperBound))
            } else {
                result.append(Argument(keyword: nil, tokenRange: range))
            }
        }
        return result
    }

    mutating func parameters(frame: BracketFrame, close: Int) -> [Parameter] {
        collectSegments(frame: frame, close: close)
        var result: [Parameter] = []
        result.reserveCapacity(segmentScratch.count)
        for range in segmentScratch {
            var index = range.lowerBound
            while index < range.upperBound && tokens[index].kind == .op { index += 1 }
            guard index < range.upperBound, tokens[index].kind == .name else { continue }
            let name = text(index)
            var annotation: String?
            if index + 1 < range.upperBound && isOp(index + 1, UInt8(ascii: ":")) {
                var end = index + 2
                var depth = 0
                while end < range.upperBound {
                    if depth == 0 && isOp(end, UInt8(ascii: "=")) { break }
                    if isOp(end, UInt8(ascii: "(")) || isOp(end, UInt8(ascii: "[")) || isOp(end, UInt8(ascii: "{")) { depth += 1 }
                    if isOp(end, UInt8(ascii: ")")) || isOp(end, UInt8(ascii: "]")) || isOp(end, UInt8(ascii: "}")) { depth -= 1 }
                    end += 1
                }
                if end > index + 2 { annotation = sourceText(index + 2..<end) }
            }
            result.append(Parameter(name: name, annotation: annotation))
        }
        return result
    }

    /// Class bases as dotted names, subscripts and keyword arguments (`metaclass=`) dropped.
    mutating func bases(frame: BracketFrame, close: Int) -> [String] {
        collectSegments(frame: frame, close: close)
        var result: [String] = []
        for range in segmentScratch {
            if isOp(range.lowerBound, UInt8(ascii: "*")) { continue }
            if range.count >= 2 && isOp(range.lowerBound + 1, UInt8(ascii: "=")) { continue }
            var name = ""
            var index = range.lowerBound
            while index < range.upperBound, tokens[index].kind == .name {
                if !name.isEmpty { name += "." }
                name += text(index)
                guard index + 2 < range.upperBound, isOp(index + 1, UInt8(ascii: ".")) else { break }
                index += 2
            }
            if !name.isEmpty { result.append(name) }
        }
        return result
    }

    /// Source text from the first token's start to the last token's end.
    func sourceText(_ range: Range<Int>) -> String {
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        return String(decoding: UnsafeBufferPointer(rebasing: src[start..<max(start, end)]), as: UTF8.self)
    }
}
