/// A YAML value the bot does not interpret, kept so it can be written back as it was read.
public indirect enum YAMLValue: Sendable, Hashable {
    /// A scalar as written (`plain` false when the file quoted it, so `"1.0"` stays a string).
    case scalar(String, plain: Bool)
    /// A sequence.
    case sequence([YAMLValue])
    /// A mapping, in file order.
    case mapping([YAMLEntry])
    /// `null` / `~` / nothing.
    case null
}

/// One `key: value` pair of a mapping, kept in order.
public struct YAMLEntry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: YAMLValue

    /// Creates an entry.
    public init(key: String, value: YAMLValue) {
        self.key = key
        self.value = value
    }
}
