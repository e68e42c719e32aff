/// Makes a header value safe to log: headers of an unverified request are the caller's to choose, so they are
/// cut short and stripped of anything that could forge a log line.
enum LogSafe {
    static let maxLength = 128

    /// Keeps letters, digits and `-_.:/#@+=`; other characters become `?`; at most ``maxLength`` characters.
    static func text(_ value: String) -> String {
        var result = ""
        for character in value.unicodeScalars.prefix(maxLength) {
            switch character {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", ":", "/", "#", "@", "+", "=", " ":
                result.unicodeScalars.append(character)
            default:
                result.append("?")
            }
        }
        return value.unicodeScalars.count > maxLength ? result + "…" : result
    }
}
