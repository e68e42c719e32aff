import ArgumentParser
import Foundation

/// Entry point. Maps errors to the documented exit codes: 0 clean, 1 findings at or above
/// `--fail-on`, 2 bad usage, invalid checklists or unreadable input.
@main
enum Main {
    static func main() async {
        // A child that exits early must not kill us through a write to its closed stdin.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try BackendReview.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if BackendReview.exitCode(for: error) == .success {
                BackendReview.exit(withError: error)  // --help, --version
            }
            let message = BackendReview.fullMessage(for: error)
            FileHandle.standardError.write(Data(("backend-review: " + message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
