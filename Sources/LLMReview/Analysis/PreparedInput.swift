import ReviewCore

/// The analysis input after the never-send filter, with the prompt's free text redacted. File contents are
/// redacted once planned (``redacted(_:)``), so a huge pull request costs only what fits the budget.
struct PreparedInput: Sendable {
    /// The files that may be offered to the model, as in the pull request (not yet redacted).
    var files: [FileDiff]
    /// Files held back by the never-send globs.
    var notSent: [String]
    var title: String
    var body: String
    var memoryBriefing: String
    /// Rule findings with redacted titles and snippets (they are listed in the prompt).
    var ruleFindings: [Finding]
    private let redactor: SecretRedactor

    init(_ input: AnalysisInput, neverSend: NeverSendList) {
        redactor = SecretRedactor(knownSecrets: input.knownSecrets)
        var files: [FileDiff] = []
        var notSent: [String] = []
        for file in input.diff.files where Self.isReviewable(file) {
            if neverSend.matches(file) { notSent.append(file.path) } else { files.append(file) }
        }
        self.files = files
        self.notSent = notSent
        title = redactor.redact(input.title)
        body = redactor.redact(input.body)
        memoryBriefing = redactor.redact(input.memoryBriefing)
        ruleFindings = input.ruleFindings.map { [redactor] finding in
            var finding = finding
            finding.title = LocalizedText(en: redactor.redact(finding.title.en), es: redactor.redact(finding.title.es))
            finding.snippet = redactor.redact(finding.snippet)
            return finding
        }
    }

    /// A file with at least one added or context line that is neither deleted nor binary.
    static func isReviewable(_ file: FileDiff) -> Bool {
        file.status != .deleted && !file.isBinary
            && file.hunks.contains { hunk in hunk.lines.contains { $0.newLine != nil } }
    }

    /// `file` with every line (and hunk header) redacted; same hunks, same lines, same numbers.
    func redacted(_ file: FileDiff) -> FileDiff {
        var texts = redactor.redactLines(file.hunks.flatMap { $0.lines.map(\.text) }, path: file.path)[...]
        let hunks = file.hunks.map { hunk in
            var hunk = hunk
            hunk.header = redactor.redact(hunk.header)
            for index in hunk.lines.indices { hunk.lines[index].text = texts.popFirst() ?? "" }
            return hunk
        }
        return FileDiff(
            oldPath: file.oldPath, newPath: file.newPath, status: file.status, oldMode: file.oldMode,
            newMode: file.newMode, similarity: file.similarity, isBinary: file.isBinary, hunks: hunks)
    }
}
