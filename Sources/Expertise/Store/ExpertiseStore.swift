/// Keeps the expertise memories: reads one before a review, and changes one after it without losing concurrent
/// changes. ``FileExpertiseStore`` keeps them as YAML files; a database store can stand behind the same protocol.
public protocol ExpertiseStore: Sendable {
    /// The memory at `location` as it is now. Never changes anything, not even a corrupt file.
    func load(_ location: MemoryLocation) async throws -> LoadedMemory

    /// Reads the memory at `location`, applies `change`, and writes the result, as one step that no other update of
    /// the same memory (in this process or another) can interleave with.
    ///
    /// A missing memory starts new. Nothing is written when `change` leaves the memory equal to what was read. A
    /// memory that cannot be read is set aside (never overwritten) and the update starts from a new memory; the
    /// result's ``MemoryUpdate/recovered`` says so. An error thrown by `change` is rethrown and nothing is written.
    ///
    /// - Parameter repositoryName: names the repository in the header of a file the bot writes.
    func update<T: Sendable>(
        _ location: MemoryLocation, repositoryName: String?, _ change: @Sendable (inout ExpertiseMemory) throws -> T
    ) async throws -> MemoryUpdate<T>
}
