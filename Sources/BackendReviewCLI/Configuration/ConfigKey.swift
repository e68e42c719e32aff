import Hosts

/// Every configuration key: its dotted YAML path and the environment variable that overrides it.
///
/// The variable is `BACKEND_REVIEW_` and the path in capitals with `.` as `_` (`server.port` →
/// `BACKEND_REVIEW_SERVER_PORT`), except the GitHub App's, which keep GitHub's own wording
/// (`BACKEND_REVIEW_GITHUB_APP_PRIVATE_KEY_FILE`).
struct ConfigKey: Sendable, Hashable {
    /// The dotted path in the YAML file: `github.webhook_secret`.
    let path: String
    /// The environment variable.
    let environment: String

    init(_ path: String, environment: String? = nil) {
        self.path = path
        self.environment = environment
            ?? "BACKEND_REVIEW_" + path.uppercased().replacingOccurrences(of: ".", with: "_")
    }

    static let serverBind = ConfigKey("server.bind")
    static let serverPort = ConfigKey("server.port")
    static let serverMaxBodyBytes = ConfigKey("server.max_body_bytes")
    static let serverLogFormat = ConfigKey("server.log_format")
    static let serverLogLevel = ConfigKey("server.log_level")
    static let dataDir = ConfigKey("data_dir")
    /// `sqlite` or `postgres://...`; the variable keeps the name operators expect for a database URL.
    static let queue = ConfigKey("queue", environment: "BACKEND_REVIEW_DATABASE_URL")
    static let checklists = ConfigKey("checklists")
    static let reviewDrafts = ConfigKey("review.drafts")
    static let reviewFailOn = ConfigKey("review.fail_on")
    static let workerConcurrency = ConfigKey("worker.concurrency")
    static let llmProvider = ConfigKey("llm.provider")
    static let llmBaseURL = ConfigKey("llm.base_url")
    static let llmModel = ConfigKey("llm.model")
    static let llmAPIKey = ConfigKey("llm.api_key")
    static let llmAPIKeyFile = ConfigKey("llm.api_key_file")
    static let llmTimeout = ConfigKey("llm.timeout_seconds")
    static let llmConcurrency = ConfigKey("llm.max_concurrency")
    static let llmTemperature = ConfigKey("llm.temperature")
    static let llmMaxInputTokens = ConfigKey("llm.max_input_tokens")
    static let llmMaxOutputTokens = ConfigKey("llm.max_output_tokens")
    static let llmDeadline = ConfigKey("llm.deadline_seconds")
    static let llmStructuredOutput = ConfigKey("llm.structured_output")
    static let llmNeverSend = ConfigKey("llm.never_send")
    static let llmInputCost = ConfigKey("llm.input_cost_per_mtok")
    static let llmOutputCost = ConfigKey("llm.output_cost_per_mtok")
    static let expertiseEnabled = ConfigKey("expertise.enabled")
    static let expertiseTeamMemory = ConfigKey("expertise.team_memory")
    static let expertiseMention = ConfigKey("expertise.mention")
    static let expertiseDemoteAfter = ConfigKey("expertise.demote_after")
    static let expertiseCommonFiles = ConfigKey("expertise.common_files")
    static let expertiseMaxDecisions = ConfigKey("expertise.max_decisions")
    static let expertiseMaxBlockers = ConfigKey("expertise.max_blockers")
    static let workerLeaseSeconds = ConfigKey("worker.lease_seconds")
    static let workerMaxAttempts = ConfigKey("worker.max_attempts")
    static let githubAppID = ConfigKey("github.app_id", environment: "BACKEND_REVIEW_GITHUB_APP_ID")
    static let githubPrivateKey = ConfigKey("github.private_key", environment: "BACKEND_REVIEW_GITHUB_APP_PRIVATE_KEY")
    static let githubPrivateKeyFile = ConfigKey(
        "github.private_key_file", environment: "BACKEND_REVIEW_GITHUB_APP_PRIVATE_KEY_FILE"
    )

    /// The keys of one host's section.
    struct HostKeys: Sendable {
        let enabled, allowUnsigned, webhookSecret, webhookSecretFile, token, tokenFile, apiURL, writesPerMinute: ConfigKey

        init(_ host: HostKind) {
            let name = host.rawValue
            enabled = ConfigKey("\(name).enabled")
            allowUnsigned = ConfigKey("\(name).allow_unsigned")
            webhookSecret = ConfigKey("\(name).webhook_secret")
            webhookSecretFile = ConfigKey("\(name).webhook_secret_file")
            token = ConfigKey("\(name).token")
            tokenFile = ConfigKey("\(name).token_file")
            apiURL = ConfigKey("\(name).api_url")
            writesPerMinute = ConfigKey("\(name).writes_per_minute")
        }

        var all: [ConfigKey] {
            [enabled, allowUnsigned, webhookSecret, webhookSecretFile, token, tokenFile, apiURL, writesPerMinute]
        }
    }

    static func host(_ host: HostKind) -> HostKeys { HostKeys(host) }

    /// Every key, in the order `config check` prints them.
    static let all: [ConfigKey] = [
        serverBind, serverPort, serverMaxBodyBytes, serverLogFormat, serverLogLevel, dataDir, queue, checklists,
        reviewDrafts, reviewFailOn, workerConcurrency, workerLeaseSeconds, workerMaxAttempts,
        expertiseEnabled, expertiseTeamMemory, expertiseMention, expertiseDemoteAfter, expertiseCommonFiles,
        expertiseMaxDecisions, expertiseMaxBlockers,
        llmProvider, llmBaseURL, llmModel, llmAPIKey, llmAPIKeyFile, llmTimeout, llmConcurrency, llmTemperature,
        llmMaxInputTokens, llmMaxOutputTokens, llmDeadline, llmStructuredOutput, llmNeverSend, llmInputCost, llmOutputCost,
    ] + HostKind.allCases.flatMap { host in
        host == .github ? HostKeys(host).all + [githubAppID, githubPrivateKey, githubPrivateKeyFile] : HostKeys(host).all
    }

    static let byPath: [String: ConfigKey] = Dictionary(uniqueKeysWithValues: all.map { ($0.path, $0) })
}
