/// The lines of a Markdown comment a command may be on: not inside a fenced code block (``` or ~~~), not a
/// `>` quote (someone quoting an earlier command), with control and format characters removed.
struct CommentLines {
    /// The remaining lines, as scalars.
    let prose: [[Unicode.Scalar]]

    init<S: Sequence<Unicode.Scalar>>(_ text: S) {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var fence: (marker: Unicode.Scalar, length: Int)?
        func finish() {
            defer { current = [] }
            let indent = current.prefix { $0 == " " }.count
            let body = current.dropFirst(indent)
            if let run = Self.fenceRun(body) {
                if let open = fence {
                    if run.marker == open.marker && run.length >= open.length
                        && body.dropFirst(run.length).allSatisfy({ $0 == " " })
                    {
                        fence = nil
                    }
                } else if indent < 4 {
                    fence = run
                }
                return
            }
            guard fence == nil, body.first != ">" else { return }
            lines.append(current)
        }
        for scalar in text {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                finish()
            } else if scalar == "\t" {
                current.append(" ")
            } else if !MemoryText.isControl(scalar) {
                current.append(scalar)
            }
        }
        finish()
        prose = lines
    }

    /// A run of three or more backticks or tildes opening the line.
    private static func fenceRun(_ line: ArraySlice<Unicode.Scalar>) -> (marker: Unicode.Scalar, length: Int)? {
        guard let marker = line.first, marker == "`" || marker == "~" else { return nil }
        let length = line.prefix { $0 == marker }.count
        return length >= 3 ? (marker, length) : nil
    }
}
