import ArgumentParser

/// Tokenizer agreement with CPython and throughput over a Python tree (default: the installed stdlib).
struct TokenizeBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tokenize")
    func run() throws { throw ValidationError("not implemented yet") }
}
