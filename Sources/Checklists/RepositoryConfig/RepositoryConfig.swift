import ReviewCore
import Yams

/// A repository's own settings, `.backend-review.yml`, read from its DEFAULT branch (never from the pull
/// request's head, whose author could otherwise switch the review off).
///
/// ```yaml
/// disable: [repo-not-extending-base-repository]
/// ignore_paths: ["legacy/**", "scripts/*.py"]
/// severity:
///   async-blocking-file-io: low
/// language: es          # auto | en | es
/// fail_on: high         # critical | high | medium | low | none
/// ```
public struct RepositoryConfig: Sendable, Hashable {
    /// The file name, at the repository root.
    public static let fileName = ".backend-review.yml"
    /// Larger files are refused: the file is small by nature and the bytes come from a repository.
    public static let maxBytes = 64 * 1024

    /// Rule ids that do not run in this repository.
    public var disabledRules: Set<String> = []
    /// Globs of paths whose findings are dropped.
    public var ignorePaths: [String] = []
    /// Per-rule severity overrides.
    public var severities: [String: Severity] = [:]
    /// `nil`: auto-detect from the pull request's text.
    public var language: Language?
    /// The severity at which the commit status fails; `.some(nil)` means "never fail" (`none`).
    public var failOn: Severity??

    /// Creates a configuration; the defaults change nothing.
    public init(
        disabledRules: Set<String> = [], ignorePaths: [String] = [], severities: [String: Severity] = [:],
        language: Language? = nil, failOn: Severity?? = nil
    ) {
        self.disabledRules = disabledRules
        self.ignorePaths = ignorePaths
        self.severities = severities
        self.language = language
        self.failOn = failOn
    }

    /// Parses the file. Every problem is collected with its line; the caller reviews with the defaults
    /// and reports the errors in the summary instead of failing the review.
    public static func parse(_ bytes: [UInt8], file: String = fileName) throws(ChecklistError) -> RepositoryConfig {
        var reader = YAMLReader(file: file)
        guard bytes.count <= maxBytes else {
            reader.report(1, nil, "the file is \(bytes.count) bytes; at most \(maxBytes) are read")
            throw ChecklistError(reader.diagnostics)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            reader.report(Self.line(of: error), nil, "not valid YAML: \(error)")
            throw ChecklistError(reader.diagnostics)
        }
        guard let root else { return RepositoryConfig() }
        let config = reader.repositoryConfig(root)
        if !reader.diagnostics.isEmpty { throw ChecklistError(reader.diagnostics) }
        return config
    }

    private static func line(of error: any Error) -> Int {
        (error as? YamlError).flatMap { error -> Int? in
            if case .scanner(_, _, let mark, _) = error { return mark.line }
            if case .parser(_, _, let mark, _) = error { return mark.line }
            return nil
        } ?? 1
    }
}

extension YAMLReader {
    fileprivate mutating func repositoryConfig(_ root: Node) -> RepositoryConfig {
        var config = RepositoryConfig()
        let allowed: Set<String> = ["disable", "ignore_paths", "severity", "language", "fail_on"]
        guard let fields = fields(root, "", allowed: allowed) else { return config }
        config.disabledRules = Set(strings(fields, "disable") ?? [])
        let globs = strings(fields, "ignore_paths")
        validateGlobs(globs, fields, "ignore_paths")
        config.ignorePaths = globs ?? []
        if let node = fields.values["severity"] {
            config.severities = severities(node)
        }
        if let value = string(fields, "language") {
            switch value {
            case "auto": config.language = nil
            case "en": config.language = .en
            case "es": config.language = .es
            default: report(fields.line("language"), "language", "expected auto, en or es, not '\(value)'")
            }
        }
        if let value = string(fields, "fail_on") {
            if value == "none" {
                config.failOn = .some(nil)
            } else if let severity = Severity(rawValue: value) {
                config.failOn = .some(severity)
            } else {
                report(fields.line("fail_on"), "fail_on", "expected critical, high, medium, low or none, not '\(value)'")
            }
        }
        return config
    }

    private mutating func severities(_ node: Node) -> [String: Severity] {
        guard case .mapping(let mapping) = node else {
            report(Self.line(node), "severity", "expected a mapping of rule id to severity")
            return [:]
        }
        var result: [String: Severity] = [:]
        for (key, value) in mapping {
            guard let rule = key.scalar?.string, let text = value.scalar?.string else {
                report(Self.line(key), "severity", "expected `rule-id: critical|high|medium|low`")
                continue
            }
            guard let severity = Severity(rawValue: text) else {
                report(Self.line(value), "severity.\(rule)", "expected critical, high, medium or low, not '\(text)'")
                continue
            }
            result[rule] = severity
        }
        return result
    }
}
