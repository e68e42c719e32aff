import ReviewCore

/// How the service reviews, from the operator's configuration (a repository's `.backend-review.yml` may
/// override `failOn` and the language).
public struct PipelineSettings: Sendable, Hashable {
    /// The commit status fails when a finding is at or above this severity; `nil` never fails it.
    public var failOn: Severity?
    /// Whether draft pull requests are reviewed.
    public var reviewDrafts: Bool
    /// At most this many changed files have their head contents fetched; the rest are read from the diff.
    public var maxFetchedFiles: Int
    /// Files larger than this are read from the diff instead (a pull request is hostile input).
    public var maxFileBytes: Int
    /// Concurrent content fetches per review.
    public var fetchConcurrency: Int

    /// Creates settings with production defaults.
    public init(
        failOn: Severity? = .critical, reviewDrafts: Bool = false, maxFetchedFiles: Int = 300,
        maxFileBytes: Int = 1 << 20, fetchConcurrency: Int = 8
    ) {
        self.failOn = failOn
        self.reviewDrafts = reviewDrafts
        self.maxFetchedFiles = maxFetchedFiles
        self.maxFileBytes = maxFileBytes
        self.fetchConcurrency = fetchConcurrency
    }
}
