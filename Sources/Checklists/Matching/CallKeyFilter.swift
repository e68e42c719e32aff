/// The plain name components (`componentKey` hashes) that any rule of a catalog looks calls up by.
/// Most calls of a file match none of them, so one pass per file keeps only the calls some rule could
/// want, and each rule then scans those few instead of every call.
///
/// An open-addressing table of integers: the keys are already hashes, so probing starts at their low
/// bits and no `Hasher` runs per lookup.
struct CallKeyFilter: Sendable {
    private let slots: [Int]
    private let mask: Int
    /// `0` marks an empty slot, so a key that is itself 0 is tracked apart.
    private let hasZero: Bool

    init(_ keys: some Sequence<Int>) {
        let unique = Set(keys)
        var capacity = 8
        while capacity < unique.count * 4 { capacity *= 2 }
        var slots = [Int](repeating: 0, count: capacity)
        var hasZero = false
        for key in unique {
            if key == 0 {
                hasZero = true
                continue
            }
            var slot = key & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = key
        }
        self.slots = slots
        mask = capacity - 1
        self.hasZero = hasZero
    }

    func contains(_ key: Int) -> Bool {
        if key == 0 { return hasZero }
        var slot = key & mask
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// Whether every plain component of `patterns` is in the filter, so the calls the filter kept are
    /// all the calls those components can select.
    func covers(_ patterns: NamePatterns) -> Bool {
        patterns.literalLasts.allSatisfy(contains) && patterns.literalFirsts.allSatisfy(contains)
    }
}
