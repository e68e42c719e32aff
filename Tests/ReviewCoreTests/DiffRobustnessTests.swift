import Foundation
import ReviewCore
import Testing

/// Properties that must hold for any input: no traps, consistent line maps, truncation keeps what
/// was complete, and CRLF input means the same as LF input.
struct DiffRobustnessTests {
    /// Truncations of the real diffs: every byte prefix of the two small ones; for the others a cut
    /// at each line end, after each line's first byte and in each line's middle (every third line
    /// of the 57 KB one; all its byte prefixes would be 1.6 GB of debug-build parsing). Files
    /// before the last one must be exactly as in the full parse.
    @Test(arguments: DiffFixtures.realNames)
    func everyTruncationKeepsCompletedFiles(name: String) throws {
        let bytes = try DiffFixtures.bytes(name)
        let full = UnifiedDiff(parsing: bytes)
        var cuts: [Int] = [0, bytes.count]
        if bytes.count < 3_000 {
            cuts = Array(0...bytes.count)
        } else {
            let stride = bytes.count > 20_000 ? 3 : 1
            var lineStart = 0
            var lineNumber = 0
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                if lineNumber % stride == 0 { cuts += [lineStart + 1, (lineStart + index) / 2, index, index + 1] }
                lineStart = index + 1
                lineNumber += 1
            }
        }
        cuts = cuts.filter { $0 >= 0 && $0 <= bytes.count }
        for cut in cuts {
            let partial = UnifiedDiff(parsing: Array(bytes[..<cut]))
            Self.checkInvariants(partial)
            #expect(partial.files.count <= full.files.count)
            let complete = max(partial.files.count - 1, 0)
            if Array(partial.files.prefix(complete)) != Array(full.files.prefix(complete)) {
                Issue.record("\(name): cut at byte \(cut) changed an earlier file")
                return
            }
        }
    }

    /// Seeded random soups of diff-like tokens and raw bytes (including invalid UTF-8).
    @Test(arguments: 0..<8)
    func randomByteSoupParses(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let tokens: [[UInt8]] = [
            "diff --git ", "a/x.py", " b/y.py", "--- ", "+++ ", "/dev/null", "@@ -", "@@ +", " @@", ",", "1", "0",
            "99999999999999999999", "\n", "\r\n", "\r", "+", "-", " ", "\\ No newline at end of file", "\"",
            "\\303\\251", "\\", "\t", "rename from ", "rename to ", "copy from ", "new file mode 100644",
            "deleted file mode 100644", "old mode ", "new mode ", "similarity index 90%", "index 1..2 100644",
            "GIT binary patch", "Binary files a/x and b/x differ", "literal 5",
        ].map { Array($0.utf8) }
        for _ in 0..<300 {
            var soup: [UInt8] = []
            for _ in 0..<Int(random.next() % 200) {
                if random.next() % 4 == 0 {
                    soup.append(UInt8(truncatingIfNeeded: random.next()))
                } else {
                    soup += tokens[Int(random.next() % UInt64(tokens.count))]
                }
            }
            let diff = UnifiedDiff(parsing: soup)
            Self.checkInvariants(diff)
        }
    }

    /// The same diff with CRLF line ends gives the same files, hunks, kinds and line numbers.
    @Test(arguments: DiffFixtures.names)
    func crlfMatchesLF(name: String) throws {
        let bytes = try DiffFixtures.bytes(name)
        var crlf: [UInt8] = []
        crlf.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            if byte == 0x0A { crlf.append(0x0D) }
            crlf.append(byte)
        }
        let lf = UnifiedDiff(parsing: bytes)
        let converted = UnifiedDiff(parsing: crlf)
        #expect(Self.lineMap(lf) == Self.lineMap(converted))
        if !bytes.contains(0x0D) {
            #expect(lf == converted, "\(name): CRLF text differs from LF")
        }
    }

    /// Wrong counts must not pin memory: each finished hunk's buffer is sized to what was read.
    @Test func inflatedCountsDoNotPinCapacity() {
        let text = "--- a/f\n+++ b/f\n" + String(repeating: "@@ -1,1024 +1,1024 @@\n+x\n", count: 2_000)
        let diff = UnifiedDiff(parsing: text)
        #expect(diff.files.first?.hunks.count == 2_000)
        #expect(diff.files.first?.hunks.allSatisfy { $0.lines.count == 1 && $0.lines.capacity < 64 } == true)
    }

    /// Header lines built to trigger quadratic path splitting finish promptly (linear work).
    @Test(.timeLimit(.minutes(1)), arguments: [" ", " \"", " b/"])
    func pathologicalGitLinesStayLinear(unit: String) {
        let line = "diff --git a/" + String(repeating: unit, count: 100_000) + "\"\nnew file mode 100644\n"
        let diff = UnifiedDiff(parsing: line)
        #expect(diff.files.count == 1)
    }

    @Test func emptyAndNewlineOnlyInputsHaveNoFiles() {
        #expect(UnifiedDiff(parsing: [UInt8]()).files.isEmpty)
        #expect(UnifiedDiff(parsing: "").files.isEmpty)
        #expect(UnifiedDiff(parsing: "\n\n\r\n").files.isEmpty)
    }

    /// Kinds and numbers per file index; paths are left out because a diff that already had CRLF
    /// gets CR CR LF when converted again, and only one CR is a line terminator.
    static func lineMap(_ diff: UnifiedDiff) -> [String] {
        diff.files.enumerated().flatMap { index, file in
            file.hunks.flatMap { hunk in
                hunk.lines.map { "\(index) \($0.kind) \($0.oldLine ?? -1) \($0.newLine ?? -1)" }
            }
        }
    }

    static func checkInvariants(_ diff: UnifiedDiff, sourceLocation: SourceLocation = #_sourceLocation) {
        if let problem = invariantViolation(diff) { Issue.record("\(problem)", sourceLocation: sourceLocation) }
    }

    /// The first broken invariant, or nil. Plain checks with one `Issue` at the end: an `#expect`
    /// per line would dominate the run time of the truncation sweep.
    static func invariantViolation(_ diff: UnifiedDiff) -> String? {
        for file in diff.files {
            if file.path != file.newPath ?? file.oldPath { return "\(file.path): path is not newPath ?? oldPath" }
            if !zip(file.addedLines, file.addedLines.dropFirst()).allSatisfy({ $0 < $1 }) {
                return "\(file.path): addedLines not ascending"
            }
            if !zip(file.contextLines, file.contextLines.dropFirst()).allSatisfy({ $0 < $1 }) {
                return "\(file.path): contextLines not ascending"
            }
            for hunk in file.hunks {
                var old = hunk.oldStart
                var new = hunk.newStart
                for line in hunk.lines {
                    if line.oldLine != (line.kind == .added ? nil : old) { return "\(file.path): old line \(old) misnumbered" }
                    if line.newLine != (line.kind == .removed ? nil : new) { return "\(file.path): new line \(new) misnumbered" }
                    if line.kind != .added { old += 1 }
                    if line.kind != .removed {
                        if file.kind(ofNewLine: new) != line.kind { return "\(file.path): kind(ofNewLine: \(new)) wrong" }
                        new += 1
                    }
                }
            }
        }
        return nil
    }
}

/// Small deterministic generator so a failing soup can be reproduced from its seed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
