/// One forward pass over the tokens that fills every `SourceIndex` field.
///
/// State is a bracket stack (calls, comprehensions, parameter and base lists) and a block stack
/// (functions, classes and loops, closed by DEDENT or, for one-line bodies, by NEWLINE). Work per token is
/// constant apart from short look-aheads over one statement (imports, decorators, names), so building is
/// linear in the file size.
struct IndexBuilder {
    let src: UnsafeBufferPointer<UInt8>
    /// The tokens, borrowed for the duration of the build (no array retain/release or bounds check per access).
    let tokens: UnsafeBufferPointer<Token>
    let package: [Substring]

    var imports: [Import] = []
    var scopes: [Scope] = []
    var calls: [Call] = []
    var loops: [Loop] = []
    var strings: [StringLiteral] = []
    var assignments: [Assignment] = []

    var brackets: [BracketFrame] = []
    var blocks: [Block] = []
    var indentLevel = 0
    var atStatementStart = true
    var expectingDocstring = true
    var pendingDecorators: [String] = []
    var statement = StatementState(start: 0)
    /// The top-level `=` of the current statement; kept outside `StatementState` so resetting the state per
    /// statement frees and allocates nothing.
    var statementEquals: [Int] = []
    var lastSignificant = -1
    var fstringStarts: [Int] = []
    /// The STRING token that is a docstring, once its statement has started.
    var pendingDocstring = -1
    /// The def/class whose `(` (parameters or bases) is still to come.
    var pendingHeaderScope: Int?
    /// Scratch buffers reused by `calleeChain`, so a call costs one `String` allocation.
    var chainScratch: [Int] = []
    var segmentScratch: [Range<Int>] = []
    /// Top-level commas of all open brackets, innermost last (one shared array, no allocation per bracket).
    var commaStack: [Int] = []
    var byteScratch: [UInt8] = []
    /// Name tokens of the assignment target being read (`targetNames`).
    var nameScratch: [Int] = []
    /// For each call, the token of its callee's first name (-1 if none).
    var callFirstNames: [Int] = []
    /// For each closing bracket token, the index of its opening bracket (-1 elsewhere).
    var openOf: [Int32]

    init(src: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, package: [Substring]) {
        self.src = src
        self.tokens = tokens
        self.package = package
        self.openOf = Array(repeating: -1, count: tokens.count)
        calls.reserveCapacity(tokens.count / 16)
        strings.reserveCapacity(tokens.count / 64)
        assignments.reserveCapacity(tokens.count / 64)
    }

    /// An open bracket and what it belongs to.
    struct BracketFrame {
        var open: Int
        var call: Int?
        var parameters: Int?
        var bases: Int?
        var isComprehension = false
        var callsStart: Int
        /// Where this bracket's top-level commas start in `IndexBuilder.commaStack`.
        var commaStart: Int
    }

    /// A function, class or loop whose body is still open.
    struct Block {
        enum Kind { case scope(Int), loop(Int) }
        var kind: Kind
        /// Still reading the header (before the `:`).
        var headerOpen = true
        /// Body on the header's line; closes at the NEWLINE.
        var inline = false
        /// Header ended with NEWLINE; waiting for INDENT.
        var awaitingIndent = false
        /// Indent level of the body once INDENT arrived.
        var bodyLevel: Int?
        /// Whether the block counts as enclosing before its header ends (`while` re-evaluates its condition).
        var activeInHeader = false
    }

    /// The simple statement being read, for assignments.
    struct StatementState {
        var start: Int
        var isSimple = true
        var augmented: Int?
        var annotationColon: Int?
        var headerColonPending = false
    }

    @inline(__always) func isOp(_ index: Int, _ byte: UInt8) -> Bool {
        let token = tokens[index]
        return token.kind == .op && token.end - token.start == 1 && src[Int(token.start)] == byte
    }

    @inline(__always) func keyword(_ index: Int) -> Keyword? {
        let token = tokens[index]
        guard token.kind == .name else { return nil }
        return Keyword.lookup(src, Int(token.start), Int(token.end))
    }

    func text(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: UnsafeBufferPointer(rebasing: src[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    /// Next index at or after `index` that is not a comment or NL.
    func significant(from index: Int) -> Int {
        var next = index
        while next < tokens.count && (tokens[next].kind == .comment || tokens[next].kind == .nl) { next += 1 }
        return next
    }

    /// Previous index before `index` that is not a comment or NL, or -1.
    func significant(before index: Int) -> Int {
        var previous = index - 1
        while previous >= 0 && (tokens[previous].kind == .comment || tokens[previous].kind == .nl) { previous -= 1 }
        return previous
    }
}
