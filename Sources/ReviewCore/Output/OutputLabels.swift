/// The words every renderer shares, in both languages, so a severity or a section reads the same in a
/// terminal, a summary comment and an inline comment.
enum OutputLabels {
    /// "Critical" / "Crítico".
    static func severity(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.critical, .en): "Critical"
        case (.high, .en): "High"
        case (.medium, .en): "Medium"
        case (.low, .en): "Low"
        case (.critical, .es): "Crítico"
        case (.high, .es): "Alto"
        case (.medium, .es): "Medio"
        case (.low, .es): "Bajo"
        }
    }

    /// A coloured circle that survives every markdown renderer.
    static func emoji(_ severity: Severity) -> String {
        switch severity {
        case .critical: "🔴"
        case .high: "🟠"
        case .medium: "🟡"
        case .low: "🔵"
        }
    }

    /// The heading of a section; custom sections show their id.
    static func section(_ section: Section, _ language: Language) -> String {
        switch (section, language) {
        case (.cleanArchitecture, _): "Clean Architecture"
        case (.repositoryPattern, .en): "Repository Pattern"
        case (.repositoryPattern, .es): "Repository Pattern"
        case (.rls, .en): "RLS and multi-tenancy"
        case (.rls, .es): "RLS y multi-tenancy"
        case (.async, _): "Async"
        case (.testing, _): "Testing"
        case (.security, .en): "Security"
        case (.security, .es): "Seguridad"
        case (.performance, .en): "Performance"
        case (.performance, .es): "Performance"
        default: section.rawValue
        }
    }

    /// "🤖 model finding" / "🤖 hallazgo del modelo".
    static func modelFinding(_ language: Language) -> String {
        language == .es ? "🤖 hallazgo del modelo" : "🤖 model finding"
    }

    /// `path:line` or `path:line-end`; a line below 1 means the whole file.
    static func location(_ finding: Finding) -> String {
        guard finding.line >= 1 else { return finding.path }
        if finding.endLine > finding.line { return "\(finding.path):\(finding.line)-\(finding.endLine)" }
        return "\(finding.path):\(finding.line)"
    }

    /// "1 problem" / "3 problemas".
    static func problems(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: count == 1 ? "1 problem" : "\(count) problems"
        case .es: count == 1 ? "1 problema" : "\(count) problemas"
        }
    }

    /// The considerations of a finding, or a sensible default when the rule gives none.
    static func considerations(_ finding: Finding, _ language: Language) -> [String] {
        let given = finding.considerations.map { $0[language] }.filter { !$0.isEmpty }
        if !given.isEmpty { return given }
        var defaults = [language == .es ? "Verificar que los tests pasen" : "Make sure the tests pass"]
        if finding.section == .rls {
            defaults.append(language == .es ? "Considerar el impacto en RLS" : "Consider the impact on RLS")
        }
        return defaults
    }
}
