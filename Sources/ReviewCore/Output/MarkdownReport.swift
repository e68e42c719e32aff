/// `review --format markdown`: the summary comment, then each inline comment body, each preceded by a
/// separator line that says where it would be posted:
///
/// ```
/// <!-- backend-review:inline path=app/api.py line=12 -->
/// ```
///
/// Unanchored findings appear only in the summary, as they would on a pull request.
public enum MarkdownReport {
    /// The whole review as one markdown document (trailing newline included).
    public static func render(_ report: ReviewReport, language: Language) -> String {
        var output = SummaryComment.render(report, language: language)
        for finding in report.anchoredFindings {
            output += "\n" + separator(finding) + "\n\n" + InlineComment.render(finding, language: language) + "\n"
        }
        return output
    }

    /// `<!-- backend-review:inline path=PATH line=L -->`; the path is percent-encoded where a space,
    /// `%`, `>` or a control character could break the line or the comment.
    public static func separator(_ finding: Finding) -> String {
        "<!-- backend-review:inline path=\(encodePath(finding.path)) line=\(finding.line) -->"
    }

    static func encodePath(_ path: String) -> String {
        var output = ""
        for scalar in path.unicodeScalars {
            if scalar.value <= 0x20 || scalar == "%" || scalar == ">" || scalar.value == 0x7F {
                for byte in String(scalar).utf8 { output += "%" + hex(byte) }
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
