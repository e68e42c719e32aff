/// Checks checklist files and reports every problem at once: YAML syntax, unknown keys, missing or
/// empty fields, missing translations, invalid severities, globs, regexes and matcher kinds, duplicate
/// ids across files, and (for rules that load) examples that do not behave as annotated.
public enum ChecklistLinter {
    /// Lints every `*.yaml` / `*.yml` file of a directory. An unreadable directory is one diagnostic.
    public static func lint(directory: String, runExamples: Bool = true) -> [LintDiagnostic] {
        do {
            return lint(files: try Catalog.readDirectory(directory), runExamples: runExamples)
        } catch let error as ChecklistError {
            return error.diagnostics
        } catch {
            return [LintDiagnostic(file: directory, line: 0, message: "\(error)")]
        }
    }

    /// Lints checklist texts.
    public static func lint(files: [(name: String, text: String)], runExamples: Bool = true) -> [LintDiagnostic] {
        let (rules, diagnostics) = Catalog.decode(files: files)
        guard runExamples else { return diagnostics }
        var exampleDiagnostics: [LintDiagnostic] = []
        for rule in rules {
            for failure in ExampleRunner().run(rule).failures {
                exampleDiagnostics.append(
                    LintDiagnostic(
                        file: rule.location.file, line: rule.location.line, ruleID: rule.id, field: "examples",
                        message: "example \(failure)"))
            }
        }
        return diagnostics + exampleDiagnostics
    }
}
