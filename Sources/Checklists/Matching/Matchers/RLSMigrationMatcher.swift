import Foundation
import PythonSyntax

/// Flags migrations that create a tenant table (one with a tenant column such as `business_id`) without
/// both `ALTER TABLE <t> ENABLE ROW LEVEL SECURITY` and `CREATE POLICY ... ON <t>` in the same file.
/// Python (Alembic) migrations and `.sql` files are supported.
final class RLSMigrationMatcher: FileMatcher {
    let tenantColumns: [String]
    let createCalls: NamePatterns
    var needsPython: Bool { false }
    var callPatterns: [NamePatterns] { [createCalls] }

    // Constant patterns.
    nonisolated(unsafe) static let createTable = try! CompiledRegex(
        #"(?i)\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"?\w+"?\.)?"?(\w+)"?\s*\("#)

    static let tableKeyword = Array("table".utf8)
    static let enableKeyword = Array("enable".utf8)
    static let policyKeyword = Array("policy".utf8)

    init(_ spec: RLSMigrationSpec) throws {
        tenantColumns = spec.tenantColumns
        createCalls = try NamePatterns(spec.createTableCalls)
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        var tables: [(name: String?, line: Int)] = []
        if let index = file.index {
            for offset in file.candidateCalls(createCalls) {
                let call = file.calls[offset]
                // An unclosed call in broken code may leave closeParen before openParen.
                guard createCalls.matches(call), call.closeParen > call.openParen else { continue }
                let inside = (call.openParen + 1)..<call.closeParen
                let hasTenant = inside.contains { i in
                    file.literalValue(token: i).map { tenantColumns.contains($0) } ?? false
                }
                guard hasTenant else { continue }
                let first = call.arguments.first { $0.keyword == nil }
                let name = first.flatMap { $0.tokenRange.count == 1 ? file.literalValue(token: $0.tokenRange.lowerBound) : nil }
                tables.append((name, call.line))
            }
            for literal in index.strings where !literal.isDocstring {
                for table in sqlTables(in: literal.content) {
                    tables.append((table.name, literal.line + table.line - 1))
                }
            }
        } else {
            tables = sqlTables(in: file.text).map { ($0.name, $0.line) }
        }
        guard !tables.isEmpty else { return [] }
        // Both statements need the words ENABLE and POLICY; no case folding yields these ASCII letters
        // from other characters, so a file without them protects nothing.
        let mentionsRLS = file.lowercasedBytes.withUnsafeBufferPointer { bytes in
            ByteSearch.contains(bytes, Self.enableKeyword) && ByteSearch.contains(bytes, Self.policyKeyword)
        }
        guard mentionsRLS else { return tables.map { Hit(line: $0.line) } }
        let text = file.text
        // Each check compiles two regexes and runs them over the file, so ask once per table name.
        var protected: [String?: Bool] = [:]
        return tables.compactMap { table in
            let answer = protected[table.name] ?? protects(table.name, in: text)
            protected[table.name] = answer
            return answer ? nil : Hit(line: table.line)
        }
    }

    /// `CREATE TABLE name (...)` statements whose column list mentions a tenant column.
    func sqlTables(in text: String) -> [(name: String, line: Int)] {
        // Byte prefilter: no case folding turns other characters into these ASCII letters.
        guard ASCIIText.containsIgnoringCase(text, Self.tableKeyword) else { return [] }
        let ns = text as NSString
        var result: [(name: String, line: Int)] = []
        for match in Self.createTable.matchResults(in: text) {
            let bodyStart = match.range.location + match.range.length
            var depth = 1
            var index = bodyStart
            while index < ns.length && depth > 0 {
                let unit = ns.character(at: index)
                if unit == 0x28 { depth += 1 } else if unit == 0x29 { depth -= 1 }
                index += 1
            }
            let body = ns.substring(with: NSRange(location: bodyStart, length: index - bodyStart))
            let hasTenant = tenantColumns.contains { column in
                body.range(of: "\\b\(NSRegularExpression.escapedPattern(for: column))\\b", options: [.regularExpression, .caseInsensitive]) != nil
            }
            guard hasTenant else { continue }
            let line = ns.substring(to: match.range.location).utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            result.append((ns.substring(with: match.range(at: 1)), line))
        }
        return result
    }

    /// Both RLS enabled and a policy created on the table (on any table when the name is unknown).
    func protects(_ table: String?, in text: String) -> Bool {
        let name = table.map { NSRegularExpression.escapedPattern(for: $0) } ?? #"\w+"#
        let qualified = #"(?:"?\w+"?\.)?"?"# + name + #""?"#
        let enable = #"(?i)ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?"# + qualified + #"\s+ENABLE\s+ROW\s+LEVEL\s+SECURITY"#
        let policy = #"(?i)CREATE\s+POLICY\s+(?:"[^"]+"|\w+)\s+ON\s+"# + qualified + #"(?:\s|;|$)"#
        return text.range(of: enable, options: .regularExpression) != nil
            && text.range(of: policy, options: .regularExpression) != nil
    }
}
