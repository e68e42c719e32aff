import Expertise
import ReviewService

extension AppConfiguration {
    /// The expertise memory under the data directory, or `nil` when `expertise.enabled` is false.
    var reviewMemory: ReviewMemory? {
        guard memory.enabled else { return nil }
        return ReviewMemory(
            store: FileExpertiseStore(dataDirectory: dataDirectory), settings: memory.settings,
            readTeamMemory: memory.teamMemory)
    }
}
