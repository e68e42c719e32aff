import ReviewEngine
import Testing

struct VersionTests {
    @Test func hasVersion() { #expect(!ReviewEngineVersion.current.isEmpty) }
}
