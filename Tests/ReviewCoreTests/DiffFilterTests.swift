import ReviewCore
import Testing

/// The diff filter decides which findings a pull request hears about.
struct DiffFilterTests {
    static let diff = UnifiedDiff(parsing: """
        diff --git a/app/x.py b/app/x.py
        index 1111111..2222222 100644
        --- a/app/x.py
        +++ b/app/x.py
        @@ -1,4 +1,5 @@
         import time
        -old = 1
        +new = 2
        +async def f():
        +    time.sleep(1)
         
        diff --git a/app/gone.py b/app/gone.py
        deleted file mode 100644
        index 3333333..0000000
        --- a/app/gone.py
        +++ /dev/null
        @@ -1 +0,0 @@
        -import requests

        """)

    static func finding(_ path: String, _ line: Int, _ endLine: Int? = nil) -> Finding {
        let text = LocalizedText(en: "t", es: "t")
        return Finding(
            ruleID: "r", section: .async, severity: .high, path: path, line: line, endLine: endLine,
            title: text, message: text, fix: text, why: text, snippet: "x")
    }

    @Test(arguments: [
        // (path, line, endLine, includeContext, expected anchor line or nil)
        ("app/x.py", 3, 3, false, 3),  // added line
        ("app/x.py", 1, 1, false, nil),  // context line
        ("app/x.py", 1, 1, true, 1),  // context line, context requested
        ("app/x.py", 1, 4, false, 2),  // range reaching into added lines anchors on the first
        ("app/x.py", 9, 9, false, nil),  // outside every hunk
        ("app/gone.py", 1, 1, false, nil),  // deleted file
        ("app/other.py", 1, 1, false, nil),  // file not in the diff
    ] as [(String, Int, Int, Bool, Int?)])
    func anchorsOnAddedLines(path: String, line: Int, endLine: Int, includeContext: Bool, expected: Int?) {
        let kept = DiffFilter(includeContextLines: includeContext).apply([Self.finding(path, line, endLine)], to: Self.diff)
        #expect(kept.first?.line == expected)
        #expect(kept.count == (expected == nil ? 0 : 1))
    }
}
