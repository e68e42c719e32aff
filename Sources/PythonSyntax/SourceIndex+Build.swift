extension SourceIndex {
    /// Tokenizes `source` and indexes it in one pass over the tokens. Never fails: broken code gives a
    /// partial index.
    ///
    /// `path` is repository-relative (`app/domain/services/booking.py`); it names the module and anchors
    /// relative imports. A leading `src/` component is dropped, `__init__.py` names its package.
    public init(path: String, source: [UInt8]) {
        let (tokens, lineStarts) = Tokenizer().tokenizeWithLineStarts(source)
        let (module, package) = ModulePath.names(for: path)
        let built = source.withUnsafeBufferPointer { buffer in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                var builder = IndexBuilder(src: buffer, tokens: tokenBuffer, package: package)
                builder.build()
                return (builder.imports, builder.scopes, builder.calls, builder.loops, builder.strings, builder.assignments)
            }
        }
        self.init(
            path: path, moduleName: module, source: source, tokens: tokens, imports: built.0,
            scopes: built.1, calls: built.2, loops: built.3, strings: built.4,
            assignments: built.5, lineStarts: lineStarts)
    }

    /// Indexes a string's UTF-8 bytes.
    public init(path: String, source: String) {
        self.init(path: path, source: Array(source.utf8))
    }
}
