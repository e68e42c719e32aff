import Foundation
import LLMReview
import Hosts
import Logging
import ReviewCore
import ReviewServer

extension AppConfiguration {
    /// Loads the configuration: defaults, then the YAML `file`, then `environment`, then `flags`.
    ///
    /// Never throws: every problem is a diagnostic in the report, so `config check` can show them all;
    /// `serve` calls ``ConfigurationReport/validated()``.
    /// - Parameter flags: command-line values by key path, e.g. `["server.port": ("9000", "--port")]`.
    static func load(
        file: String?, environment: [String: String], flags: [String: (value: String, flag: String)] = [:]
    ) -> ConfigurationReport {
        var diagnostics: [ConfigDiagnostic] = []
        var yaml: ConfigYAML?
        if let file {
            do {
                yaml = ConfigYAML(path: file, text: try String(contentsOfFile: file, encoding: .utf8))
                diagnostics += yaml?.diagnostics ?? []
            } catch {
                diagnostics.append(.error("--config", "cannot read '\(file)'; check the path and its permissions"))
            }
        }
        var loader = ConfigurationLoader(file: yaml, environment: environment, flags: flags)
        var configuration = AppConfiguration()
        configuration.read(&loader)
        diagnostics += loader.diagnostics
        diagnostics += configuration.crossCheck()
        diagnostics += unknownVariables(in: environment)
        return ConfigurationReport(
            configuration: configuration, diagnostics: diagnostics, effective: loader.effective, file: file
        )
    }

    private mutating func read(_ loader: inout ConfigurationLoader) {
        server.bind = loader.string(.serverBind, default: server.bind)
        server.port = loader.int(.serverPort, default: server.port, range: 0...65_535, hint: "use a TCP port, 1-65535")
        server.maxBodyBytes = loader.int(
            .serverMaxBodyBytes, default: server.maxBodyBytes, range: 1...Int(Int32.max),
            hint: "use a number of bytes (the hosts' own cap is \(ServerSettings.defaultMaxBodyBytes))"
        )
        server.logFormat = loader.choice(
            .serverLogFormat, default: server.logFormat, LogFormat.init(rawValue:), allowed: LogFormat.allCases.map(\.rawValue)
        )
        server.logLevel = loader.choice(
            .serverLogLevel, default: server.logLevel, Logger.Level.init(rawValue:),
            allowed: Logger.Level.allCases.map(\.rawValue)
        )
        dataDirectory = loader.path(.dataDir, default: dataDirectory) ?? dataDirectory
        queue = Self.readQueue(&loader)
        checklistsDirectory = loader.path(.checklists, default: nil)
        review.drafts = loader.bool(.reviewDrafts, default: review.drafts)
        review.failOn = loader.choice(
            .reviewFailOn, default: review.failOn, Severity.init(rawValue:), allowed: Severity.allCases.map(\.rawValue)
        )
        worker.concurrency = loader.int(
            .workerConcurrency, default: worker.concurrency, range: 1...64, hint: "use 1-64 reviews at a time"
        )
        worker.leaseSeconds = loader.int(
            .workerLeaseSeconds, default: worker.leaseSeconds, range: 10...86_400, hint: "use 10-86400 seconds"
        )
        worker.maxAttempts = loader.int(
            .workerMaxAttempts, default: worker.maxAttempts, range: 1...100, hint: "use 1-100 attempts"
        )
        memory = Self.readMemory(&loader)
        llm = Self.readLLM(&loader)
        for host in HostKind.allCases {
            hosts[host] = Self.readHost(host, &loader)
        }
    }

    private static func readMemory(_ loader: inout ConfigurationLoader) -> Memory {
        var memory = Memory()
        memory.enabled = loader.bool(.expertiseEnabled, default: memory.enabled)
        memory.teamMemory = loader.bool(.expertiseTeamMemory, default: memory.teamMemory)
        let mention = loader.string(.expertiseMention, default: memory.mention)
        if mention.isEmpty || !mention.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
            loader.report(.error(
                ConfigKey.expertiseMention.path, "'\(mention)' is not a user name; use letters, digits, '-', '_' or '.'",
                at: nil))
        } else {
            memory.mention = mention.hasPrefix("@") ? String(mention.dropFirst()) : mention
        }
        memory.settings.demoteAfterDismissals = loader.int(
            .expertiseDemoteAfter, default: memory.settings.demoteAfterDismissals, range: 0...1_000,
            hint: "use a number of dismissals (0: never demote)")
        memory.settings.commonFilesCount = loader.int(
            .expertiseCommonFiles, default: memory.settings.commonFilesCount, range: 0...1_000, hint: "use 0-1000 files")
        memory.settings.maxDecisions = loader.int(
            .expertiseMaxDecisions, default: memory.settings.maxDecisions, range: 1...100_000,
            hint: "use 1-100000 decisions")
        memory.settings.maxBlockers = loader.int(
            .expertiseMaxBlockers, default: memory.settings.maxBlockers, range: 1...100_000,
            hint: "use 1-100000 blockers")
        return memory
    }

    private static func readHost(_ host: HostKind, _ loader: inout ConfigurationLoader) -> HostConfiguration {
        let keys = ConfigKey.host(host)
        var configuration = HostConfiguration(host: host)
        configuration.webhookSecret = loader.secret(keys.webhookSecret, file: keys.webhookSecretFile).map(WebhookSecret.init)
        configuration.token = loader.secret(keys.token, file: keys.tokenFile).map(Secret.init)
        configuration.apiURL = loader.url(keys.apiURL, default: configuration.apiURL)
        configuration.writesPerMinute = loader.int(
            keys.writesPerMinute, default: configuration.writesPerMinute, range: 0...100_000,
            hint: "use a number of requests per minute (0: no pacing; GitHub allows 80)")
        configuration.allowUnsigned = loader.bool(keys.allowUnsigned, default: false)
        if let explicit = loader.optionalBool(keys.enabled) {
            configuration.enabled = explicit
        } else {
            configuration.enabled = configuration.webhookSecret != nil || configuration.allowUnsigned
            let why = configuration.webhookSecret != nil ? "a webhook secret is set"
                : configuration.allowUnsigned ? "allow_unsigned" : "no webhook secret"
            loader.record(keys.enabled, "\(configuration.enabled) (\(why))", nil)
        }
        if host == .github { configuration.app = readGitHubApp(&loader) }
        return configuration
    }

    private static func readGitHubApp(_ loader: inout ConfigurationLoader) -> HostConfiguration.GitHubApp? {
        let appID = loader.optionalInt(.githubAppID, range: 1...Int.max, hint: "use the App's numeric id")
        let appIDSet = loader.raw(.githubAppID) != nil
        let key = loader.secret(.githubPrivateKey, file: .githubPrivateKeyFile)
        let keySet = loader.raw(.githubPrivateKey) != nil || loader.raw(.githubPrivateKeyFile) != nil
        if appIDSet, !keySet {
            loader.report(.error(
                ConfigKey.githubPrivateKeyFile.path,
                "github.app_id is set but the App's private key is not: set "
                    + "\(ConfigKey.githubPrivateKeyFile.environment) to the .pem file GitHub gave you",
                at: loader.raw(.githubAppID)?.source
            ))
        }
        if keySet, !appIDSet {
            loader.report(.error(
                ConfigKey.githubAppID.path,
                "a GitHub App private key is set but the App id is not: set \(ConfigKey.githubAppID.environment)"
            ))
        }
        guard let appID, let key else { return nil }
        guard key.contains("-----BEGIN"), key.contains("PRIVATE KEY-----") else {
            loader.report(.error(
                ConfigKey.githubPrivateKeyFile.path,
                "the GitHub App private key is not a PEM private key (expected '-----BEGIN RSA PRIVATE KEY-----')",
                at: (loader.raw(.githubPrivateKeyFile) ?? loader.raw(.githubPrivateKey))?.source
            ))
            return nil
        }
        return HostConfiguration.GitHubApp(appID: appID, privateKey: Secret(key))
    }

    /// `BACKEND_REVIEW_*` variables that match no key: most likely a typo that silently does nothing.
    private static func unknownVariables(in environment: [String: String]) -> [ConfigDiagnostic] {
        let known = Set(ConfigKey.all.map(\.environment)).union(ConfigKey.otherEnvironment)
        return environment.keys.filter { $0.hasPrefix("BACKEND_REVIEW_") && !known.contains($0) }.sorted().map {
            .warning($0, "unknown environment variable, ignored; check its spelling against `backend-review config check`")
        }
    }
}

extension ConfigKey {
    /// Variables read elsewhere than the configuration (none yet); listed so they are not reported as typos.
    static let otherEnvironment: Set<String> = []
}
