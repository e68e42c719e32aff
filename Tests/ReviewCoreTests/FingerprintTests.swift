import ReviewCore
import Testing

struct FingerprintTests {
    @Test func isFixedLengthLowercaseHex() {
        for snippet in ["", "x", "await session.execute(select(User))", String(repeating: "ñ", count: 500)] {
            let fingerprint = Fingerprint.make(ruleID: "r", path: "a.py", snippet: snippet)
            #expect(fingerprint.count == Fingerprint.length)
            #expect(Fingerprint.isWellFormed(fingerprint))
        }
    }

    @Test func isDeterministic() {
        let a = Fingerprint.make(ruleID: "async-blocking-sleep", path: "app/x.py", snippet: "time.sleep(1)")
        let b = Fingerprint.make(ruleID: "async-blocking-sleep", path: "app/x.py", snippet: "time.sleep(1)")
        #expect(a == b)
    }

    @Test func survivesLinesShifting() {
        let before = FindingSet.finalize([ReportFixtures.finding("r", .async, .high, "app/x.py", 10, snippet: "time.sleep(1)")])
        let after = FindingSet.finalize([ReportFixtures.finding("r", .async, .high, "app/x.py", 57, snippet: "time.sleep(1)")])
        #expect(before[0].fingerprint == after[0].fingerprint)
    }

    static let whitespaceOnly: [(String, String)] = [
        ("time.sleep(1)", "    time.sleep(1)"),
        ("time.sleep(1)", "time.sleep(1)   \t"),
        ("x=f(a,b)", "x = f( a, b )"),
        ("await  session.execute(stmt)", "await session.execute(stmt)"),
        ("return {\n  'a': 1\n}", "return {'a': 1}"),
    ]

    @Test(arguments: whitespaceOnly)
    func ignoresWhitespaceOnlyChanges(_ pair: (String, String)) {
        #expect(Fingerprint.make(ruleID: "r", path: "p.py", snippet: pair.0)
            == Fingerprint.make(ruleID: "r", path: "p.py", snippet: pair.1))
    }

    static let contentChanges: [(String, String)] = [
        ("time.sleep(1)", "time.sleep(2)"),
        ("not x", "notx"),
        ("return a", "return b"),
        ("'a b'", "'ab'"),
    ]

    @Test(arguments: contentChanges)
    func changesWhenContentChanges(_ pair: (String, String)) {
        #expect(Fingerprint.make(ruleID: "r", path: "p.py", snippet: pair.0)
            != Fingerprint.make(ruleID: "r", path: "p.py", snippet: pair.1))
    }

    @Test func dependsOnRulePathAndOrdinal() {
        let base = Fingerprint.make(ruleID: "r", path: "p.py", snippet: "x", ordinal: 0)
        #expect(base != Fingerprint.make(ruleID: "other", path: "p.py", snippet: "x", ordinal: 0))
        #expect(base != Fingerprint.make(ruleID: "r", path: "q.py", snippet: "x", ordinal: 0))
        #expect(base != Fingerprint.make(ruleID: "r", path: "p.py", snippet: "x", ordinal: 1))
    }

    @Test func fieldBoundariesAreUnambiguous() {
        // "ab" + "c" and "a" + "bc" must not hash the same input.
        #expect(Fingerprint.make(ruleID: "ab", path: "c", snippet: "x")
            != Fingerprint.make(ruleID: "a", path: "bc", snippet: "x"))
    }

    static let normalised: [(String, String)] = [
        ("  a  =  b  ", "a=b"),
        ("not   x", "not x"),
        ("await session.execute( q )", "await session.execute(q)"),
        ("\t\n", ""),
        ("ñandú  ágil", "ñandú ágil"),
    ]

    @Test(arguments: normalised)
    func normalisesLayout(_ pair: (String, String)) {
        #expect(Fingerprint.normalise(pair.0) == pair.1)
    }

    static let wellFormed: [(String, Bool)] = [
        ("0123456789abcdef", true), ("0123456789ABCDEF", false), ("0123456789abcde", false), ("", false),
        ("0123456789abcdeg", false),
    ]

    @Test(arguments: wellFormed)
    func recognisesWellFormedFingerprints(_ pair: (String, Bool)) {
        #expect(Fingerprint.isWellFormed(pair.0) == pair.1)
    }
}
