/// The stable identity of a finding, hidden in every posted comment so the bot never reposts it
/// and can tell which earlier comments are resolved.
///
/// A fingerprint hashes the rule id, the path, the normalised flagged source and an ordinal among
/// findings that share those three. The line number is deliberately left out: adding code above a
/// finding moves it but must not make it "new".
///
/// ```swift
/// let fp = Fingerprint.make(ruleID: "async-blocking-sleep", path: "app/x.py", snippet: "time.sleep(1)")
/// // fp.count == 16, lowercase hex
/// ```
public enum Fingerprint {
    /// Bumped when the inputs or the hash change, so old and new fingerprints never collide by accident.
    static let version = "backend-review/fingerprint/v1"

    /// The length of every fingerprint: 64 bits as lowercase hex.
    public static let length = 16

    /// The fingerprint of one finding.
    ///
    /// - Parameter ordinal: 0 for the first finding (in line order) with this rule, path and normalised
    ///   snippet in the file, 1 for the second, and so on; it keeps two identical flagged lines apart.
    public static func make(ruleID: String, path: String, snippet: String, ordinal: Int = 0) -> String {
        // The unit separator cannot appear in a rule id or a path, so field boundaries stay unambiguous.
        let separator = "\u{1F}"
        let key = [version, ruleID, path, normalise(snippet), String(ordinal)].joined(separator: separator)
        return hex(FNV1a64.hash(Array(key.utf8)))
    }

    /// The snippet as the fingerprint sees it: whitespace dropped wherever it is only layout.
    ///
    /// Runs of whitespace (newlines included) collapse to one space between two word characters and
    /// disappear everywhere else, so re-indenting a line or a formatter turning `x=f(a,b)` into
    /// `x = f(a, b)` leaves the fingerprint alone, while `not x` and `notx` stay different.
    public static func normalise(_ snippet: String) -> String {
        var output: [Character] = []
        var pendingSpace = false
        for character in snippet {
            if character.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace, let last = output.last, isWordCharacter(last), isWordCharacter(character) {
                output.append(" ")
            }
            pendingSpace = false
            output.append(character)
        }
        return String(output)
    }

    /// Whether `text` has the shape of a fingerprint (fixed length, lowercase hex).
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: length - digits.count) + digits
    }
}
