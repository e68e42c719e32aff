#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PythonSyntax

/// One changed file as the matchers see it: bytes, lines, and for Python the index, built once and
/// shared by every rule. Used by one thread at a time.
final class FileContext {
    let path: String
    let status: ChangedFile.Status
    let bytes: [UInt8]
    let index: SourceIndex?
    /// The index's tokens and calls (empty for other files), held apart so hot loops read them without
    /// unwrapping and copying the whole index.
    let tokens: [Token]
    let calls: [Call]
    /// The catalog's call name components; nil when unknown (then every call is a candidate).
    let keyFilter: CallKeyFilter?

    init(path: String, status: ChangedFile.Status, bytes: [UInt8], index: SourceIndex?, keyFilter: CallKeyFilter? = nil) {
        self.keyFilter = keyFilter
        self.path = path
        self.status = status
        self.bytes = bytes
        self.index = index
        tokens = index?.tokens ?? []
        calls = index?.calls ?? []
    }

    /// Byte offset of each line's start; `lineStarts[0]` is line 1. Lazy: most files only need it for
    /// the few lines they report.
    lazy var lineStarts: [Int] = {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        return starts
    }()

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

    /// The text of a 1-based line of `bytes`, as `lineText(_:)` gives it, without indexing every line.
    static func lineText(_ line: Int, in bytes: [UInt8]) -> String {
        guard line >= 1 else { return "" }
        var start = 0
        var remaining = line - 1
        while remaining > 0 {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return "" }
            start = newline + 1
            remaining -= 1
        }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
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
    lazy var lowercasedBytes: [UInt8] = {
        // A plain loop over buffers; `map` with a closure was measurably slower on large files.
        [UInt8](unsafeUninitializedCapacity: bytes.count) { output, count in
            bytes.withUnsafeBufferPointer { input in
                for index in 0..<input.count {
                    let byte = input[index]
                    output[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
            }
            count = bytes.count
        }
    }()

    /// The whole file as a string, for line regexes.
    lazy var text: String = String(decoding: bytes, as: UTF8.self)

    /// Name hashes of the calls whose components some rule of the catalog names, in source order.
    lazy var filteredCallKeys: [CallKeys] = Self.callKeys(calls, keptBy: keyFilter)
    /// Name hashes of every call, for patterns outside the catalog's filter.
    lazy var allCallKeys: [CallKeys] = Self.callKeys(calls, keptBy: nil)

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
        guard i >= 0, i < tokens.count else { return nil }
        return tokens[i]
    }

    func text(token i: Int) -> String {
        guard let token = token(i) else { return "" }
        return String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// Whether token `i` has kind `kind` and exactly the text `expected` (an operator or keyword).
    func tokenIs(_ i: Int, _ kind: TokenKind, _ expected: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let token = tokens[i]
        let length = Int(token.end) - Int(token.start)
        guard token.kind == kind, length == expected.utf8CodeUnitCount, Int(token.end) <= bytes.count else { return false }
        if length == 1 { return bytes[Int(token.start)] == expected.utf8Start.pointee }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return length == 0 }
            return memcmp(base + Int(token.start), expected.utf8Start, length) == 0
        }
    }

    /// Whether token `i` has kind `kind` and exactly the text `expected`.
    func tokenIs(_ i: Int, _ kind: TokenKind, text expected: String) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let token = tokens[i]
        let length = Int(token.end) - Int(token.start)
        guard token.kind == kind, length == expected.utf8.count, Int(token.end) <= bytes.count else { return false }
        return bytes[Int(token.start)..<Int(token.end)].elementsEqual(expected.utf8)
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
}
