import ArgumentParser
import Expertise
import Foundation

/// `backend-review expertise`: the admins' view of a repository's expertise memory.
struct ExpertiseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expertise",
        abstract: "Show, validate, export a repository's expertise memory, or undo a rule's demotion.",
        discussion: """
            The server keeps one memory per repository under DATA/expertise/HOST/OWNER/NAME/\(ExpertiseMemory.relativePath). \
            Safe while `serve` runs: updates take the same lock the server does.
            """,
        subcommands: [ExpertiseShow.self, ExpertiseValidate.self, ExpertiseExport.self, ExpertiseUndemote.self]
    )
}

/// `--repo HOST/OWNER/NAME` or `--file PATH`, and `--data DIR`.
struct ExpertiseOptions: ParsableArguments {
    @Option(name: .long, help: "The repository: HOST/OWNER/NAME, e.g. github/acme/shop (GitLab groups nest: gitlab/group/sub/name).")
    var repo: String?

    @Option(name: .long, help: "A memory file to use instead of --repo (e.g. a repository's own ai_docs file).")
    var file: String?

    @Option(name: .long, help: "The server's data directory (as in `serve --data`).")
    var data: String?

    @OptionGroup var config: ConfigFileOption

    func validate() throws {
        switch (repo, file) {
        case (nil, nil): throw ValidationError("name the memory: --repo HOST/OWNER/NAME or --file PATH")
        case (.some, .some): throw ValidationError("--repo and --file exclusive: give one of them")
        default: break
        }
        if let repo, location(repo) == nil {
            throw ValidationError("--repo wants HOST/OWNER/NAME with HOST one of github, gitlab, gitea (got '\(repo)')")
        }
    }

    /// The memory's location.
    var memoryLocation: MemoryLocation {
        if let file { return .file(file) }
        return location(repo ?? "")!
    }

    /// The memory's file path, under the data directory `serve` uses with the same configuration.
    func path() throws -> String {
        let store = FileExpertiseStore(dataDirectory: try stores().dataDirectory)
        do {
            return try store.fileURL(for: memoryLocation)
        } catch {
            throw CLIError("\(error)")
        }
    }

    private func location(_ repo: String) -> MemoryLocation? {
        let parts = repo.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["github", "gitlab", "gitea"].contains(parts[0]), parts[1].contains("/") else { return nil }
        return .repository(host: parts[0], path: parts[1])
    }

    /// The file's text; a missing file is a usage error.
    func text() throws -> (path: String, text: String) {
        let path = try path()
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("no expertise memory at \(path): check --repo and --data (the server writes it after the first review)")
        }
        return (path, String(decoding: data, as: UTF8.self))
    }

    /// The decoded memory; a broken file is an error naming the file and line.
    func memory() throws -> (path: String, memory: ExpertiseMemory) {
        let (path, text) = try text()
        do {
            return (path, try MemoryCodec.decode(text, path: path))
        } catch {
            throw CLIError("\(error)")
        }
    }
}

/// `expertise show`: counters, decisions, demotions and blockers at a glance.
struct ExpertiseShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a readable overview of the memory.")

    @OptionGroup var options: ExpertiseOptions

    func run() async throws {
        let (path, memory) = try await options.currentMemory()
        let text = ExpertiseOverview.render(memory, path: path, repo: options.repo)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `expertise validate`: errors and warnings with file and line; exit 1 on errors.
struct ExpertiseValidate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check the memory file against the seed's schema; exit 1 on errors.")

    @OptionGroup var options: ExpertiseOptions

    func run() async throws {
        let (path, text) = try options.text()
        let issues = MemoryValidator.validate(text, path: path)
        for issue in issues { FileHandle.standardOutput.write(Data("\(issue)\n".utf8)) }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        FileHandle.standardOutput.write(Data("\(path): \(errors) error(s), \(warnings) warning(s)\n".utf8))
        if errors > 0 { throw ExitCode(1) }
    }
}

/// `expertise export`: the memory as YAML (normalised) or JSON, for backups and other tools.
struct ExpertiseExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the memory as YAML or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

    @OptionGroup var options: ExpertiseOptions

    @Option(name: .long, help: "yaml|json")
    var format: Format = .yaml

    func run() async throws {
        let (_, memory) = try await options.currentMemory()
        let text: String = switch format {
        case .yaml: MemoryCodec.encode(memory, repositoryName: options.repo)
        case .json: try ExpertiseJSON.render(memory)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `expertise undemote RULE`: an admin restores a rule's severity in a repository.
struct ExpertiseUndemote: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undemote",
        abstract: "Undo the demotion of a rule that reviewers dismissed often; it is not demoted again automatically.")

    @OptionGroup var options: ExpertiseOptions

    @Argument(help: "The rule id.")
    var rule: String

    func run() async throws {
        _ = try options.path()
        let rule = rule
        let location = options.memoryLocation, repo = options.repo
        let update = try await options.withStore { store in
            try await store.update(location, repositoryName: repo) { memory in
                memory.undoDemotion(rule: rule, now: Date())
            }
        }
        guard update.value else {
            throw CLIError("\(rule) is not demoted in this memory (see `backend-review expertise show`)")
        }
        FileHandle.standardOutput.write(Data("\(rule): demotion undone; its findings keep their checklist severity\n".utf8))
    }
}
