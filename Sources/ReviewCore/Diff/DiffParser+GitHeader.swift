/// Git's extended header lines, read between `diff --git` and the first hunk.
extension DiffParser {
    /// Applies one header line to the current file; false if the line is not a git header line.
    mutating func readGitHeader(_ line: ByteLine) -> Bool {
        guard var builder = file else { return false }
        defer { file = builder }
        let tail = { (offset: Int) in DiffPath.field(line.bytes(from: offset)) }
        let mode = { (offset: Int) in line.text(from: offset).trimmingSpaces }
        switch line.first {
        case UInt8(ascii: "o")? where line.hasPrefix("old mode "):
            builder.oldMode = mode(9)
        case UInt8(ascii: "n")? where line.hasPrefix("new mode "):
            builder.newMode = mode(9)
        case UInt8(ascii: "n")? where line.hasPrefix("new file mode "):
            builder.isNewFile = true
            builder.newMode = mode(14)
        case UInt8(ascii: "d")? where line.hasPrefix("deleted file mode "):
            builder.isDeletedFile = true
            builder.oldMode = mode(18)
        case UInt8(ascii: "r")? where line.hasPrefix("rename from "):
            builder.renameFrom = tail(12)
        case UInt8(ascii: "r")? where line.hasPrefix("rename to "):
            builder.renameTo = tail(10)
        case UInt8(ascii: "r")? where line.hasPrefix("rename old "):  // git before 1.5
            builder.renameFrom = tail(11)
        case UInt8(ascii: "r")? where line.hasPrefix("rename new "):
            builder.renameTo = tail(11)
        case UInt8(ascii: "c")? where line.hasPrefix("copy from "):
            builder.copyFrom = tail(10)
        case UInt8(ascii: "c")? where line.hasPrefix("copy to "):
            builder.copyTo = tail(8)
        case UInt8(ascii: "s")? where line.hasPrefix("similarity index "):
            builder.similarity = Int(line.text(from: 17).trimmingSpaces.trimmingPercent)
        case UInt8(ascii: "d")? where line.hasPrefix("dissimilarity index "):
            break  // only with -B; the file is still a modification
        case UInt8(ascii: "i")? where line.hasPrefix("index "):
            // `index 1a2b3c4d..5e6f7a8b 100644`: the mode is present only when it did not change.
            let fields = line.text(from: 6).split(separator: " ")
            if fields.count >= 2 { builder.indexMode = String(fields[1]) }
        case UInt8(ascii: "-")? where line.hasPrefix("--- ") && builder.minus == nil:
            builder.minus = tail(4)
        case UInt8(ascii: "+")? where line.hasPrefix("+++ ") && builder.plus == nil:
            builder.plus = tail(4)
        case UInt8(ascii: "B")? where line.hasPrefix("Binary files ") && line.hasSuffix(" differ"):
            builder.isBinary = true
            builder.inHeader = false
        case UInt8(ascii: "G")? where line.hasPrefix("GIT binary patch"):
            // The base85 payload that follows has no spaces, so it can never look like a header
            // line; with the header closed, those lines are skipped until the next `diff --git`.
            builder.isBinary = true
            builder.inHeader = false
        default:
            return false
        }
        return true
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }

    var trimmingPercent: String {
        hasSuffix("%") ? String(dropLast()) : self
    }
}
