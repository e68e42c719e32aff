/// Splits Python 3.12 source into tokens, byte by byte.
///
/// It never throws, traps or loops forever: anything it cannot read (an unterminated string, a
/// stray byte, invalid UTF-8, an unbalanced bracket at end of file) becomes an `errorToken` and
/// tokenizing goes on. The stream always ends with `endMarker`.
///
/// ```swift
/// let tokens = Tokenizer().tokenize(Array("x = f'{a!r:>{w}}'\n".utf8))
/// ```
public struct Tokenizer: Sendable {
    /// Creates a tokenizer; it holds no state between calls.
    public init() {}

    /// Tokenizes UTF-8 bytes (a leading BOM is skipped; columns on line 1 count from after it).
    public func tokenize(_ source: [UInt8]) -> [Token] {
        source.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(buffer)
            lexer.run()
            return lexer.tokens
        }
    }

    /// Tokens and the byte offset of each line start (line 1 first, after a BOM).
    func tokenizeWithLineStarts(_ source: [UInt8]) -> (tokens: [Token], lineStarts: [Int]) {
        source.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(buffer)
            lexer.run()
            return (lexer.tokens, lexer.lineStarts)
        }
    }

    /// Tokenizes a string through its UTF-8 view.
    public func tokenize(_ source: String) -> [Token] {
        tokenize(Array(source.utf8))
    }
}
