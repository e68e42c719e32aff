/// Where a configuration value came from; later layers override earlier ones: default < file < env < flag.
enum ValueSource: Sendable, Hashable, CustomStringConvertible {
    case defaultValue
    case file(path: String, line: Int)
    case environment(String)
    case flag(String)

    /// Higher wins.
    var precedence: Int {
        switch self {
        case .defaultValue: 0
        case .file: 1
        case .environment: 2
        case .flag: 3
        }
    }

    /// `config.yml:12`, `env BACKEND_REVIEW_GITHUB_TOKEN`, `--port`, `default`.
    var description: String {
        switch self {
        case .defaultValue: "default"
        case .file(let path, let line): "\(path):\(line)"
        case .environment(let name): "env \(name)"
        case .flag(let name): name
        }
    }

    var isFile: Bool {
        if case .file = self { return true }
        return false
    }
}
