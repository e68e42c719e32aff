import Foundation

extension Catalog {
    /// The bundled backend checklist, embedded in the binary (no file access).
    /// Decoded once per process: the texts are constants, so later calls cost nothing.
    public static func bundled() throws -> Catalog {
        try bundledResult.get()
    }

    private static let bundledResult: Result<Catalog, ChecklistError> = {
        do {
            return .success(try load(files: BundledChecklists.files))
        } catch let error as ChecklistError {
            return .failure(error)
        } catch {
            return .failure(ChecklistError([LintDiagnostic(file: "bundled", line: 0, message: "\(error)")]))
        }
    }()

    /// Loads every `*.yaml` / `*.yml` file of a directory, in name order.
    public static func load(directory: String) throws -> Catalog {
        let files = try readDirectory(directory)
        return try load(files: files)
    }

    /// Loads checklist texts; `name` is what errors report as the file.
    /// Throws the first problem, with every problem in `ChecklistError.diagnostics`.
    public static func load(files: [(name: String, text: String)]) throws -> Catalog {
        let (rules, diagnostics) = decode(files: files)
        if !diagnostics.isEmpty { throw ChecklistError(diagnostics) }
        return Catalog(rules: rules)
    }

    /// Decodes all files and checks ids across them; never throws.
    static func decode(files: [(name: String, text: String)]) -> ([Rule], [LintDiagnostic]) {
        var rules: [Rule] = []
        var diagnostics: [LintDiagnostic] = []
        for file in files {
            var decoder = RuleDecoder(file: file.name)
            rules += decoder.decode(file.text)
            diagnostics += decoder.diagnostics
        }
        var seen: [String: Rule] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                diagnostics.append(
                    LintDiagnostic(
                        file: rule.location.file, line: rule.location.line, ruleID: rule.id, field: "id",
                        message: "duplicate rule id, first defined at \(first.location)"))
            } else {
                seen[rule.id] = rule
            }
        }
        return (rules, diagnostics)
    }

    static func readDirectory(_ directory: String) throws -> [(name: String, text: String)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ChecklistError([LintDiagnostic(file: directory, line: 0, message: "cannot read checklist directory: \(error.localizedDescription)")])
        }
        var files: [(name: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ChecklistError([LintDiagnostic(file: path, line: 0, message: "cannot read file as UTF-8")])
            }
            files.append((name: path, text: text))
        }
        return files
    }
}
