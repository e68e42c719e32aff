/// Drop counts keyed by ``DropReason`` raw values.
extension [String: Int] {
    /// Adds `count` drops for `reason`.
    mutating func add(_ reason: DropReason, _ count: Int = 1) {
        guard count > 0 else { return }
        self[reason.rawValue, default: 0] += count
    }

    /// Adds every count of `other`.
    mutating func mergeDrops(_ other: [String: Int]) {
        merge(other, uniquingKeysWith: +)
    }
}
