import Foundation

/// A GitHub or Gitea pull request review: the review body and the inline comments it carried.
public struct FakeReview: Sendable, Hashable {
    /// The host id.
    public var id: Int
    /// The review body (may be empty).
    public var body: String
    /// GitHub `COMMENTED`/`APPROVED`/`CHANGES_REQUESTED`/`PENDING`; Gitea `COMMENT`/`APPROVED`/`REQUEST_CHANGES`/`PENDING`.
    public var state: String
    /// The commit it was posted on.
    public var commitID: String
    /// The login that posted it.
    public var author: String
    /// Ids of the inline comments it created, in request order.
    public var commentIDs: [Int]
    /// Position in creation order across everything the fake created.
    public var createdOrder: Int
    /// When it was submitted.
    public var submittedAt: Date
}
