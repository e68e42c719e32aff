import ReviewCore
import Yams

/// Turns one checklist file's text into rules, reporting every schema problem with file, line,
/// rule id and field.
struct RuleDecoder {
    static let ruleKeys: Set<String> = [
        "id", "section", "severity", "title", "message", "fix", "why", "considerations", "paths", "match", "examples",
    ]

    var reader: YAMLReader

    init(file: String) {
        reader = YAMLReader(file: file)
    }

    var diagnostics: [LintDiagnostic] { reader.diagnostics }

    mutating func decode(_ text: String) -> [Rule] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            reader.report(Self.line(of: error), nil, "YAML syntax error: \(Self.problem(of: error))")
            return []
        } catch {
            reader.report(0, nil, "YAML syntax error: \(error)")
            return []
        }
        guard let root, let top = reader.fields(root, "", allowed: ["rules"]) else {
            if root == nil { reader.report(1, nil, "empty checklist file; expected 'rules: [...]'") }
            return []
        }
        guard let items = reader.sequence(top, "rules", required: true) else { return [] }
        return items.compactMap { decodeRule($0.0, $0.1) }
    }

    private mutating func decodeRule(_ node: Node, _ field: String) -> Rule? {
        reader.ruleID = nil
        let before = reader.diagnostics.count
        guard let map = reader.fields(node, "", allowed: Self.ruleKeys) else { return nil }
        let id = reader.string(map, "id", required: true)
        reader.ruleID = id
        // Rewrite earlier diagnostics of this rule (unknown keys) now that its id is known.
        for index in before..<reader.diagnostics.count { reader.diagnostics[index].ruleID = id }
        if let id, !Self.isIdentifier(id, extra: "._-") {
            reader.report(map.line("id"), "id", "rule ids use lower-case letters, digits, '-', '_' and '.'")
        }
        let sectionText = reader.string(map, "section", required: true)
        if let sectionText, !Self.isIdentifier(sectionText, extra: "-") {
            reader.report(map.line("section"), "section", "sections are kebab-case, e.g. 'clean-architecture'")
        }
        let severityText = reader.string(map, "severity", required: true)
        let severity = severityText.flatMap(Severity.init(rawValue:))
        if let severityText, severity == nil {
            reader.report(map.line("severity"), "severity", "invalid severity '\(severityText)'; expected critical, high, medium or low")
        }
        let title = reader.localized(map, "title", required: true)
        let message = reader.localized(map, "message", required: true)
        let fix = reader.localized(map, "fix", required: true)
        let why = reader.localized(map, "why", required: true)
        var considerations: [LocalizedText] = []
        for (item, path) in reader.sequence(map, "considerations") ?? [] {
            if let text = reader.localized(item, path) { considerations.append(text) }
        }
        let paths = decodePaths(map)
        let matcher = map.values["match"].flatMap { decodeMatcher($0, "match") }
        if !map.has("match") { reader.report(map.line, "match", "missing required field 'match'") }
        var examples: [RuleExample] = []
        for (item, path) in reader.sequence(map, "examples", required: true) ?? [] {
            if let example = decodeExample(item, path) { examples.append(example) }
        }
        guard reader.diagnostics.count == before, let id, let sectionText, let severity, let title, let message,
            let fix, let why, let matcher
        else { return nil }
        return Rule(
            id: id, section: Section(sectionText), severity: severity, title: title, message: message, fix: fix,
            why: why, considerations: considerations, paths: paths, matcher: matcher, examples: examples,
            location: SourceLocation(file: reader.file, line: map.line))
    }

    private mutating func decodePaths(_ map: Fields) -> PathFilter {
        guard let node = map.values["paths"], let paths = reader.fields(node, "paths", allowed: ["include", "exclude"])
        else { return PathFilter() }
        let include = reader.strings(paths, "include") ?? []
        let exclude = reader.strings(paths, "exclude") ?? []
        reader.validateGlobs(include, paths, "include")
        reader.validateGlobs(exclude, paths, "exclude")
        return PathFilter(include: include, exclude: exclude)
    }

    private mutating func decodeExample(_ node: Node, _ field: String) -> RuleExample? {
        guard let map = reader.fields(node, field, allowed: ["path", "code", "status", "files", "project_files"]) else {
            return nil
        }
        var files: [ExampleFile] = []
        if map.has("files") {
            if map.has("path") || map.has("code") {
                reader.report(map.line, field, "use either 'path' and 'code' or 'files', not both")
            }
            for (item, path) in reader.sequence(map, "files") ?? [] {
                guard let fileMap = reader.fields(item, path, allowed: ["path", "code", "status"]) else { continue }
                if let file = decodeExampleFile(fileMap) { files.append(file) }
            }
        } else if let file = decodeExampleFile(map) {
            files.append(file)
        }
        var projectFiles: [String: String] = [:]
        if let node = map.values["project_files"] {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    if let name = key.scalar?.string, let text = value.scalar?.string {
                        projectFiles[name] = text
                    } else {
                        reader.report(YAMLReader.line(key), map.path("project_files"), "expected 'path: contents' strings")
                    }
                }
            } else {
                reader.report(YAMLReader.line(node), map.path("project_files"), "expected a mapping of path to contents")
            }
        }
        return files.isEmpty ? nil : RuleExample(files: files, projectFiles: projectFiles, location: SourceLocation(file: reader.file, line: map.line))
    }

    private mutating func decodeExampleFile(_ map: Fields) -> ExampleFile? {
        let path = reader.string(map, "path", required: true)
        let code = reader.string(map, "code", required: true)
        var status = ChangedFile.Status.modified
        if let text = reader.string(map, "status") {
            if let value = ChangedFile.Status(rawValue: text), value != .deleted {
                status = value
            } else {
                reader.report(map.line("status"), map.path("status"), "invalid status '\(text)'; expected added, modified, renamed or copied")
            }
        }
        guard let path, let code else { return nil }
        return ExampleFile(path: path, status: status, code: code)
    }

    /// Lower-case letters and digits, then also `extra` characters (checked by hand: cheaper than a regex).
    static func isIdentifier(_ text: String, extra: String) -> Bool {
        let extras = Set(extra.utf8)
        for (offset, byte) in text.utf8.enumerated() {
            let plain = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if !plain && (offset == 0 || !extras.contains(byte)) { return false }
        }
        return !text.isEmpty
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: 0
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            if let context { return "\(problem) (\(context.text))" }
            return problem
        default: return "\(error)"
        }
    }
}

import Foundation
