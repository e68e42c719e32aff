import ReviewCore

/// One checklist rule: what it flags, how it explains itself in both languages, where it applies,
/// and the examples that prove it works.
public struct Rule: Sendable, Hashable, CustomStringConvertible {
    /// Unique across the catalog, e.g. `async-blocking-sleep`.
    public var id: String
    public var section: Section
    public var severity: Severity
    public var title: LocalizedText
    /// What is wrong, in the reviewer's voice.
    public var message: LocalizedText
    /// The seed's "Solución".
    public var fix: LocalizedText
    /// The seed's "Por qué esto es correcto".
    public var why: LocalizedText
    /// The seed's "Consideraciones" checklist items.
    public var considerations: [LocalizedText]
    public var paths: PathFilter
    public var matcher: Matcher
    public var examples: [RuleExample]
    /// Where the rule was defined.
    public var location: SourceLocation

    public init(
        id: String, section: Section, severity: Severity, title: LocalizedText, message: LocalizedText,
        fix: LocalizedText, why: LocalizedText, considerations: [LocalizedText] = [], paths: PathFilter = PathFilter(),
        matcher: Matcher, examples: [RuleExample] = [], location: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.id = id
        self.section = section
        self.severity = severity
        self.title = title
        self.message = message
        self.fix = fix
        self.why = why
        self.considerations = considerations
        self.paths = paths
        self.matcher = matcher
        self.examples = examples
        self.location = location
    }

    public var description: String { id }
}

/// A file and line in a checklist YAML file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// Which files a rule looks at: gitignore-like globs (`**` spans directories; a pattern without `/`
/// matches the file name at any depth). An empty `include` means every file.
public struct PathFilter: Sendable, Hashable {
    public var include: [String]
    public var exclude: [String]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }
}

/// A self-testing example: one or more files whose lines are annotated `# ruleid: <id>` (the next code
/// line must be flagged) or `# ok: <id>` (the next code line must not be flagged).
public struct RuleExample: Sendable, Hashable {
    public var files: [ExampleFile]
    /// Contents of project files (`pyproject.toml`, ...) the example runs with.
    public var projectFiles: [String: String]
    public var location: SourceLocation

    public init(files: [ExampleFile], projectFiles: [String: String] = [:], location: SourceLocation) {
        self.files = files
        self.projectFiles = projectFiles
        self.location = location
    }
}

/// One file of an example.
public struct ExampleFile: Sendable, Hashable {
    public var path: String
    public var status: ChangedFile.Status
    public var code: String

    public init(path: String, status: ChangedFile.Status = .modified, code: String) {
        self.path = path
        self.status = status
        self.code = code
    }
}
