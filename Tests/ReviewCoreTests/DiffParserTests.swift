import ReviewCore
import Testing

/// Targeted behaviour of the parser that the golden fixtures do not isolate.
struct DiffParserTests {
    static let twoHunks = """
        diff --git a/app.py b/app.py
        index 1111111..2222222 100644
        --- a/app.py
        +++ b/app.py
        @@ -1,3 +1,4 @@
         import os
        +import sys
         
         x = 1
        @@ -20,2 +21,2 @@ def main():
        -    return 1
        +    return 2
         # end

        """

    @Test func kindOfNewLineAnswersFromTheLineMaps() throws {
        let file = try #require(UnifiedDiff(parsing: Self.twoHunks).files.first)
        #expect(file.addedLines == [2, 21])
        #expect(file.contextLines == [1, 3, 4, 22])
        #expect(file.kind(ofNewLine: 2) == .added)
        #expect(file.kind(ofNewLine: 21) == .added)
        #expect(file.kind(ofNewLine: 4) == .context)
        #expect(file.kind(ofNewLine: 22) == .context)
        // Line 20 of the new file is between the hunks; 0 and negatives never exist.
        for line in [0, -1, 5, 20, 23, Int.max] { #expect(file.kind(ofNewLine: line) == nil) }
    }

    @Test func publicFileDiffInitSortsOutOfOrderHunks() {
        let late = Hunk(oldStart: 10, oldCount: 0, newStart: 10, newCount: 1, lines: [
            DiffLine(kind: .added, text: "b", oldLine: nil, newLine: 10),
        ])
        let early = Hunk(oldStart: 1, oldCount: 1, newStart: 1, newCount: 2, lines: [
            DiffLine(kind: .context, text: "a", oldLine: 1, newLine: 1),
            DiffLine(kind: .added, text: "c", oldLine: nil, newLine: 2),
        ])
        let file = FileDiff(oldPath: "x", newPath: "x", status: .modified, hunks: [late, early])
        #expect(file.addedLines == [2, 10])
        #expect(file.contextLines == [1])
        #expect(file.path == "x")
        #expect(file.kind(ofNewLine: 10) == .added)
    }

    @Test(arguments: [
        ("@@ -1,2 +1,2\n a\n-b\n+c\n", 1, 2, ""),            // no closing @@: accepted, no section text
        ("@@ -1,2 +1,2 @@\n a\n-b\n+c\n", 1, 2, ""),
        ("@@ -1,2 +1,2 @@  two spaces\n a\n-b\n+c\n", 1, 2, " two spaces"),
        ("@@ -7 +7 @@ f()\n-b\n+c\n", 7, 1, "f()"),          // omitted counts mean 1
    ])
    func hunkHeaderForms(header: String, newStart: Int, newCount: Int, text: String) throws {
        let diff = UnifiedDiff(parsing: "--- a/f\n+++ b/f\n" + header)
        let hunk = try #require(diff.files.first?.hunks.first)
        #expect(hunk.newStart == newStart)
        #expect(hunk.newCount == newCount)
        #expect(hunk.header == text)
        #expect(hunk.lines.last?.kind == .added)
    }

    @Test(arguments: ["@@ -x +1 @@", "@@ -1 1 @@", "@@ - +", "@@ -1,+1 @@", "@@"])
    func malformedHunkHeadersAreSkipped(header: String) throws {
        let diff = UnifiedDiff(parsing: "--- a/f\n+++ b/f\n\(header)\n-b\n+c\n")
        let file = try #require(diff.files.first)
        #expect(file.hunks.isEmpty)
        #expect(file.addedLines.isEmpty)
    }

    @Test func hugeNumbersAreClampedNotTrapped() throws {
        let diff = UnifiedDiff(parsing: "--- a/f\n+++ b/f\n@@ -99999999999999999999999,99999999999999999999 +99999999999999999999999 @@\n+x\n")
        let hunk = try #require(diff.files.first?.hunks.first)
        #expect(hunk.oldStart == hunk.oldCount)
        #expect(hunk.lines.count == 1)
        #expect(hunk.lines.first?.newLine == hunk.newStart)
    }

    @Test func hunkBeforeAnyFileIsIgnored() {
        #expect(UnifiedDiff(parsing: "@@ -1 +1 @@\n-a\n+b\n").files.isEmpty)
    }

    @Test func blankLineIsContextOnlyWhileCountsRemain() throws {
        let diff = UnifiedDiff(parsing: "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n\n-a\n+b\n\n+not counted\n")
        let hunk = try #require(diff.files.first?.hunks.first)
        #expect(hunk.lines.map(\.kind) == [.context, .removed, .added])
        #expect(hunk.lines.first?.text == "")
    }

    @Test func renameWithUnquotedSpacesTakesPathsFromRenameLines() throws {
        let diff = UnifiedDiff(parsing: """
            diff --git a/my dir/old name.py b/my dir/new name.py
            similarity index 100%
            rename from my dir/old name.py
            rename to my dir/new name.py

            """)
        let file = try #require(diff.files.first)
        #expect(file.status == .renamed)
        #expect(file.oldPath == "my dir/old name.py")
        #expect(file.newPath == "my dir/new name.py")
        #expect(file.similarity == 100)
    }

    @Test func modeOnlyChangeWithSpacesUsesTheSymmetricSplit() throws {
        let diff = UnifiedDiff(parsing: "diff --git a/a b/c.sh b/a b/c.sh\nold mode 100644\nnew mode 100755\n")
        let file = try #require(diff.files.first)
        #expect(file.path == "a b/c.sh")
        #expect(file.oldMode == "100644")
        #expect(file.newMode == "100755")
        #expect(file.status == .modified)
    }

    @Test func oldStyleRenameHeadersAreRead() throws {
        let diff = UnifiedDiff(parsing: "diff --git a/x b/y\nrename old x\nrename new y\n")
        let file = try #require(diff.files.first)
        #expect(file.status == .renamed)
        #expect(file.oldPath == "x")
        #expect(file.newPath == "y")
    }

    @Test(arguments: [
        "diff --git \"a/unterminated b/x\n",
        "diff --git \"a/\\\n",
        "diff --git \n",
        "diff --git a/\"q\" \"b/\\777\\\n",
    ])
    func brokenGitLinesNeverTrap(line: String) {
        let diff = UnifiedDiff(parsing: line + "new file mode 100644\n")
        for file in diff.files { #expect(file.status == .added) }
    }

    @Test func octalEscapesDecodeAsUTF8() throws {
        let diff = UnifiedDiff(parsing: "diff --git \"a/\\360\\237\\220\\215.py\" \"b/\\360\\237\\220\\215.py\"\nnew file mode 100644\n")
        #expect(diff.files.first?.path == "🐍.py")
    }

    @Test func combinedDiffsAreNotReadAsFiles() {
        let diff = UnifiedDiff(parsing: "diff --cc f.py\nindex 1,2..3\n@@@ -1,1 -1,1 +1,1 @@@\n- a\n -b\n++c\n")
        #expect(diff.files.isEmpty)
    }

    @Test func fileLookupByPath() throws {
        let diff = UnifiedDiff(parsing: Self.twoHunks)
        #expect(diff.file(at: "app.py")?.status == .modified)
        #expect(diff.file(at: "missing.py") == nil)
    }
}
