/// SplitMix64: a tiny, fast generator whose output depends only on the seed, so a project generated
/// with `--seed S` is byte-identical on every machine and Swift version (`SystemRandomNumberGenerator`
/// and `Int.random(in:)` without a generator make no such promise).
struct GeneratorRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, computed from our own bits (the standard library's bounded
    /// sampling algorithm is not guaranteed stable across versions).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` distinct items from `items`, in a seed-determined order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        for i in stride(from: pool.count - 1, to: 0, by: -1) {
            pool.swapAt(i, int(0...i))
        }
        return Array(pool.prefix(count))
    }

    /// Eight lowercase hex digits, for revision ids and the like.
    mutating func hex(_ digits: Int) -> String {
        var out = ""
        while out.count < digits {
            out += String(next(), radix: 16)
        }
        return String(out.prefix(digits))
    }
}
