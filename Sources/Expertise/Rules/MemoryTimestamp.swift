import Foundation

/// The memory's timestamps: ISO 8601 in UTC, `yyyy-MM-dd'T'HH:mm:ss'Z'`, computed by hand so no locale,
/// calendar or time-zone setting of the machine can change what is written.
///
/// ```swift
/// MemoryTimestamp.string(from: Date(timeIntervalSince1970: 0))   // "1970-01-01T00:00:00Z"
/// MemoryTimestamp.date(from: "2026-01-09T12:00:00")              // the seed's form, read as UTC
/// ```
public enum MemoryTimestamp {
    /// `date` as `yyyy-MM-dd'T'HH:mm:ss'Z'` (fractions of a second dropped).
    public static func string(from date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
            + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    /// Reads what people and the seed write: `2026-01-09`, `2026-01-09T12:00:00`, with or without fractions
    /// (`.000000`), with `Z` or an offset (`+02:00`); no zone means UTC. Anything else is nil.
    public static func date(from text: String) -> Date? {
        var scanner = DigitScanner(Array(text.trimmingCharacters(in: .whitespaces).utf8))
        guard let year = scanner.number(4), scanner.take("-"), let month = scanner.number(2), scanner.take("-"),
            let day = scanner.number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = days(fromYear: year, month: month, day: day) * 86_400
        if scanner.atEnd { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        guard scanner.take("T") || scanner.take(" "), let hour = scanner.number(2), scanner.take(":"),
            let minute = scanner.number(2), hour < 24, minute < 60
        else { return nil }
        seconds += Int64(hour * 3600 + minute * 60)
        if scanner.take(":") {
            guard let second = scanner.number(2), second < 61 else { return nil }
            seconds += Int64(second)
        }
        if scanner.take(".") { guard scanner.skipDigits() else { return nil } }
        if scanner.take("+") || scanner.peek("-") {
            let sign: Int64 = scanner.take("-") ? 1 : -1
            guard let offsetHours = scanner.number(2) else { return nil }
            _ = scanner.take(":")
            let offsetMinutes = scanner.number(2) ?? 0
            seconds += sign * Int64(offsetHours * 3600 + offsetMinutes * 60)
        } else {
            _ = scanner.take("Z") || scanner.take("z")
        }
        return scanner.atEnd ? Date(timeIntervalSince1970: TimeInterval(seconds)) : nil
    }

    private static func pad<T: BinaryInteger>(_ value: T, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    /// Howard Hinnant's `civil_from_days`: days since 1970-01-01 → proleptic Gregorian date.
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Hinnant's `days_from_civil`, the inverse of ``civil(fromDays:)``.
    private static func days(fromYear year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over ASCII bytes for ``MemoryTimestamp/date(from:)``.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func number(_ width: Int) -> Int? {
        guard index + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + width] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += width
        return value
    }

    func peek(_ character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek(character) else { return false }
        index += 1
        return true
    }

    mutating func skipDigits() -> Bool {
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        return index > start
    }
}
