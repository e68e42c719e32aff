/// Git's extended header lines, read between `diff --git` and the first hunk.
extension FileDiffBuilder {
    /// Applies one header line to this file; false if the line is not a git header line.
    mutating func readGitHeader(_ line: ByteLine) -> Bool {
        let tail = { (offset: Int) in DiffPath.field(line.bytes(from: offset)) }
        let mode = { (offset: Int) in line.trimmedText(from: offset) }
        switch line.first {
        case UInt8(ascii: "o")? where line.hasPrefix("old mode "):
            self.oldMode = mode(9)
        case UInt8(ascii: "n")? where line.hasPrefix("new mode "):
            self.newMode = mode(9)
        case UInt8(ascii: "n")? where line.hasPrefix("new file mode "):
            self.isNewFile = true
            self.newMode = mode(14)
        case UInt8(ascii: "d")? where line.hasPrefix("deleted file mode "):
            self.isDeletedFile = true
            self.oldMode = mode(18)
        case UInt8(ascii: "r")? where line.hasPrefix("rename from "):
            self.renameFrom = tail(12)
        case UInt8(ascii: "r")? where line.hasPrefix("rename to "):
            self.renameTo = tail(10)
        case UInt8(ascii: "r")? where line.hasPrefix("rename old "):  // git before 1.5
            self.renameFrom = tail(11)
        case UInt8(ascii: "r")? where line.hasPrefix("rename new "):
            self.renameTo = tail(11)
        case UInt8(ascii: "c")? where line.hasPrefix("copy from "):
            self.copyFrom = tail(10)
        case UInt8(ascii: "c")? where line.hasPrefix("copy to "):
            self.copyTo = tail(8)
        case UInt8(ascii: "s")? where line.hasPrefix("similarity index "):
            self.similarity = line.integer(from: 17)
        case UInt8(ascii: "d")? where line.hasPrefix("dissimilarity index "):
            break  // only with -B; the file is still a modification
        case UInt8(ascii: "i")? where line.hasPrefix("index "):
            // `index 1a2b3c4d..5e6f7a8b 100644`: the mode is present only when it did not change.
            if let space = line.firstIndex(of: UInt8(ascii: " "), from: 6) {
                self.indexMode = line.trimmedText(from: space - line.start)
            }
        case UInt8(ascii: "-")? where line.hasPrefix("--- ") && minus == nil:
            self.minus = tail(4)
        case UInt8(ascii: "+")? where line.hasPrefix("+++ ") && plus == nil:
            self.plus = tail(4)
        case UInt8(ascii: "B")? where line.hasPrefix("Binary files ") && line.hasSuffix(" differ"):
            self.isBinary = true
            self.inHeader = false
        case UInt8(ascii: "G")? where line.hasPrefix("GIT binary patch"):
            // The base85 payload that follows has no spaces, so it can never look like a header
            // line; with the header closed, those lines are skipped until the next `diff --git`.
            self.isBinary = true
            self.inHeader = false
        default:
            return false
        }
        return true
    }

    /// Applies a `\ No newline at end of file` line that came after the hunk's counts ran out.
    mutating func markLastLineNoNewline() {
        guard let hunk = hunks.indices.last, let line = hunks[hunk].lines.indices.last else { return }
        hunks[hunk].lines[line].noNewlineAtEndOfFile = true
    }
}
