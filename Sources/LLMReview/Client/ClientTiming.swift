/// Conversions between `Duration` and plain numbers, for timeouts, metrics and messages.
enum ClientTiming {
    /// `duration` in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// `duration` in whole nanoseconds (saturating).
    static func nanoseconds(_ duration: Duration) -> Int64 {
        let parts = duration.components
        let (whole, overflow) = parts.seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return parts.seconds < 0 ? .min : .max }
        return whole.addingReportingOverflow(parts.attoseconds / 1_000_000_000).partialValue
    }

    /// A duration of `seconds` (negative and non-finite values become zero).
    static func duration(seconds: Double) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .nanoseconds(Int64(min(seconds, 1e9) * 1e9))
    }

    /// `1.5s`, `250ms`: for messages.
    static func describe(_ duration: Duration) -> String {
        let value = seconds(duration)
        if value < 1 { return "\(Int((value * 1000).rounded()))ms" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))s" : "\(rounded)s"
    }
}
