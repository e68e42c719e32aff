/// The loaded configuration with every problem found and where each value came from.
struct ConfigurationReport: Sendable {
    var configuration: AppConfiguration
    var diagnostics: [ConfigDiagnostic]
    /// The effective value of each key, by path, as `config check` shows it (secrets as `<set>`).
    var effective: [String: ConfigurationLoader.Effective]
    /// The YAML file, when one was given.
    var file: String?

    var errors: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .warning } }
    var isValid: Bool { errors.isEmpty }

    /// The configuration, or every error at once.
    func validated() throws(ConfigurationError) -> AppConfiguration {
        guard isValid else { throw ConfigurationError(errors: errors) }
        return configuration
    }

    /// The configuration for talking to the hosts' APIs without receiving webhooks (`replay`): problems with
    /// the intake's secrets don't matter there.
    /// The configuration for the admin commands (`jobs`, `expertise`), which need only where the stores are: only
    /// errors in `queue` and `data_dir` stop them.
    func validatedForStores() throws(ConfigurationError) -> AppConfiguration {
        let relevant = errors.filter { $0.key == ConfigKey.queue.path || $0.key == ConfigKey.dataDir.path }
        guard relevant.isEmpty else { throw ConfigurationError(errors: relevant) }
        return configuration
    }

    func validatedForAPI() throws(ConfigurationError) -> AppConfiguration {
        let relevant = errors.filter { $0.key != "webhooks" && !$0.key.hasSuffix(".webhook_secret") }
        guard relevant.isEmpty else { throw ConfigurationError(errors: relevant) }
        return configuration
    }

    /// `key: value  # source` per key, then the errors and warnings and a verdict.
    func rendered() -> String {
        var lines = ["# backend-review configuration (\(file.map { "file \($0)" } ?? "no file: defaults and environment"))"]
        let width = ConfigKey.all.map { $0.path.count }.max() ?? 0
        for key in ConfigKey.all {
            let value = effective[key.path] ?? .init(display: "<not set>", source: nil)
            var line = key.path + ":" + String(repeating: " ", count: width - key.path.count + 1) + value.display
            if let source = value.source { line += "  # \(source)" }
            lines.append(line)
        }
        lines.append("")
        lines += errors.map(\.description)
        lines += warnings.map(\.description)
        let counts = "\(errors.count) error(s), \(warnings.count) warning(s)"
        lines.append(isValid ? "configuration is valid; \(counts)" : "configuration is INVALID; \(counts)")
        return lines.joined(separator: "\n")
    }
}

/// The configuration is invalid; `serve` prints this and exits 2.
struct ConfigurationError: Error, CustomStringConvertible {
    var errors: [ConfigDiagnostic]

    var description: String {
        "invalid configuration (`backend-review config check` explains it):\n"
            + errors.map { "  \($0)" }.joined(separator: "\n")
    }
}
