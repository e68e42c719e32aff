import Checklists
import ReviewCore

/// Builds a one-rule catalog around a matcher, for matcher tests.
func makeRule(_ id: String = "test-rule", _ matcher: Matcher, paths: PathFilter = PathFilter()) -> Rule {
    let text = LocalizedText(en: "x", es: "x")
    return Rule(
        id: id, section: .security, severity: .high, title: text, message: text, fix: text, why: text,
        paths: paths, matcher: matcher)
}

/// Lines of `path` flagged by `matcher` when `code` is the only changed file.
func flaggedLines(
    _ matcher: Matcher, path: String = "app/module.py", status: ChangedFile.Status = .modified, _ code: String,
    paths: PathFilter = PathFilter(), projectFiles: [String: String] = [:]
) -> [Int] {
    let catalog = Catalog(rules: [makeRule("test-rule", matcher, paths: paths)])
    let changes = ChangeSet(files: [ChangedFile(path: path, status: status, source: Array(code.utf8))], projectFiles: projectFiles)
    return catalog.evaluate(changes).filter { $0.path == path }.map(\.line)
}

/// A minimal valid rule in YAML, with `extra` lines appended to the rule mapping.
func ruleYAML(id: String = "sample-rule", severity: String = "high", match: String = "kind: regex\n      pattern: 'TODO'", extra: String = "") -> String {
    """
    rules:
      - id: \(id)
        section: security
        severity: \(severity)
        title: {en: Title, es: Título}
        message: {en: Message, es: Mensaje}
        fix: {en: Fix, es: Arreglo}
        why: {en: Why, es: Por qué}
        match:
          \(match)
        examples:
          - path: notes.txt
            code: |
              # ruleid: \(id)
              TODO fix
              # ok: \(id)
              done
    \(extra)
    """
}
