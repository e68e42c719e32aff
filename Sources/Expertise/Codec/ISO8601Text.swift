/// Whether a timestamp, kept as text, is ISO 8601 as the seed writes it: `2026-01-09`, `2026-01-09T12:00:00`,
/// `2026-01-09T14:30:00.000000`, optionally with `Z` or an offset (`+02:00`, `-0300`).
enum ISO8601Text {
    static func isValid(_ text: String) -> Bool {
        var rest = Substring(text)
        guard let year = number(&rest, digits: 4), year > 0, take("-", &rest),
            let month = number(&rest, digits: 2), (1...12).contains(month), take("-", &rest),
            let day = number(&rest, digits: 2), (1...31).contains(day)
        else { return false }
        if rest.isEmpty { return true }
        guard take("T", &rest), let hour = number(&rest, digits: 2), hour <= 24, take(":", &rest),
            let minute = number(&rest, digits: 2), minute <= 59
        else { return false }
        if take(":", &rest) {
            guard let second = number(&rest, digits: 2), second <= 60 else { return false }
            if take(".", &rest) || take(",", &rest) {
                let fraction = rest.prefix { $0.isASCIIDigitForTimestamp }
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(fraction.count)
            }
        }
        return isZone(rest)
    }

    /// Nothing, `Z`, or `±hh`, `±hhmm`, `±hh:mm`.
    private static func isZone(_ zone: Substring) -> Bool {
        var rest = zone
        if rest.isEmpty || rest == "Z" { return true }
        guard take("+", &rest) || take("-", &rest), let hours = number(&rest, digits: 2), hours <= 23 else {
            return false
        }
        if rest.isEmpty { return true }
        _ = take(":", &rest)
        guard let minutes = number(&rest, digits: 2), minutes <= 59 else { return false }
        return rest.isEmpty
    }

    private static func take(_ character: Character, _ rest: inout Substring) -> Bool {
        guard rest.first == character else { return false }
        rest = rest.dropFirst()
        return true
    }

    private static func number(_ rest: inout Substring, digits: Int) -> Int? {
        let head = rest.prefix(digits)
        guard head.count == digits, head.allSatisfy(\.isASCIIDigitForTimestamp), let value = Int(head) else { return nil }
        rest = rest.dropFirst(digits)
        return value
    }
}

private extension Character {
    var isASCIIDigitForTimestamp: Bool { ("0"..."9").contains(self) }
}
