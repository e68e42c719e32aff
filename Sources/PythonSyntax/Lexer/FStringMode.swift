/// One level of f-string nesting on the lexer's mode stack (PEP 701).
///
/// An f-string pushes `.literal`; `{` pushes `.field` (ordinary tokens); a top-level `:` in a field
/// pushes `.spec` (literal text again, which may open nested fields).
struct FStringMode {
    enum Kind { case literal, field, spec }
    var kind: Kind
    /// The enclosing f-string's quote byte and form, copied into its fields and specs.
    var quote: UInt8
    var isTriple: Bool
    var isRaw: Bool
    /// For `.literal`, the bracket depth outside the f-string (restored on error); for `.field` and
    /// `.spec`, the depth just inside the field's `{`.
    var depth: Int

    init(quote: UInt8, isTriple: Bool, isRaw: Bool, outerParenDepth: Int) {
        self.kind = .literal
        self.quote = quote
        self.isTriple = isTriple
        self.isRaw = isRaw
        self.depth = outerParenDepth
    }

    /// Whether the lexer reads literal text (FSTRING_MIDDLE) rather than tokens in this mode.
    var inLiteral: Bool { kind != .field }
}
