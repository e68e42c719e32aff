/// Flags lines matching a regular expression, for any file type. The regex runs once over the whole
/// file (much faster than once per line); each match flags the line it starts on.
final class RegexMatcher: FileMatcher {
    let pattern: CompiledRegex
    let exclude: CompiledRegex?
    let prefilter: RegexPrefilter
    var needsPython: Bool { false }

    init(_ spec: RegexSpec) throws {
        pattern = try CompiledRegex(spec.pattern, options: [.anchorsMatchLines])
        prefilter = RegexPrefilter(spec.pattern)
        exclude = try spec.excludeRegex.map { try CompiledRegex($0) }
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard file.lowercasedBytes.withUnsafeBufferPointer(prefilter.mayMatch) else { return [] }
        var lines: [Int] = []
        for offset in pattern.matchOffsets(in: file.text) {
            let line = file.line(ofUTF16: offset)
            if lines.last == line { continue }
            if let exclude, exclude.matches(file.lineText(line)) { continue }
            lines.append(line)
        }
        return lines.map { Hit(line: $0) }
    }
}
