import ReviewCore

/// Splits the changed files into model requests: each request within `maxInputTokensPerRequest`, all of them
/// within `maxInputTokens`, and `maxOutputTokens` shared among them.
///
/// Files go in priority order: those with the most severe rule findings first, then more findings, then bigger
/// changes. A file too big for any one request is cut to its first hunks (and lines) that fit in a request of
/// its own; files that find no room are skipped, and the plan names them so the summary can say what the model
/// did not see.
///
/// ```swift
/// let plan = ChunkPlanner(settings: settings).plan(files: files, ruleFindings: findings, baseTokens: 3_000)
/// ```
public struct ChunkPlanner: Sendable {
    /// Input token budget of all requests together.
    public var maxInputTokens: Int
    /// Input token budget of one request.
    public var maxInputTokensPerRequest: Int
    /// Output token budget of all requests together.
    public var maxOutputTokens: Int

    /// Tokens of a file's heading, `path:` line and data-block lines, on top of its code.
    static func overheadTokens(_ file: FileDiff) -> Int {
        48 + TokenEstimator.estimate(file.path)
    }

    /// Creates a planner with explicit budgets.
    public init(maxInputTokens: Int, maxInputTokensPerRequest: Int, maxOutputTokens: Int) {
        self.maxInputTokens = maxInputTokens
        self.maxInputTokensPerRequest = maxInputTokensPerRequest
        self.maxOutputTokens = maxOutputTokens
    }

    /// Creates a planner with the budgets of `settings`.
    public init(settings: LLMSettings) {
        self.init(
            maxInputTokens: settings.maxInputTokens, maxInputTokensPerRequest: settings.maxInputTokensPerRequest,
            maxOutputTokens: settings.maxOutputTokens)
    }

    /// Plans the requests for `files`.
    ///
    /// - Parameters:
    ///   - files: the files that may be sent (deleted, binary and never-send files removed). Estimates are
    ///     made on this text; redacting afterwards changes it by a few tokens per secret at most.
    ///   - ruleFindings: the rule findings; they set the priority, and each request lists those of its files.
    ///   - baseTokens: the estimated tokens of a request without files (system prompt, schema, title,
    ///     description, memory).
    public func plan(files: [FileDiff], ruleFindings: [Finding], baseTokens: Int) -> ChunkPlan {
        let findingsByPath = Dictionary(grouping: ruleFindings, by: \.path)
        var drafts: [Draft] = []
        var skipped: [String] = []
        var truncated: [String] = []
        var total = 0

        for file in prioritised(files, findingsByPath: findingsByPath) {
            let findingsCost = TokenEstimator.estimate(
                (findingsByPath[file.path] ?? []).map(PromptBuilder.ruleFindingLine).joined(separator: "\n"))
            let overhead = Self.overheadTokens(file)
            let cost = Self.cost(of: file) + findingsCost + overhead
            if let index = drafts.firstIndex(where: { $0.tokens + cost <= maxInputTokensPerRequest }),
                total + cost <= maxInputTokens
            {
                drafts[index].add(file, tokens: cost)
                total += cost
            } else if baseTokens + cost <= maxInputTokensPerRequest, total + baseTokens + cost <= maxInputTokens {
                drafts.append(Draft(files: [file], tokens: baseTokens + cost))
                total += baseTokens + cost
            } else if baseTokens + cost > maxInputTokensPerRequest, let cut = truncate(
                file, to: min(maxInputTokensPerRequest, maxInputTokens - total) - baseTokens - findingsCost - overhead)
            {
                let cutCost = Self.cost(of: cut) + findingsCost + overhead
                drafts.append(Draft(files: [cut], tokens: baseTokens + cutCost, truncated: [cut.path]))
                total += baseTokens + cutCost
                truncated.append(file.path)
            } else {
                skipped.append(file.path)
            }
        }

        let chunks = drafts.enumerated().map { index, draft in
            ChunkPlan.Chunk(
                files: draft.files, truncatedPaths: draft.truncated, estimatedTokens: draft.tokens,
                maxOutputTokens: outputShare(index, of: drafts.count))
        }
        return ChunkPlan(chunks: chunks, skipped: skipped, truncated: truncated)
    }

    /// Request `index`'s share of the output budget: an even split, the remainder to the first requests.
    func outputShare(_ index: Int, of count: Int) -> Int {
        guard count > 0 else { return 0 }
        let share = maxOutputTokens / count + (index < maxOutputTokens % count ? 1 : 0)
        return max(1, share)
    }

    /// The files in the order they get the budget.
    private func prioritised(_ files: [FileDiff], findingsByPath: [String: [Finding]]) -> [FileDiff] {
        struct Key {
            var mostSevere: Int
            var findings: Int
            var changed: Int
            var path: String
        }
        let keyed = files.map { file in
            let findings = findingsByPath[file.path] ?? []
            let changed = file.hunks.reduce(0) { sum, hunk in sum + hunk.lines.count { $0.kind != .context } }
            let key = Key(
                mostSevere: findings.map(\.severity.rank).min() ?? Severity.allCases.count,
                findings: findings.count, changed: changed, path: file.path)
            return (key, file)
        }
        return keyed.sorted { lhs, rhs in
            let (l, r) = (lhs.0, rhs.0)
            if l.mostSevere != r.mostSevere { return l.mostSevere < r.mostSevere }
            if l.findings != r.findings { return l.findings > r.findings }
            if l.changed != r.changed { return l.changed > r.changed }
            return l.path < r.path
        }.map(\.1)
    }

    private struct Draft {
        var files: [FileDiff]
        var tokens: Int
        var truncated: Set<String> = []

        mutating func add(_ file: FileDiff, tokens: Int) {
            files.append(file)
            self.tokens += tokens
        }
    }
}
