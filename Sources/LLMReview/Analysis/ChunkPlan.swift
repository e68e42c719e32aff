import ReviewCore

/// How a pull request is split into model requests within the token budgets.
public struct ChunkPlan: Sendable, Hashable {
    /// One request's share: whole files, or the first hunks of one file too big for a request.
    public struct Chunk: Sendable, Hashable {
        /// The files to show, in priority order; a truncated file keeps only its first hunks (and lines).
        public var files: [FileDiff]
        /// Paths of ``files`` that were cut to fit.
        public var truncatedPaths: Set<String>
        /// Estimated input tokens of the whole request (base prompt included).
        public var estimatedTokens: Int
        /// The output cap of this request: its share of `maxOutputTokens`.
        public var maxOutputTokens: Int

        /// Creates a chunk.
        public init(files: [FileDiff], truncatedPaths: Set<String>, estimatedTokens: Int, maxOutputTokens: Int) {
            self.files = files
            self.truncatedPaths = truncatedPaths
            self.estimatedTokens = estimatedTokens
            self.maxOutputTokens = maxOutputTokens
        }
    }

    /// The requests to send.
    public var chunks: [Chunk]
    /// Files left out because no budget was left, in priority order.
    public var skipped: [String]
    /// Files sent only in part.
    public var truncated: [String]

    /// Creates a plan.
    public init(chunks: [Chunk], skipped: [String], truncated: [String]) {
        self.chunks = chunks
        self.skipped = skipped
        self.truncated = truncated
    }

    /// Estimated input tokens of all requests together.
    public var estimatedTokens: Int { chunks.reduce(0) { $0 + $1.estimatedTokens } }
}
