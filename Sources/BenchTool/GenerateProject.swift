import ArgumentParser

/// Writes a generated multi-tenant FastAPI project and its all-new diff, for review benchmarks.
struct GenerateProject: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate")
    func run() throws { throw ValidationError("not implemented yet") }
}
