import Checklists

extension BotCommand {
    /// The command in a comment body, or nil when the body does not mention the bot.
    ///
    /// The first mention of `@<mention>` (case-insensitive, a whole word, outside fenced code blocks, `>`
    /// quotes and inline code) followed by a command word wins. A mention followed by another word gives
    /// `.help(unknown: word)`, a bare mention `.help(unknown: nil)`, unless a later line holds a real
    /// command. Control characters are stripped, reasons cut to ``reasonLength``, and rule ids must be
    /// `[A-Za-z0-9._-]+` (else `.help(unknown: nil)`).
    public static func parse(_ body: String, mention: String = "backend-review") -> BotCommand? {
        let handle = Array(mention.lowercased().unicodeScalars)
        guard !handle.isEmpty else { return nil }
        var fallback: BotCommand?
        for line in CommentLines(body.unicodeScalars.prefix(scannedLength)).prose {
            for start in mentions(of: handle, in: line) {
                switch command(after: Array(line[start...])) {
                case .command(let command): return command
                case .other(let word): fallback = fallback ?? .help(unknown: word)
                case .bare: fallback = fallback ?? .help(unknown: nil)
                }
            }
        }
        return fallback
    }

    private enum Parsed {
        case command(BotCommand)
        case other(String)
        case bare
    }

    /// Where each mention's text after the handle starts, outside inline code.
    private static func mentions(of handle: [Unicode.Scalar], in line: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        var inCode = false
        var index = 0
        while index < line.count {
            let scalar = line[index]
            if scalar == "`" { inCode.toggle() }
            if scalar == "@", !inCode, index == 0 || !isHandleScalar(line[index - 1], before: true),
                index + handle.count < line.count,
                zip(line[(index + 1)...(index + handle.count)], handle).allSatisfy({ lowered($0) == $1 })
            {
                var end = index + 1 + handle.count
                if end < line.count, isHandleScalar(line[end], before: false) {
                    index += 1
                    continue
                }
                // GitHub shows apps as `name[bot]`; people copy that.
                let suffix = Array("[bot]".unicodeScalars)
                if end + suffix.count <= line.count, line[end..<end + suffix.count].map(lowered).elementsEqual(suffix) {
                    end += suffix.count
                }
                starts.append(end)
                index = end
                continue
            }
            index += 1
        }
        return starts
    }

    private static func command(after text: [Unicode.Scalar]) -> Parsed {
        var rest = Substring(String(String.UnicodeScalarView(text)))
        rest = rest.drop { $0.isWhitespace }
        if let first = rest.first, first == ":" || first == "," { rest = rest.dropFirst().drop { $0.isWhitespace } }
        let word = String(rest.prefix { $0.isLetter }.prefix(40))
        guard !word.isEmpty else { return .bare }
        var arguments = rest.dropFirst(word.count)
        guard arguments.isEmpty || arguments.first?.isWhitespace == true || arguments.first?.isPunctuation == true
        else { return .other(word) }
        arguments = arguments.drop { $0.isWhitespace || ":,;-–—".contains($0) }
        let tail = MemoryText.oneLine(String(arguments), limit: 2_000)
        guard let kind = words[word.lowercased()] else { return .other(word) }
        switch kind {
        case .dismiss: return .command(.dismiss(reason: reason(tail)))
        case .accept: return .command(.accept(note: reason(tail)))
        case .review: return .command(.review)
        case .help: return .command(.help(unknown: nil))
        case .explain:
            guard let rule = ruleID(tail.split(separator: " ").first) else { return .command(.help(unknown: nil)) }
            return .command(.explain(rule: rule))
        case .ignore:
            let tokens = tail.split(separator: " ")
            guard let rule = ruleID(tokens.first) else { return .command(.help(unknown: nil)) }
            guard tokens.count >= 2, ["in", "en"].contains(tokens[1].lowercased()) else {
                return .command(.ignore(rule: rule, glob: nil))
            }
            guard tokens.count >= 3, let glob = glob(tokens[2]) else { return .command(.help(unknown: nil)) }
            return .command(.ignore(rule: rule, glob: glob))
        }
    }

    private static func reason(_ text: String) -> String? {
        let reason = MemoryText.oneLine(text, limit: reasonLength)
        return reason.isEmpty ? nil : reason
    }

    private static func ruleID(_ token: Substring?) -> String? {
        guard let token else { return nil }
        let rule = unquoted(token)
        return MemoryText.isRuleID(rule) ? rule : nil
    }

    /// A glob that compiles and is a relative path pattern of sane length.
    private static func glob(_ token: Substring) -> String? {
        let glob = unquoted(token)
        guard !glob.isEmpty, glob.count <= globLength, !glob.contains(".."), (try? PathGlob(glob)) != nil
        else { return nil }
        return glob
    }

    /// `token` without the backticks or quotes people wrap ids and globs in, nor trailing sentence punctuation.
    private static func unquoted(_ token: Substring) -> String {
        var text = token
        while let last = text.last, [".", ",", ";", "!", "?", ")"].contains(last), text.count > 1 { text = text.dropLast() }
        let wrappers: Set<Character> = ["`", "\"", "'", "“", "”", "‘", "’", "("]
        return String(text.drop { wrappers.contains($0) }.reversed().drop { wrappers.contains($0) }.reversed())
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// Characters that, next to the handle, make it part of another word: `x@backend-review` (an address)
    /// or `@backend-reviewer` (another user).
    private static func isHandleScalar(_ scalar: Unicode.Scalar, before: Bool) -> Bool {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
            return true
        }
        return before && (scalar == "@" || scalar == "/" || scalar == ".")
    }
}
