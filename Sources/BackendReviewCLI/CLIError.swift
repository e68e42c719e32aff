/// A failure the user can act on; printed as one line and mapped to exit code 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
