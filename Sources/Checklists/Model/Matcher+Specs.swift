/// `kind: class`: classes selected by name and/or base. With `require_base` / `require_methods` the
/// selected classes that lack them are flagged; without either, every selected class is flagged.
public struct ClassSpec: Sendable, Hashable {
    /// Class name globs; empty selects every class.
    public var names: [String]
    public var excludeNames: [String]
    /// Base globs (written or resolved); when set, only classes with a matching base are selected.
    public var bases: [String]
    /// At least one base must match one of these globs; `{Name}` stands for the class name (`I{Name}`).
    public var requireBase: [String]
    public var requireMethods: [String]

    public init(
        names: [String] = [], excludeNames: [String] = [], bases: [String] = [], requireBase: [String] = [],
        requireMethods: [String] = []
    ) {
        self.names = names
        self.excludeNames = excludeNames
        self.bases = bases
        self.requireBase = requireBase
        self.requireMethods = requireMethods
    }
}

/// `kind: annotation`: function parameters and/or class-level fields whose annotation (as written,
/// spaces removed) matches `regex` and not `exclude_regex`.
public struct AnnotationSpec: Sendable, Hashable {
    public enum Target: String, Sendable, Hashable, CaseIterable {
        case parameters, fields
    }

    public var targets: [Target]
    public var regex: String
    public var excludeRegex: String?

    public init(targets: [Target] = Target.allCases, regex: String, excludeRegex: String? = nil) {
        self.targets = targets
        self.regex = regex
        self.excludeRegex = excludeRegex
    }
}

/// `kind: rls-migration`: a migration that creates a table with a tenant column but does not both
/// enable row level security on it and create a policy on it.
public struct RLSMigrationSpec: Sendable, Hashable {
    public var tenantColumns: [String]
    /// Call patterns that create a table in Python migrations.
    public var createTableCalls: [String]

    public init(tenantColumns: [String] = ["business_id"], createTableCalls: [String] = ["*create_table"]) {
        self.tenantColumns = tenantColumns
        self.createTableCalls = createTableCalls
    }
}

/// `kind: missing-tests`: files added under the rule's paths that come without a test in the same change.
/// A test counts when an added or modified file matching `tests` is named `test_<stem>.py` / `<stem>_test.py`,
/// or imports the new module.
public struct MissingTestsSpec: Sendable, Hashable {
    public var tests: [String]

    public init(tests: [String] = ["**/test_*.py", "**/*_test.py"]) {
        self.tests = tests
    }
}

/// `kind: regex`: a regular expression per line, for any file type.
public struct RegexSpec: Sendable, Hashable {
    public var pattern: String
    /// A flagged line that also matches this is not flagged.
    public var excludeRegex: String?

    public init(pattern: String, excludeRegex: String? = nil) {
        self.pattern = pattern
        self.excludeRegex = excludeRegex
    }
}

/// `kind: call-order`: inside one function, `then` calls that come after the first `first` call and
/// before any `until` marker (a call matching `until_calls`, or a string literal matching `until_strings`).
public struct CallOrderSpec: Sendable, Hashable {
    public var first: [String]
    public var then: [String]
    public var untilCalls: [String]
    public var untilStrings: String?

    public init(first: [String], then: [String], untilCalls: [String] = [], untilStrings: String? = nil) {
        self.first = first
        self.then = then
        self.untilCalls = untilCalls
        self.untilStrings = untilStrings
    }
}

/// `kind: function`: functions selected by name and async-ness that lack every one of
/// `require_decorators` (on themselves or an enclosing class).
public struct FunctionSpec: Sendable, Hashable {
    public var names: [String]
    /// nil: either.
    public var isAsync: Bool?
    public var requireDecorators: [String]
    /// Skip the file when a module-level assignment to `name` has a value matching `regex`
    /// (`pytestmark = pytest.mark.asyncio`).
    public var unlessModuleAssignment: ModuleAssignment?
    /// Skip everything when one of these project files matches `regex` (`asyncio_mode = auto`).
    public var unlessProjectSetting: ProjectSetting?

    public struct ModuleAssignment: Sendable, Hashable {
        public var name: String
        public var regex: String
        public init(name: String, regex: String) {
            self.name = name
            self.regex = regex
        }
    }

    public struct ProjectSetting: Sendable, Hashable {
        public var files: [String]
        public var regex: String
        public init(files: [String], regex: String) {
            self.files = files
            self.regex = regex
        }
    }

    public init(
        names: [String], isAsync: Bool? = nil, requireDecorators: [String],
        unlessModuleAssignment: ModuleAssignment? = nil, unlessProjectSetting: ProjectSetting? = nil
    ) {
        self.names = names
        self.isAsync = isAsync
        self.requireDecorators = requireDecorators
        self.unlessModuleAssignment = unlessModuleAssignment
        self.unlessProjectSetting = unlessProjectSetting
    }
}
