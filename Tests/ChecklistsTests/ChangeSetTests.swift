import Checklists
import Testing

struct ChangeSetTests {
    @Test func keepsProjectFiles() {
        let set = ChangeSet(files: [], projectFiles: ["pyproject.toml": "x"])
        #expect(set.projectFiles["pyproject.toml"] == "x")
    }
}
