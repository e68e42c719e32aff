/// The result of ``ExpertiseStore/update(_:repositoryName:_:)``.
public struct MemoryUpdate<T: Sendable>: Sendable {
    /// What the change returned.
    public var value: T
    /// Whether the memory was written (false when the change left it as it was).
    public var written: Bool
    /// The unreadable memory that was set aside before this update, if there was one: log it and say so in the
    /// review summary.
    public var recovered: CorruptMemory?

    /// Creates a result.
    public init(value: T, written: Bool, recovered: CorruptMemory? = nil) {
        self.value = value
        self.written = written
        self.recovered = recovered
    }
}
