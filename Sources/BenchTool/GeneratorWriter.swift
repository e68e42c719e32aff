/// Accumulates one Python file line by line, keeping the line count so templates can grow a file to
/// a target size without recounting.
struct GeneratorWriter {
    private(set) var text = ""
    private(set) var lineCount = 0

    init(capacity: Int = 8 * 1024) {
        text.reserveCapacity(capacity)
    }

    /// Appends `line` indented by `level` four-space steps.
    mutating func line(_ line: String = "", _ level: Int = 0) {
        if !line.isEmpty {
            for _ in 0..<level { text += "    " }
            text += line
        }
        text += "\n"
        lineCount += 1
    }

    mutating func blank() {
        line()
    }

    mutating func append(_ other: GeneratorWriter) {
        text += other.text
        lineCount += other.lineCount
    }
}
