/// The structural view of one Python file that checklist matchers work on.
///
/// Built by `SourceIndex(path:source:)` from the tokens alone (no full parse), so it never fails:
/// invalid or partial code yields a partial index, never a crash or a hang.
public struct SourceIndex: Sendable {
    /// Repository-relative path, used to resolve relative imports (`app/domain/x.py` → `app.domain`).
    public var path: String
    /// The dotted module name derived from `path` (`app/domain/x.py` → `app.domain.x`).
    public var moduleName: String
    public var source: [UInt8]
    public var tokens: [Token]
    public var imports: [Import]
    /// Functions and classes, in source order; `parent` links nest them.
    public var scopes: [Scope]
    public var calls: [Call]
    public var loops: [Loop]
    public var strings: [StringLiteral]
    public var assignments: [Assignment]
    /// Byte offset where each line starts (`lineStarts[0]` is line 1, after a BOM if there is one).
    public var lineStarts: [Int]
}

/// `import a.b as c`, `from ..x import y as z`.
public struct Import: Sendable, Hashable {
    /// The absolute module, relative imports resolved from the file's path (`from ..x import y` in
    /// `app/domain/services/s.py` gives `app.domain.x`).
    public var module: String
    /// For `from m import n`, the imported name `n`; nil for plain `import m`.
    public var name: String?
    /// `as` alias, if any.
    public var alias: String?
    /// The name this import binds in the file (`c`, `z`, `a` for `import a.b`).
    public var boundName: String
    /// What the bound name stands for, fully qualified (`a.b`, `app.domain.x.y`).
    public var qualifiedName: String
    /// Number of leading dots; 0 for absolute imports.
    public var level: Int
    public var line: Int
}

/// A `def`, `async def` or `class`.
public struct Scope: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case function, `class` }
    public var kind: Kind
    public var name: String
    /// Dotted path through enclosing scopes: `Repo.get`.
    public var qualifiedName: String
    public var isAsync: Bool
    /// Line of `def`/`class` (decorators excluded).
    public var line: Int
    /// Last line of the body.
    public var endLine: Int
    /// Decorator expressions as written, without `@` and without call arguments (`pytest.mark.asyncio`).
    public var decorators: [String]
    /// Decorators resolved through imports (`pytest.mark.asyncio` stays; `asyncio` from
    /// `from pytest.mark import asyncio` becomes `pytest.mark.asyncio`).
    public var resolvedDecorators: [String]
    /// Class bases as written (`IBookingRepository`, `BaseRepository[Booking, BookingModel]` → `BaseRepository`).
    public var bases: [String]
    /// Bases resolved through imports.
    public var resolvedBases: [String]
    /// Index of the enclosing scope in `SourceIndex.scopes`.
    public var parent: Int?
    /// Parameter names with their annotations as written (functions only).
    public var parameters: [Parameter]
    /// Token index range of the whole definition, decorators excluded.
    public var tokenRange: Range<Int>
}

public struct Parameter: Sendable, Hashable {
    public var name: String
    public var annotation: String?
}

/// A call expression `callee(args)`.
public struct Call: Sendable, Hashable {
    /// The callee as written, dotted: `self.session.execute`, `time.sleep`, `text`.
    /// Subscripts and calls inside the callee are dropped (`a().b` → `a.b`).
    public var callee: String
    /// The callee with its first component resolved through the file's imports
    /// (`t.sleep` after `import time as t` → `time.sleep`; `get` after `from requests import get` → `requests.get`).
    public var resolvedName: String
    public var line: Int
    /// Line of the closing parenthesis.
    public var endLine: Int
    /// Whether the call is the operand of `await`.
    public var isAwaited: Bool
    /// Innermost enclosing function scope.
    public var function: Int?
    /// Whether the innermost enclosing function is `async def`.
    public var inAsyncFunction: Bool
    /// Number of enclosing loops (for/while/comprehensions) inside the innermost function.
    public var loopDepth: Int
    public var arguments: [Argument]
    /// Token index of the callee's first token.
    public var calleeToken: Int
    /// Token indices of `(` and `)`.
    public var openParen: Int
    public var closeParen: Int
}

public struct Argument: Sendable, Hashable {
    /// Keyword name for `k=v`; nil for positional (and `*a`, `**k`).
    public var keyword: String?
    /// Token index range of the value expression.
    public var tokenRange: Range<Int>
}

public struct Loop: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case `for`, asyncFor, `while`, comprehension }
    public var kind: Kind
    public var line: Int
    public var endLine: Int
    /// Token index range of the loop, header included.
    public var tokenRange: Range<Int>
    public var function: Int?
}

/// A string literal token (or a whole f-string, from FSTRING_START to FSTRING_END).
public struct StringLiteral: Sendable, Hashable {
    public struct Prefix: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let raw = Prefix(rawValue: 1)
        public static let bytes = Prefix(rawValue: 2)
        public static let formatted = Prefix(rawValue: 4)
        public static let unicode = Prefix(rawValue: 8)
    }
    public var prefix: Prefix
    public var isTriple: Bool
    /// Whether it is the docstring of a module, class or function.
    public var isDocstring: Bool
    /// The text between the quotes, undecoded (escapes kept as written); for f-strings, the literal parts
    /// with replacement fields kept as written.
    public var content: String
    public var line: Int
    public var endLine: Int
    /// Token index range (one token, or FSTRING_START...FSTRING_END).
    public var tokenRange: Range<Int>
}

/// `target = value`, `target: T = value`, `target += value`. Tuple targets list every name.
public struct Assignment: Sendable, Hashable {
    public var targets: [String]
    public var line: Int
    /// Token index range of the value expression.
    public var valueRange: Range<Int>
    public var function: Int?
}
