import ReviewCore

/// Severity names in running text (ReviewCore's labels are internal to it, and capitalised for headings).
enum SeverityWords {
    /// "critical" / "crítico", lowercase for the middle of a sentence.
    static func name(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.critical, .en): "critical"
        case (.high, .en): "high"
        case (.medium, .en): "medium"
        case (.low, .en): "low"
        case (.critical, .es): "crítico"
        case (.high, .es): "alto"
        case (.medium, .es): "medio"
        case (.low, .es): "bajo"
        }
    }
}
