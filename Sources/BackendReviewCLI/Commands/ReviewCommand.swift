import ArgumentParser
import Checklists
import Expertise
import Foundation
import ReviewCore
import ReviewEngine

/// `backend-review review`: reviews a local change and prints the result.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review a change from a local git range or a unified diff.",
        discussion: """
            Examples:
              backend-review review --git main..HEAD
              backend-review review --diff change.diff --root path/to/checkout --format markdown
              git diff main | backend-review review --diff - --root . --fail-on high

            With --git the repository's expertise memory (ai_docs/expertise/domain-experts/backend.yaml) is read \
            before the review and updated after it (seed §4 and §9); --no-memory leaves it alone, --memory FILE \
            uses another file (also with --diff).
            """
    )

    @Option(name: .long, help: "A git range in --root: BASE..HEAD, BASE...HEAD, or BASE (meaning BASE..HEAD).")
    var git: String?

    @Option(name: .long, help: "A unified diff file, or - for standard input.")
    var diff: String?

    @Option(name: .long, help: "The checkout holding the head contents (default: the current directory).")
    var root: String?

    @Option(name: .long, help: "A directory of checklist YAML files (default: the bundled checklists).")
    var checklists: String?

    @Option(name: .long, help: "Output format: \(OutputFormat.allValueStrings.joined(separator: "|")).")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Answer language: auto|en|es. auto answers in Spanish when the change is described in Spanish.")
    var lang: ReviewOptions.LanguageChoice = .auto

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: critical|high|medium|low.")
    var failOn: Severity?

    @Flag(name: .customLong("include-context"), help: "Also report findings on the diff's unchanged context lines.")
    var includeContext = false

    @Option(name: .long, help: "The change's title (pull request title), for language detection with --diff.")
    var title: String?

    @Option(name: .customLong("body-file"), help: "A file holding the change's description, for language detection with --diff.")
    var bodyFile: String?

    @Flag(name: .long, help: "Colour text output.")
    var color = false

    @Option(name: .long, help: "The expertise memory file (default with --git: ROOT/\(ExpertiseMemory.relativePath)).")
    var memory: String?

    @Flag(name: .customLong("no-memory"), help: "Neither read nor update the expertise memory.")
    var noMemory = false

    @OptionGroup var llm: LLMOptions

    func validate() throws {
        switch (git, diff) {
        case (nil, nil): throw ValidationError("give a change to review: --git BASE..HEAD or --diff FILE|-")
        case (.some, .some): throw ValidationError("--git and --diff exclusive: give one of them")
        default: break
        }
        if noMemory && memory != nil { throw ValidationError("--memory and --no-memory exclusive: give one of them") }
        try llm.validateOptions()
    }

    func run() async throws {
        // Decoding the checklists overlaps with reading and parsing the diff.
        let directory = checklists
        let pendingCatalog = BackgroundValue { try CatalogLoader.load(directory: directory) }
        let input = try ReviewInput.load(git: git, diff: diff, root: root, catalog: pendingCatalog.value)
        let catalog = try pendingCatalog.value()
        var description = input.description
        if let title { description.append(title) }
        if let bodyFile { description.append(try readText(bodyFile)) }

        var report = try ReviewEngine(catalog: catalog).review(
            diff: input.diff,
            contents: input.contents,
            description: description,
            options: ReviewOptions(language: lang, includeContextLines: includeContext)
        )
        let memoryFile = memoryPath
        let store = memoryFile.map { _ in FileExpertiseStore(dataDirectory: ".") }
        var guided: GuidedReview?
        if let store, let memoryFile {
            guided = try await LocalMemory.guide(report, store: store, file: memoryFile)
            report = guided?.report ?? report
        }
        if let settings = try llm.settings() {
            report = await LocalAnalysis.run(settings, report: report, diff: input.diff, description: description)
        }
        let rendered = format.render(report, language: report.summary.language, colour: color)
        FileHandle.standardOutput.write(Data(rendered.utf8))
        if let store, let memoryFile, let guided {
            try await LocalMemory.record(guided, store: store, file: memoryFile)
        }
        if let failOn, report.failed(at: failOn) {
            throw ExitCode(1)
        }
    }

    /// The memory file this run reads and updates, if any.
    private var memoryPath: String? {
        if noMemory { return nil }
        if let memory { return memory }
        guard git != nil else { return nil }
        return (root ?? ".") + "/" + ExpertiseMemory.relativePath
    }

    private func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path): no such file or not readable")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Severity: ExpressibleByArgument {}
extension ReviewOptions.LanguageChoice: ExpressibleByArgument {}
