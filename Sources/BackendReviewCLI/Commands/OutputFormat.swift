import ArgumentParser
import ReviewCore

/// The `--format` choices; each maps to one pure renderer in ReviewCore.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json, sarif, github

    func render(_ report: ReviewReport, language: Language, colour: Bool) -> String {
        switch self {
        case .text: TextReport.render(report, language: language, colour: colour)
        case .markdown: MarkdownReport.render(report, language: language)
        case .json: JSONReport.render(report, language: language)
        case .sarif: SARIFReport.render(report, language: language)
        case .github: GitHubAnnotations.render(report, language: language)
        }
    }
}
