import Foundation
import PythonSyntax

/// One changed file as the matchers see it: bytes, lines, and for Python the index, built once and
/// shared by every rule. Used by one thread at a time.
final class FileContext {
    let path: String
    let status: ChangedFile.Status
    let bytes: [UInt8]
    let index: SourceIndex?
    /// Byte offset of each line's start; `lineStarts[0]` is line 1.
    let lineStarts: [Int]

    init(path: String, status: ChangedFile.Status, bytes: [UInt8], index: SourceIndex?) {
        self.path = path
        self.status = status
        self.bytes = bytes
        self.index = index
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    var isPython: Bool { index != nil }
    var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// 1-based line of a byte offset.
    func line(ofByte offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The file's bytes with ASCII letters lower-cased, for regex prefilters.
    lazy var lowercasedBytes: [UInt8] = bytes.map(RegexPrefilter.lower)

    /// The whole file as a string, for line regexes.
    lazy var text: String = String(decoding: bytes, as: UTF8.self)

    /// UTF-16 offset of each line's start in `text`, for mapping regex matches to lines.
    lazy var utf16LineStarts: [Int] = {
        var starts = [0]
        var offset = 0
        for unit in text.utf16 {
            offset += 1
            if unit == 0x0A { starts.append(offset) }
        }
        return starts
    }()

    func line(ofUTF16 offset: Int) -> Int {
        let starts = utf16LineStarts
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    // MARK: Tokens

    func token(_ i: Int) -> Token? {
        guard let tokens = index?.tokens, i >= 0, i < tokens.count else { return nil }
        return tokens[i]
    }

    func text(token i: Int) -> String {
        guard let token = token(i) else { return "" }
        return String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// Whether token `i` has kind `kind` and exactly the text `expected`.
    func tokenIs(_ i: Int, _ kind: TokenKind, _ expected: String) -> Bool {
        guard let token = token(i), token.kind == kind else { return false }
        let length = Int(token.end - token.start)
        guard length == expected.utf8.count else { return false }
        return zip(bytes[Int(token.start)..<Int(token.end)], expected.utf8).allSatisfy { $0 == $1 }
    }

    /// Source text spanning a token range.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty, let first = token(range.lowerBound), let last = token(range.upperBound - 1) else { return "" }
        return String(decoding: bytes[Int(first.start)..<max(Int(first.start), Int(last.end))], as: UTF8.self)
    }

    /// The value of a plain string token, prefix and quotes removed, escapes kept.
    func literalValue(token i: Int) -> String? {
        guard let token = token(i), token.kind == .string else { return nil }
        var slice = bytes[Int(token.start)..<Int(token.end)]
        while let first = slice.first, first != UInt8(ascii: "'") && first != UInt8(ascii: "\"") { slice = slice.dropFirst() }
        guard let quote = slice.first else { return nil }
        let triple = slice.count >= 6 && slice.prefix(3).allSatisfy { $0 == quote }
        let cut = triple ? 3 : 1
        guard slice.count >= 2 * cut else { return nil }
        return String(decoding: slice.dropFirst(cut).dropLast(cut), as: UTF8.self)
    }

    /// Calls grouped by the last component of their resolved name and of their callee.
    lazy var callsByLast: [Substring: [Int]] = group(NamePatterns.lastComponent)
    /// Calls grouped by the first component of their resolved name and of their callee.
    lazy var callsByFirst: [Substring: [Int]] = group(NamePatterns.firstComponent)

    private func group(_ key: (String) -> Substring) -> [Substring: [Int]] {
        var groups: [Substring: [Int]] = [:]
        for (offset, call) in (index?.calls ?? []).enumerated() {
            let resolved = key(call.resolvedName)
            groups[resolved, default: []].append(offset)
            let callee = key(call.callee)
            if callee != resolved { groups[callee, default: []].append(offset) }
        }
        return groups
    }

    /// Indices of the calls that could match `patterns`, in source order. The caller still checks
    /// `patterns.matches(call)`.
    func candidateCalls(_ patterns: NamePatterns) -> [Int] {
        guard let calls = index?.calls else { return [] }
        var result: [Int] = []
        var buckets = 0
        for last in patterns.literalLasts {
            result += callsByLast[last] ?? []
            buckets += 1
        }
        for first in patterns.literalFirsts {
            result += callsByFirst[first] ?? []
            buckets += 1
        }
        let scanned = patterns.scannedLiterals
        if !scanned.isEmpty {
            for (offset, call) in calls.enumerated()
            where scanned.contains(where: { NamePatterns.contains(call.resolvedName, $0) || NamePatterns.contains(call.callee, $0) }) {
                result.append(offset)
            }
            buckets += 1
        }
        guard buckets > 1 else { return result }
        // Merge buckets in source order without hashing.
        var seen = [Bool](repeating: false, count: calls.count)
        for offset in result { seen[offset] = true }
        return seen.indices.filter { seen[$0] }
    }
}
