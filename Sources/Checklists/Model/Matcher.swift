/// How a rule finds problems. Every kind is structural (it works on the Python index or on lines),
/// so admins write new rules of any kind in YAML without touching Swift.
public enum Matcher: Sendable, Hashable {
    case imports(ImportsSpec)
    case call(CallSpec)
    case sqlInjection(SQLInjectionSpec)
    case secret(SecretSpec)
    case `class`(ClassSpec)
    case annotation(AnnotationSpec)
    case rlsMigration(RLSMigrationSpec)
    case missingTests(MissingTestsSpec)
    case regex(RegexSpec)
    case callOrder(CallOrderSpec)
    case function(FunctionSpec)

    /// Every `kind:` value the loader accepts.
    public static let kinds: [String] = [
        "imports", "call", "sql-injection", "secret", "class", "annotation", "rls-migration", "missing-tests",
        "regex", "call-order", "function",
    ]

    /// The `kind:` value as written in YAML.
    public var kind: String {
        switch self {
        case .imports: "imports"
        case .call: "call"
        case .sqlInjection: "sql-injection"
        case .secret: "secret"
        case .class: "class"
        case .annotation: "annotation"
        case .rlsMigration: "rls-migration"
        case .missingTests: "missing-tests"
        case .regex: "regex"
        case .callOrder: "call-order"
        case .function: "function"
        }
    }

    /// Project files (repository-relative) this matcher reads, e.g. `pyproject.toml`.
    public var projectFiles: [String] {
        if case .function(let spec) = self { return spec.unlessProjectSetting?.files ?? [] }
        return []
    }
}

/// `kind: imports`: imports of forbidden modules. A module matches when the resolved absolute module
/// (or the imported name's qualified name) equals an entry or starts with it followed by `.`.
public struct ImportsSpec: Sendable, Hashable {
    public var modules: [String]
    /// Modules that stay allowed even though a `modules` entry covers them.
    public var allow: [String]

    public init(modules: [String], allow: [String] = []) {
        self.modules = modules
        self.allow = allow
    }
}

/// `kind: call`: calls whose resolved name or callee matches a pattern (`*` matches any run of
/// characters, dots included; `?` one character).
public struct CallSpec: Sendable, Hashable {
    public enum Within: String, Sendable, Hashable, CaseIterable {
        case any, async, loop
    }

    public var names: [String]
    public var within: Within
    /// nil: either way.
    public var awaited: Bool?
    /// All must hold.
    public var arguments: [ArgumentCondition]
    /// When any holds, the call is not flagged (`set_rls_context` passed to `session.execute`).
    public var unlessArguments: [ArgumentCondition]

    public init(
        names: [String], within: Within = .any, awaited: Bool? = nil, arguments: [ArgumentCondition] = [],
        unlessArguments: [ArgumentCondition] = []
    ) {
        self.names = names
        self.within = within
        self.awaited = awaited
        self.arguments = arguments
        self.unlessArguments = unlessArguments
    }
}

/// A condition on one call argument: the argument at `position` (0-based, positional only) or named
/// `keyword` whose source text matches `regex`; with neither set, any argument, matched as written
/// (`keyword=value` for keyword arguments).
public struct ArgumentCondition: Sendable, Hashable {
    public var position: Int?
    public var keyword: String?
    public var regex: String

    public init(position: Int? = nil, keyword: String? = nil, regex: String) {
        self.position = position
        self.keyword = keyword
        self.regex = regex
    }
}

/// `kind: sql-injection`: SQL built with f-strings, `.format`, `%` or `+` that reaches a sink call,
/// directly or through a variable assigned earlier in the same function.
public struct SQLInjectionSpec: Sendable, Hashable {
    public static let defaultSinks = ["text", "sqlalchemy.text", "*.execute", "*.exec_driver_sql", "*.executemany"]
    public static let defaultSQLRegex =
        #"(?i)\b(select|insert|update|delete|create|drop|alter|truncate|grant|revoke|with|set|call)\b"#

    public var sinks: [String]
    /// The literal parts must match this to count as SQL.
    public var sqlRegex: String

    public init(sinks: [String] = SQLInjectionSpec.defaultSinks, sqlRegex: String = SQLInjectionSpec.defaultSQLRegex) {
        self.sinks = sinks
        self.sqlRegex = sqlRegex
    }
}

/// `kind: secret`: string literals that look like secrets.
public struct SecretSpec: Sendable, Hashable {
    public enum Detector: String, Sendable, Hashable, CaseIterable {
        /// Literals assigned to, or passed as keyword, or used as dict value under, a secret-looking name.
        case names
        /// Well-known token formats anywhere (AWS, GitHub, GitLab, Slack, private keys, JWTs, URL passwords).
        case formats
    }

    public static let defaultNames = [
        "password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "private_key", "access_key",
        "credential",
    ]
    public static let defaultExcludeNames = [
        "_url", "_uri", "_path", "_file", "_field", "_type", "_header", "_name", "_endpoint", "_env", "_var",
        "_length", "_ttl", "_expire", "_expires", "_minutes", "_seconds", "_algorithm", "_prefix", "_pattern",
    ]
    public static let defaultPlaceholders = [
        "changeme", "change-me", "change_me", "placeholder", "example", "dummy", "your-", "your_", "xxxx",
        "<", "${", "{{", "***", "redacted",
    ]

    public var detect: [Detector]
    /// Case-insensitive substrings of the assigned name.
    public var names: [String]
    /// Case-insensitive name suffixes that are not secrets (`password_reset_url`).
    public var excludeNames: [String]
    /// Case-insensitive substrings of the value that mark it as a placeholder.
    public var placeholders: [String]
    public var minLength: Int

    public init(
        detect: [Detector] = Detector.allCases, names: [String] = SecretSpec.defaultNames,
        excludeNames: [String] = SecretSpec.defaultExcludeNames, placeholders: [String] = SecretSpec.defaultPlaceholders,
        minLength: Int = 8
    ) {
        self.detect = detect
        self.names = names
        self.excludeNames = excludeNames
        self.placeholders = placeholders
        self.minLength = minLength
    }
}
