/// Choices that change how a delivery is classified.
public struct DecodeOptions: Sendable, Hashable {
    /// Review draft pull requests too. Off by default: drafts are ignored until they are marked ready.
    public var reviewDrafts: Bool

    /// Creates options.
    public init(reviewDrafts: Bool = false) {
        self.reviewDrafts = reviewDrafts
    }

    /// Drafts are skipped.
    public static let `default` = DecodeOptions()
}
