/// What a reviewer said about a rule through a command (`dismiss`, `accept`, `ignore`), ready to apply to
/// the memory with ``ExpertiseMemory/apply(_:settings:now:)``.
///
/// ```swift
/// let feedback = ReviewerFeedback(kind: .dismissed(reason: "test fixture"), ruleID: "security-hardcoded-secret",
///                                 scope: "tests/fixtures/keys.py", author: "alice", number: 12, taskKey: commentID)
/// ```
public struct ReviewerFeedback: Sendable, Hashable {
    /// What the reviewer said.
    public enum Kind: Sendable, Hashable {
        /// A false positive, with the reviewer's reason if given.
        case dismissed(reason: String?)
        /// Right, and fixed or to be fixed.
        case accepted
        /// Don't report the rule under the scope: an explicit instruction.
        case ignored
    }

    /// What the reviewer said.
    public var kind: Kind
    /// The rule the feedback is about.
    public var ruleID: String
    /// A file path for `dismissed` / `accepted`, a glob for `ignored`, `**` for the whole repository.
    public var scope: String
    /// The reviewer's login.
    public var author: String
    /// The pull request number, for new decision ids (`BE12-001`); nil writes 0.
    public var number: Int?
    /// A key for the task (the comment id); a key already recorded changes nothing.
    public var taskKey: String?

    /// Creates feedback.
    public init(kind: Kind, ruleID: String, scope: String, author: String, number: Int?, taskKey: String?) {
        self.kind = kind
        self.ruleID = ruleID
        self.scope = scope
        self.author = author
        self.number = number
        self.taskKey = taskKey
    }
}

/// What applying one piece of feedback did to the memory.
public struct FeedbackOutcome: Sendable, Hashable {
    /// The task key was recorded before; nothing changed.
    public var alreadyRecorded: Bool
    /// The decision for the rule and scope after the change; nil when it was removed or not written.
    public var decision: Decision?
    /// The id of a decision that fell below `keepConfidence` and was removed.
    public var removedDecisionID: String?
    /// A demotion this feedback created.
    public var demotion: Demotion?

    /// Creates an outcome.
    public init(
        alreadyRecorded: Bool = false, decision: Decision? = nil, removedDecisionID: String? = nil,
        demotion: Demotion? = nil
    ) {
        self.alreadyRecorded = alreadyRecorded
        self.decision = decision
        self.removedDecisionID = removedDecisionID
        self.demotion = demotion
    }
}
