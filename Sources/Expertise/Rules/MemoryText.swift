/// Small text helpers shared by the rules and the command replies: everything the memory quotes or a reply
/// echoes passes through here, so no field grows without bound and no control character reaches a file or a
/// comment.
enum MemoryText {
    /// `text` on one line: control characters and newlines become spaces, runs of spaces collapse, and the
    /// result is cut at `limit` characters with an ellipsis.
    static func oneLine(_ text: String, limit: Int) -> String {
        var output = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || isControl(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.unicodeScalars.append(" ") }
            pendingSpace = false
            output.unicodeScalars.append(scalar)
        }
        return clip(output, limit: limit)
    }

    /// `text` cut at `limit` characters (grapheme clusters), ending in `…` when cut.
    static func clip(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        guard limit > 1 else { return String(text.prefix(max(0, limit))) }
        return String(text.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
    }

    /// Whether `scalar` is a control or format character a hostile comment could use to hide text.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }

    /// `text` as an inline code span that cannot break out of itself: backticks become `'`.
    static func code(_ text: String, limit: Int = 200) -> String {
        "`" + oneLine(text, limit: limit).replacingBackticks() + "`"
    }

    /// Whether `text` is a rule id: `[A-Za-z0-9._-]+`, at most 100 characters.
    static func isRuleID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 100 && text.utf8.allSatisfy(isRuleIDByte)
    }

    static func isRuleIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// A login fit for a tag and a mention: only `[A-Za-z0-9._-]`, at most 64 characters.
    static func login(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.isASCII && isRuleIDByte(UInt8($0.value)) })
            .prefix(64))
    }

    /// `value` rounded to `places` decimals, so the file shows `0.83`, not `0.8333333333333334`.
    static func round(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    fileprivate func replacingBackticks() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "`" ? "'" : $0 }))
    }
}
