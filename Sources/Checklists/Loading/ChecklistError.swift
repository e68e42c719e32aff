/// One problem in a checklist file, as reported by `ChecklistLinter` and carried by `ChecklistError`.
public struct LintDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The checklist file name (as given to the loader).
    public var file: String
    /// 1-based line in that file; 0 when unknown.
    public var line: Int
    /// The rule being read, when known.
    public var ruleID: String?
    /// Dotted path of the field, e.g. `match.names[2]` or `title.es`.
    public var field: String?
    public var message: String

    public init(file: String, line: Int, ruleID: String? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.ruleID = ruleID
        self.field = field
        self.message = message
    }

    public var description: String {
        var text = "\(file):\(line):"
        if let ruleID { text += " rule '\(ruleID)'" }
        if let field { text += " field '\(field)'" }
        if ruleID != nil || field != nil { text += ":" }
        return text + " " + message
    }
}

/// A checklist that cannot be loaded. Describes the first problem; `diagnostics` lists them all.
public struct ChecklistError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var ruleID: String?
    public var field: String?
    public var message: String
    /// Every problem found, the first one included.
    public var diagnostics: [LintDiagnostic]

    init(_ diagnostics: [LintDiagnostic]) {
        let first = diagnostics.first ?? LintDiagnostic(file: "", line: 0, message: "invalid checklist")
        file = first.file
        line = first.line
        ruleID = first.ruleID
        field = first.field
        message = first.message
        self.diagnostics = diagnostics
    }

    public var description: String {
        let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more problems)" : ""
        return LintDiagnostic(file: file, line: line, ruleID: ruleID, field: field, message: message).description + more
    }
}
