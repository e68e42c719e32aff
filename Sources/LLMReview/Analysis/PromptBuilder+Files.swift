import ReviewCore

extension PromptBuilder {
    /// The hunks of `file` with the NEW-file line number before each added and context line:
    ///
    /// ```text
    /// @@ -40,3 +40,4 @@ def create_item(
    ///   40   def create_item(item):
    ///   41 +     time.sleep(1)
    ///      -     return item
    ///   42 +     return await repo.save(item)
    /// ```
    public static func numberedLines(of file: FileDiff) -> String {
        let highest = file.hunks.flatMap(\.lines).compactMap(\.newLine).max() ?? 0
        let width = max(4, String(highest).count)
        let blank = String(repeating: " ", count: width)
        var output: [String] = []
        for hunk in file.hunks {
            var header = "@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@"
            if !hunk.header.isEmpty { header += " " + singleLine(hunk.header) }
            output.append(header)
            for line in hunk.lines {
                let text = singleLine(line.text)
                switch line.kind {
                case .added: output.append(pad(line.newLine, width) + " + " + text)
                case .context: output.append(pad(line.newLine, width) + "   " + text)
                case .removed: output.append(blank + " - " + text)
                }
            }
        }
        return output.joined(separator: "\n")
    }

    private static func pad(_ number: Int?, _ width: Int) -> String {
        let digits = number.map(String.init) ?? ""
        return String(repeating: " ", count: max(0, width - digits.count)) + digits
    }
}
