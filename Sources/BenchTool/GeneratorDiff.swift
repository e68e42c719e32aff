/// Writes the unified diff, in `git diff` format, that adds every generated file.
enum GeneratorDiff {
    /// The diff text as bytes. Files appear in byte order of their paths, as git orders them, and
    /// each header carries the real blob id so the output matches `git diff BASE..HEAD` exactly.
    static func addingAll(_ files: [GeneratedFile]) -> [UInt8] {
        let sorted = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var out = [UInt8]()
        out.reserveCapacity(files.reduce(0) { $0 + $1.text.utf8.count + $1.lineCount + 200 })
        for file in sorted {
            let content = Array(file.text.utf8)
            let blob = GeneratorSHA1.gitBlobID(content)
            var header = "diff --git a/\(file.path) b/\(file.path)\n"
            header += "new file mode 100644\n"
            header += "index 0000000..\(blob.prefix(7))\n"
            if content.isEmpty {
                out.append(contentsOf: header.utf8)
                continue
            }
            header += "--- /dev/null\n+++ b/\(file.path)\n"
            header += file.lineCount == 1 ? "@@ -0,0 +1 @@\n" : "@@ -0,0 +1,\(file.lineCount) @@\n"
            out.append(contentsOf: header.utf8)
            var atLineStart = true
            for byte in content {
                if atLineStart {
                    out.append(UInt8(ascii: "+"))
                }
                out.append(byte)
                atLineStart = byte == UInt8(ascii: "\n")
            }
            if !atLineStart {
                out.append(contentsOf: "\n\\ No newline at end of file\n".utf8)
            }
        }
        return out
    }
}
