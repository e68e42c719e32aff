import ReviewCore

/// The analysis input after redaction and the never-send filter: everything here may leave the machine.
struct PreparedInput: Sendable {
    /// The files to offer the model, redacted (same hunks and lines as the originals, only texts differ).
    var files: [FileDiff]
    /// The same files as in the pull request, by path, for snippets and verification.
    var originals: [String: FileDiff]
    /// Files held back by the never-send globs.
    var notSent: [String]
    var title: String
    var body: String
    var memoryBriefing: String
    /// Rule findings with redacted titles and snippets (they are listed in the prompt).
    var ruleFindings: [Finding]

    init(_ input: AnalysisInput, neverSend: NeverSendList) {
        let redactor = SecretRedactor(knownSecrets: input.knownSecrets)
        var files: [FileDiff] = []
        var originals: [String: FileDiff] = [:]
        var notSent: [String] = []
        for file in input.diff.files where Self.isReviewable(file) {
            if neverSend.matches(file) {
                notSent.append(file.path)
                continue
            }
            originals[file.path] = file
            files.append(Self.redacted(file, with: redactor))
        }
        self.files = files
        self.originals = originals
        self.notSent = notSent
        title = redactor.redact(input.title)
        body = redactor.redact(input.body)
        memoryBriefing = redactor.redact(input.memoryBriefing)
        ruleFindings = input.ruleFindings.map { finding in
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

    /// `file` with every line (and hunk header) redacted, structure unchanged.
    private static func redacted(_ file: FileDiff, with redactor: SecretRedactor) -> FileDiff {
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

    /// The original of a file the plan may have cut: the same hunks and the same number of lines in each.
    func original(matching shown: FileDiff) -> FileDiff? {
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
