import Logging
import Metrics
import ReviewCore

/// The model analysis of one review: hold back never-send files → redact and plan chunks within the budgets →
/// build prompts → send the chunks concurrently → parse → verify → dedupe against the rule findings and across
/// chunks.
///
/// It never throws and never blocks the review: a failed request leaves its files "not analysed" in the notes,
/// and when every request fails the result is `available == false` with a note saying why. It does no I/O of
/// its own; the client sends, and the whole analysis ends by `now + settings.deadline`.
///
/// ```swift
/// let analyst = ModelAnalyst(client: modelClient, settings: settings)
/// let result = await analyst.analyze(input, logger: logger)
/// let findings = FindingSet.finalize(ruleFindings + result.findings)
/// ```
public struct ModelAnalyst: Sendable {
    /// Sends the requests (with retries, pacing and a circuit breaker).
    public let client: any ModelCompleting
    /// Model, budgets, deadline, concurrency and never-send globs.
    public let settings: LLMSettings
    let metrics: AnalysisMetrics

    /// Creates an analyst that counts dropped findings in the process-wide `MetricsSystem`.
    public init(client: any ModelCompleting, settings: LLMSettings) {
        self.init(client: client, settings: settings, metricsFactory: nil)
    }

    /// Creates an analyst that counts dropped findings in `metricsFactory` (the global system when nil).
    public init(client: any ModelCompleting, settings: LLMSettings, metricsFactory: (any MetricsFactory)?) {
        self.client = client
        self.settings = settings
        self.metrics = AnalysisMetrics(factory: metricsFactory)
    }

    /// Analyses `input`; see the type's description.
    public func analyze(_ input: AnalysisInput, logger: Logger) async -> AnalysisResult {
        let deadline = ContinuousClock.now + settings.deadline
        let neverSend = NeverSendList(settings.neverSend)
        if !neverSend.invalid.isEmpty {
            logger.warning("llm.never_send has invalid globs", metadata: ["llm.globs": "\(neverSend.invalid)"])
        }
        let prepared = PreparedInput(input, neverSend: neverSend)
        let language = input.language
        var notes: [String] = []
        if !prepared.notSent.isEmpty { notes.append(AnalysisNotes.notSent(prepared.notSent, language)) }
        guard !prepared.files.isEmpty else { return AnalysisResult(notes: notes) }

        let builder = PromptBuilder(language: language)
        let system = builder.systemPrompt()
        let planned = plan(prepared, baseTokens: baseTokens(builder: builder, system: system, prepared: prepared))
        let plan = planned.plan
        guard !plan.chunks.isEmpty else {
            logger.warning("no file fits the model's token budget", metadata: ["llm.files": "\(prepared.files.count)"])
            return AnalysisResult(
                notes: [AnalysisNotes.unavailable(AnalysisNotes.tokenBudget, language)], available: false)
        }

        let requests = plan.chunks.map { request(for: $0, builder: builder, system: system, prepared: prepared) }
        logger.debug(
            "model analysis started",
            metadata: ["llm.chunks": "\(requests.count)", "llm.estimated_tokens": "\(plan.estimatedTokens)"])
        let outcomes = await send(requests, deadline: deadline)
        return collect(outcomes, planned: planned, input: input, notes: notes, logger: logger)
    }

    /// The tokens every request pays before its files: system prompt, schema, title, description, memory.
    private func baseTokens(builder: PromptBuilder, system: String, prepared: PreparedInput) -> Int {
        let header = builder.userMessage(
            title: prepared.title, body: prepared.body, memoryBriefing: prepared.memoryBriefing, ruleFindings: [],
            files: [])
        return TokenEstimator.estimate(system) + TokenEstimator.estimate(PromptBuilder.findingsSchema)
            + TokenEstimator.estimate(header)
    }

    private func request(
        for chunk: ChunkPlan.Chunk, builder: PromptBuilder, system: String, prepared: PreparedInput
    ) -> LLMRequest {
        let paths = Set(chunk.files.map(\.path))
        let user = builder.userMessage(
            title: prepared.title, body: prepared.body, memoryBriefing: prepared.memoryBriefing,
            ruleFindings: prepared.ruleFindings.filter { paths.contains($0.path) },
            files: chunk.files, truncatedPaths: chunk.truncatedPaths)
        return LLMRequest(
            system: system, user: user, schema: PromptBuilder.findingsSchema,
            structuredOutput: settings.structuredOutput, model: settings.model,
            maxOutputTokens: chunk.maxOutputTokens, temperature: settings.temperature,
            timeout: settings.requestTimeout)
    }
}
