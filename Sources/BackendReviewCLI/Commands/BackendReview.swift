import ArgumentParser

/// `backend-review`: the root command; subcommands do the work.
struct BackendReview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backend-review",
        abstract: "Reviews Python backend pull requests (FastAPI, async SQLAlchemy, PostgreSQL RLS, Clean Architecture).",
        discussion: """
            Exit codes: 0 no blocking findings, 1 findings at or above --fail-on, \
            2 bad usage, invalid checklists or unreadable input.
            """,
        version: "0.1.0",
        subcommands: [
            ReviewCommand.self, ChecklistCommand.self, ServeCommand.self, JobsCommand.self, ReplayCommand.self,
            ConfigCommand.self, ExpertiseCommand.self,
        ]
    )
}
