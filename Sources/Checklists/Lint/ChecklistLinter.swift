/// Checks checklist files and reports every problem at once: YAML syntax, unknown keys, missing or
/// empty fields, missing translations, invalid severities, globs, regexes and matcher kinds, and
/// duplicate ids across files.
public enum ChecklistLinter {
    /// Lints every `*.yaml` / `*.yml` file of a directory. An unreadable directory is one diagnostic.
    public static func lint(directory: String) -> [LintDiagnostic] {
        do {
            return lint(files: try Catalog.readDirectory(directory))
        } catch let error as ChecklistError {
            return error.diagnostics
        } catch {
            return [LintDiagnostic(file: directory, line: 0, message: "\(error)")]
        }
    }

    /// Lints checklist texts.
    public static func lint(files: [(name: String, text: String)]) -> [LintDiagnostic] {
        Catalog.decode(files: files).1
    }
}
