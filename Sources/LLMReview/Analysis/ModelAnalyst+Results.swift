import Logging
import ReviewCore

extension ModelAnalyst {
    /// Parses the answers, verifies their findings against what was shown, and writes the notes.
    func collect(
        _ outcomes: [Outcome], planned: Planned, input: AnalysisInput, notes: [String], logger: Logger
    ) -> AnalysisResult {
        let plan = planned.plan
        let language = input.language
        var usage = LLMUsage()
        var candidates: [ModelFindingCandidate] = []
        var dropped: [String: Int] = [:]
        var shown: [FileDiff] = []
        var failures: [(paths: [String], reason: LocalizedText)] = []

        for (index, (chunk, outcome)) in zip(plan.chunks, outcomes).enumerated() {
            let paths = chunk.files.map(\.path)
            switch outcome {
            case .success(let completion):
                usage.requests += 1
                usage.inputTokens += completion.inputTokens ?? chunk.estimatedTokens
                usage.outputTokens += completion.outputTokens ?? TokenEstimator.estimate(completion.text)
                let output = ModelOutputParser.parse(completion.text)
                guard output.foundJSON else {
                    logger.warning("model answer holds no findings JSON", metadata: ["llm.chunk": "\(index)"])
                    failures.append((paths, AnalysisNotes.unreadableAnswer))
                    continue
                }
                if completion.truncated || output.truncated {
                    logger.notice("model answer was cut at the output cap", metadata: ["llm.chunk": "\(index)"])
                }
                candidates += output.candidates
                dropped.mergeDrops(output.dropped)
                shown += chunk.files.compactMap(planned.original(of:))
            case .failure(let error):
                // Nothing left the machine when the breaker was open or the time was up.
                if error.kind != .circuitOpen, error.kind != .deadline { usage.requests += 1 }
                logger.warning(
                    "model request failed", metadata: ["llm.chunk": "\(index)", "llm.error": "\(error)"])
                failures.append((paths, AnalysisNotes.reason(error)))
            }
        }
        usage.estimatedCost =
            Double(usage.inputTokens) / 1_000_000 * settings.inputCostPerMillion
            + Double(usage.outputTokens) / 1_000_000 * settings.outputCostPerMillion

        guard failures.count < plan.chunks.count else {
            let reason = failures.first?.reason ?? AnalysisNotes.unreadableAnswer
            return AnalysisResult(
                notes: [AnalysisNotes.unavailable(reason, language)], usage: usage, available: false)
        }

        let verification = FindingVerifier(
            diff: UnifiedDiff(files: shown), ruleFindings: input.ruleFindings, neverSend: settings.neverSend
        ).verify(candidates)
        dropped.mergeDrops(verification.dropped)
        metrics.recordDropped(dropped)
        logger.info(
            "model analysis finished",
            metadata: [
                "llm.requests": "\(usage.requests)", "llm.findings": "\(verification.findings.count)",
                "llm.dropped": "\(dropped.values.reduce(0, +))", "llm.failed_chunks": "\(failures.count)",
            ])
        return AnalysisResult(
            findings: verification.findings, dropped: dropped,
            notes: notes + budgetNotes(plan, language) + failureNotes(failures, language), usage: usage)
    }

    private func budgetNotes(_ plan: ChunkPlan, _ language: Language) -> [String] {
        var notes: [String] = []
        if !plan.skipped.isEmpty {
            notes.append(AnalysisNotes.notAnalysed(plan.skipped, AnalysisNotes.tokenBudget, language))
        }
        if !plan.truncated.isEmpty { notes.append(AnalysisNotes.partlyAnalysed(plan.truncated, language)) }
        return notes
    }

    /// One note per reason, naming the files of every chunk that failed for it.
    private func failureNotes(
        _ failures: [(paths: [String], reason: LocalizedText)], _ language: Language
    ) -> [String] {
        var order: [LocalizedText] = []
        var paths: [LocalizedText: [String]] = [:]
        for failure in failures {
            if paths[failure.reason] == nil { order.append(failure.reason) }
            paths[failure.reason, default: []] += failure.paths
        }
        return order.map { AnalysisNotes.notAnalysed(paths[$0] ?? [], $0, language) }
    }
}
