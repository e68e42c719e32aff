/// Why a model finding was not posted. The raw values are the keys of ``AnalysisResult/dropped`` and the
/// `reason` label of `backend_review_llm_dropped_findings_total`.
public enum DropReason: String, Sendable, Hashable, CaseIterable {
    /// The entry was not a finding object, or lacked `path`, `line`, `severity`, `section` or `title`.
    case malformed
    /// The entry was cut off by the output cap before it was complete.
    case truncated
    /// The path is not a file the model was shown (made up, deleted, binary, never sent, or over budget).
    case pathNotInDiff = "path_not_in_diff"
    /// `line` or `end_line` is not an added or context line shown for that file.
    case lineNotInDiff = "line_not_in_diff"
    /// The severity is not `critical`, `high`, `medium` or `low`.
    case unknownSeverity = "unknown_severity"
    /// The section is not one of the checklist's sections.
    case unknownSection = "unknown_section"
    /// The title is over 200 characters or another text field over 2,000.
    case tooLong = "too_long"
    /// The title or the analysis is empty (after sanitising).
    case empty
    /// A rule finding of the same section already covers these lines.
    case duplicateOfRule = "duplicate_of_rule"
    /// Another model finding of the same section already covers these lines.
    case duplicate
}
