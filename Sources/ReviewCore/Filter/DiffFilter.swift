/// Keeps the findings a pull request can be told about: those on lines the change adds
/// (and, on request, on the diff's unchanged context lines).
///
/// Pure and table-tested, like reviewdog's `filter`: a finding whose range touches an added line
/// is anchored on the first such line, so a host can always place it inline.
public struct DiffFilter: Sendable {
    public var includeContextLines: Bool

    public init(includeContextLines: Bool = false) {
        self.includeContextLines = includeContextLines
    }

    /// Findings anchored to lines of `diff`, each moved to the first eligible line of its range.
    /// Findings in files the diff doesn't touch, or only on untouched lines, are dropped.
    public func apply(_ findings: [Finding], to diff: UnifiedDiff) -> [Finding] {
        var filesByPath: [String: FileDiff] = [:]
        for file in diff.files where file.status != .deleted {
            filesByPath[file.path] = file
        }
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count)
        for var finding in findings {
            guard let file = filesByPath[finding.path],
                let anchor = firstEligibleLine(in: finding.line...max(finding.line, finding.endLine), of: file)
            else { continue }
            if anchor != finding.line {
                finding.line = anchor
                finding.endLine = max(finding.endLine, anchor)
            }
            kept.append(finding)
        }
        return kept
    }

    private func firstEligibleLine(in range: ClosedRange<Int>, of file: FileDiff) -> Int? {
        for line in range {
            switch file.kind(ofNewLine: line) {
            case .added?: return line
            case .context? where includeContextLines: return line
            default: continue
            }
        }
        return nil
    }
}
