/// The result of ``ExpertiseStore/load(_:)``.
public struct LoadedMemory: Sendable, Hashable {
    /// The memory; nil when there is none yet, or when it cannot be read (then ``problem`` says why).
    public var memory: ExpertiseMemory?
    /// Why the memory could not be read: the file, line and what is wrong.
    public var problem: MemoryDecodingError?

    /// Creates a result.
    public init(memory: ExpertiseMemory?, problem: MemoryDecodingError? = nil) {
        self.memory = memory
        self.problem = problem
    }
}
