import Foundation

/// Reviewers' feedback becomes decisions (docs/expertise-rules.md, "Feedback").
extension ExpertiseMemory {
    /// Reviewer tags kept per decision; the oldest goes first.
    static let reviewerTagLimit = 5

    /// Applies one `dismiss`, `accept` or `ignore` to the decision for its (rule, scope), tallies it for
    /// demotion, and counts it as a completed task. Nothing changes for a task key already recorded.
    ///
    /// - Dismissals and ignores vote for `not-applicable`, acceptances for `applies`. An existing decision's
    ///   `validated_count` grows with a vote of its polarity and `failed_count` with the other;
    ///   `confidence_score = validated / (validated + failed + 0.2)`, two decimals. An ignore is an explicit
    ///   instruction: at least 0.95, it clears earlier contradictions (`failed_count` 0), and it turns an
    ///   `applies` decision for the same scope around (its contradictions become its validations).
    /// - Below `keepConfidence` the decision is removed; a new one is written only at `writeConfidence`.
    /// - After `demoteAfterDismissals` dismissals of a rule (more than its acceptances), a `demoted`
    ///   decision lowers it one severity level, unless a demotion was recorded (or undone) before.
    @discardableResult
    public mutating func apply(_ feedback: ReviewerFeedback, settings: ExpertiseSettings, now: Date) -> FeedbackOutcome {
        guard !hasRecorded(taskKey: feedback.taskKey) else { return FeedbackOutcome(alreadyRecorded: true) }
        let ruleID = MemoryText.oneLine(feedback.ruleID, limit: 100)
        let scope = Self.scope(of: feedback)
        var outcome = vote(feedback, ruleID: ruleID, scope: scope, settings: settings, now: now)
        outcome.demotion = tallyForDemotion(feedback, ruleID: ruleID, settings: settings, now: now)
        completeTask(taskKey: feedback.taskKey, settings: settings, now: now)
        enforceCaps(settings, now: now)
        if let id = outcome.decision?.id { outcome.decision = decisions.first { $0.id == id } }
        return outcome
    }

    /// An admin's undo of a rule's demotion: `demoted` becomes `demotion-undone`, so the rule is back at its
    /// severity and is not demoted again automatically. Not a task: no counters change. False when the
    /// rule had no active demotion in this memory.
    @discardableResult
    public mutating func undoDemotion(rule ruleID: String, now: Date) -> Bool {
        var changed = false
        for index in decisions.indices where decisions[index].concerns(rule: ruleID) && decisions[index].isActiveDemotion {
            decisions[index].tags = decisions[index].tags.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased() == MemoryTag.demoted ? MemoryTag.demotionUndone : $0
            }
            decisions[index].lastUsed = MemoryTimestamp.string(from: now)
            changed = true
        }
        if changed { updatedAt = MemoryTimestamp.string(from: now) }
        return changed
    }

    /// Updates or writes the decision for (rule, scope).
    private mutating func vote(
        _ feedback: ReviewerFeedback, ruleID: String, scope: String, settings: ExpertiseSettings, now: Date
    ) -> FeedbackOutcome {
        let wanted: Decision.Verdict = feedback.kind == .accepted ? .applies : .notApplicable
        let explicit = feedback.kind == .ignored
        let stamp = MemoryTimestamp.string(from: now)
        let author = MemoryText.login(feedback.author)
        guard let index = decisions.firstIndex(where: {
            $0.concerns(rule: ruleID) && $0.verdict != nil && !$0.isDemotionRecord && $0.scope == scope
        }) else {
            let confidence = Self.confidence(validated: 1, failed: 0, explicit: explicit)
            guard confidence >= settings.writeConfidence else { return FeedbackOutcome() }
            let texts = Self.texts(feedback, ruleID: ruleID, scope: scope, author: author)
            var tags = [MemoryTag.rule(ruleID)]
            if scope != MemoryTag.wholeRepository { tags.append(MemoryTag.scopePrefix + scope) }
            tags.append(wanted.rawValue)
            let decision = Decision(
                id: nextID(prefix: "BE", number: feedback.number, existing: decisions.map(\.id)),
                context: texts.context, decision: texts.decision, confidenceScore: confidence, validatedCount: 1,
                failedCount: 0, lastUsed: stamp, tags: Self.tagged(tags, author: author))
            decisions.append(decision)
            return FeedbackOutcome(decision: decision)
        }
        var decision = decisions[index]
        if explicit && decision.verdict == .applies {
            // The instruction turns the decision around: earlier contradictions were votes for it.
            decision.tags = decision.tags.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased() == MemoryTag.applies ? MemoryTag.notApplicable : $0
            }
            (decision.validatedCount, decision.failedCount) = (decision.failedCount + 1, 0)
            let texts = Self.texts(feedback, ruleID: ruleID, scope: scope, author: author)
            (decision.context, decision.decision) = (texts.context, texts.decision)
        } else if explicit {
            // An instruction overrides earlier contradictions; later votes count from here.
            decision.validatedCount += 1
            decision.failedCount = 0
        } else if decision.verdict == wanted {
            decision.validatedCount += 1
        } else {
            decision.failedCount += 1
        }
        decision.confidenceScore = Self.confidence(
            validated: decision.validatedCount, failed: decision.failedCount, explicit: explicit)
        decision.lastUsed = stamp
        decision.tags = Self.tagged(decision.tags, author: author)
        if decision.confidenceScore < settings.keepConfidence {
            decisions.remove(at: index)
            return FeedbackOutcome(removedDecisionID: decision.id)
        }
        decisions[index] = decision
        return FeedbackOutcome(decision: decision)
    }

    /// Counts a dismissal or acceptance and creates the rule's demotion when it crosses the threshold.
    private mutating func tallyForDemotion(
        _ feedback: ReviewerFeedback, ruleID: String, settings: ExpertiseSettings, now: Date
    ) -> Demotion? {
        switch feedback.kind {
        case .dismissed: ledger.ruleFeedback[ruleID, default: .init()].dismissed += 1
        case .accepted: ledger.ruleFeedback[ruleID, default: .init()].accepted += 1
        case .ignored: return nil
        }
        let tally = ledger.ruleFeedback[ruleID] ?? .init()
        let confidence = Self.confidence(validated: tally.dismissed, failed: tally.accepted, explicit: false)
        let stamp = MemoryTimestamp.string(from: now)
        if let index = decisions.firstIndex(where: { $0.concerns(rule: ruleID) && $0.isDemotionRecord }) {
            // Keep the bot's own demotion record in step with the tally, so its usage counts for the caps.
            if decisions[index].isActiveDemotion && MemoryTag.contains(decisions[index].tags, MemoryTag.sourceFeedback) {
                decisions[index].validatedCount = tally.dismissed
                decisions[index].failedCount = tally.accepted
                decisions[index].confidenceScore = confidence
                decisions[index].lastUsed = stamp
            }
            return nil
        }
        guard case .dismissed = feedback.kind, settings.demoteAfterDismissals > 0,
            tally.dismissed >= settings.demoteAfterDismissals, tally.dismissed > tally.accepted
        else { return nil }
        let decision = Decision(
            id: nextID(prefix: "BE", number: feedback.number, existing: decisions.map(\.id)),
            context: "Reviewers dismissed \(ruleID) findings \(tally.dismissed) times and accepted them "
                + "\(tally.accepted) times in this repository.",
            decision: "\(ruleID) dismissed \(tally.dismissed) times in this repository: demoted one severity level here",
            confidenceScore: confidence, validatedCount: tally.dismissed, failedCount: tally.accepted,
            lastUsed: stamp, tags: [MemoryTag.rule(ruleID), MemoryTag.demoted, MemoryTag.sourceFeedback])
        decisions.append(decision)
        return Demotion(ruleID: ruleID, decisionID: decision.id, dismissals: tally.dismissed)
    }

    /// `validated / (validated + failed + 0.2)`, two decimals; an explicit instruction is at least 0.95.
    static func confidence(validated: Int, failed: Int, explicit: Bool) -> Double {
        let tally = MemoryText.round(Double(validated) / (Double(validated + failed) + 0.2), places: 2)
        return explicit ? max(tally, 0.95) : tally
    }

    /// The feedback's scope as the `scope:` tag holds it: `**` for the whole repository; a file at the root
    /// is anchored (`/setup.py`), since a glob without `/` would match that name at any depth.
    static func scope(of feedback: ReviewerFeedback) -> String {
        let scope = MemoryText.oneLine(feedback.scope, limit: 300)
        if scope.isEmpty || scope == MemoryTag.wholeRepository { return MemoryTag.wholeRepository }
        if feedback.kind != .ignored && !scope.contains("/") { return "/" + scope }
        return scope
    }

    /// `tags` with `reviewer:<author>` (once; at most five reviewer tags, oldest dropped) and `source:feedback`.
    static func tagged(_ tags: [String], author: String) -> [String] {
        var tags = tags
        if !author.isEmpty {
            let tag = MemoryTag.reviewerPrefix + author
            if !tags.contains(tag) {
                tags.append(tag)
                let reviewers = tags.indices.filter { MemoryTag.value(of: tags[$0], prefix: MemoryTag.reviewerPrefix) != nil }
                for index in reviewers.dropLast(reviewerTagLimit).reversed() { tags.remove(at: index) }
            }
        }
        if !MemoryTag.contains(tags, MemoryTag.sourceFeedback) { tags.append(MemoryTag.sourceFeedback) }
        return tags
    }

    /// What reviewers said, in short English, for a new decision's `context` and `decision`.
    static func texts(
        _ feedback: ReviewerFeedback, ruleID: String, scope: String, author: String
    ) -> (context: String, decision: String) {
        let rule = MemoryText.code(ruleID, limit: 100)
        let reviewer = author.isEmpty ? "A reviewer" : "Reviewer \(author)"
        let place = scope == MemoryTag.wholeRepository ? "the whole repository" : MemoryText.code(scope, limit: 300)
        switch feedback.kind {
        case .dismissed(let reason):
            let why = MemoryText.oneLine(reason ?? "", limit: 200)
            return (
                "\(reviewer) dismissed a \(rule) finding in \(place) as a false positive" + (why.isEmpty ? "." : ": \(why)"),
                "\(rule) does not apply to \(place): reviewers call its findings there false positives."
            )
        case .accepted:
            return (
                "\(reviewer) confirmed a \(rule) finding in \(place).",
                "\(rule) applies to \(place): reviewers confirmed its findings there."
            )
        case .ignored:
            return (
                "\(reviewer) asked to ignore \(rule) in \(place).",
                "\(rule) does not apply in \(place): its findings there are not reported."
            )
        }
    }
}
