import ArgumentParser
import Foundation

/// `backend-review config`: inspect the service configuration.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Inspect the service configuration.",
        subcommands: [ConfigCheck.self]
    )
}

/// Prints the effective configuration (secrets as `<set>`) with every error and warning; exit 0 if valid, 2 if not.
struct ConfigCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Show the effective configuration and explain every problem.",
        discussion: """
            Values come from defaults, then --config FILE, then BACKEND_REVIEW_* environment variables. \
            Secrets are never printed. Exit codes: 0 valid (warnings allowed), 2 invalid.
            """
    )

    @OptionGroup var config: ConfigFileOption

    func run() throws {
        let report = AppConfiguration.load(file: config.file, environment: ProcessInfo.processInfo.environment)
        print(report.rendered())
        if !report.isValid { throw ExitCode(2) }
    }
}
