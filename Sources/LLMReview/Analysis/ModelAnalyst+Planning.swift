import ReviewCore

extension ModelAnalyst {
    /// The requests' files, redacted, and the same files as the pull request has them (cut alike).
    struct Planned {
        /// Chunks of redacted files.
        var plan: ChunkPlan
        /// By path: the unredacted file as planned, for verification and snippets.
        var originals: [String: FileDiff]

        /// The unredacted counterpart of a chunk's file: the same hunks with the same number of lines.
        func original(of shown: FileDiff) -> FileDiff? {
            guard let original = originals[shown.path] else { return nil }
            let hunks = zip(shown.hunks, original.hunks).map { shownHunk, originalHunk in
                var hunk = shownHunk
                hunk.header = originalHunk.header
                hunk.lines = Array(originalHunk.lines.prefix(shownHunk.lines.count))
                return hunk
            }
            return FileDiff(
                oldPath: original.oldPath, newPath: original.newPath, status: original.status,
                oldMode: original.oldMode, newMode: original.newMode, similarity: original.similarity,
                isBinary: original.isBinary, hunks: hunks)
        }
    }

    /// Plans twice: first on the pull request's text, so only what can fit gets redacted (a huge pull request
    /// costs no more than the budget), then again on the redacted files, since a placeholder may be longer
    /// than the secret it replaces and no request may exceed its budget.
    func plan(_ prepared: PreparedInput, baseTokens: Int) -> Planned {
        let planner = ChunkPlanner(settings: settings)
        let draft = planner.plan(files: prepared.files, ruleFindings: prepared.ruleFindings, baseTokens: baseTokens)
        let chosen = draft.chunks.flatMap(\.files)
        var plan = planner.plan(
            files: chosen.map(prepared.redacted), ruleFindings: prepared.ruleFindings, baseTokens: baseTokens)
        let cutInDraft = Set(draft.truncated)
        for index in plan.chunks.indices {
            let paths = plan.chunks[index].files.map(\.path)
            plan.chunks[index].truncatedPaths.formUnion(paths.filter(cutInDraft.contains))
        }
        plan.skipped = draft.skipped + plan.skipped
        plan.truncated = draft.truncated + plan.truncated.filter { !cutInDraft.contains($0) }
        let originals = Dictionary(chosen.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return Planned(plan: plan, originals: originals)
    }
}
