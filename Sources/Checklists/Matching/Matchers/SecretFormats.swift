import Foundation

/// Well-known secret formats, checked on literals that pass a cheap byte prefilter first.
enum SecretFormats {
    static let pattern = [
        #"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"#,
        #"\bgh[pousr]_[A-Za-z0-9]{36,}"#,
        #"\bgithub_pat_[A-Za-z0-9_]{22,}"#,
        #"\bglpat-[A-Za-z0-9_\-]{20,}"#,
        #"\bxox[abposr]-[A-Za-z0-9-]{10,}"#,
        #"-----BEGIN [A-Z ]*PRIVATE KEY-----"#,
        #"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"#,
        #"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@'"]+:([^/\s@'"]+)@"#,
    ].joined(separator: "|")

    // The patterns are constants, so compiling cannot fail.
    nonisolated(unsafe) static let regex = try! CompiledRegex(pattern)
    nonisolated(unsafe) static let keyValue = try! CompiledRegex(
        #"^\s*(?:export\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=]\s*["']?([^"'\s#]+)"#)

    private static let needles: [[UInt8]] = ["AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "-----BEGIN", "eyJ", "://"].map {
        Array($0.utf8)
    }

    /// Needles by first byte, so one pass over the text checks them all.
    private static let needlesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for needle in needles { table[Int(needle[0])].append(needle) }
        return table
    }()

    /// Cheap check before running the regex: one of the formats' fixed parts occurs.
    static func isCandidate(_ text: String) -> Bool {
        guard text.utf8.count >= 9 else { return false }
        var copy = text
        return copy.withUTF8 { buffer in
            let table = needlesByFirstByte
            for offset in 0..<buffer.count {
                let candidates = table[Int(buffer[offset])]
                if candidates.isEmpty { continue }
                for needle in candidates where offset + needle.count <= buffer.count {
                    var matched = true
                    for index in 1..<needle.count where buffer[offset + index] != needle[index] {
                        matched = false
                        break
                    }
                    if matched { return true }
                }
            }
            return false
        }
    }

    /// Lines (1-based within `text`) holding a secret; URL credentials that are placeholders are skipped.
    static func matchLines(in text: String, placeholders: [String]) -> [Int]? {
        let ns = text as NSString
        var lines: [Int] = []
        for result in regex.matchResults(in: text) {
            let password = result.range(at: 1)
            if password.location != NSNotFound {
                let value = ns.substring(with: password).lowercased()
                if value.hasPrefix("{") || value.hasPrefix("$") || value.hasPrefix("%") || value.hasPrefix("*")
                    || placeholders.contains(where: { value.contains($0) }) || ["password", "pass", "secret", "postgres"].contains(value)
                {
                    continue
                }
            }
            let prefix = ns.substring(to: result.range.location)
            lines.append(prefix.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
        }
        return lines.isEmpty ? nil : lines
    }

    static func firstMatchLine(in text: String, placeholders: [String]) -> Int? {
        matchLines(in: text, placeholders: placeholders)?.first
    }
}
