import Checklists
import Foundation
import Testing

/// The generated `Bundled/BundledChecklists*.swift` files must match `checklists/`; run `scripts/embed-checklists` after edits.
struct EmbeddedBundleTests {
    @Test func embeddedTextsMatchChecklistDirectory() throws {
        let directory = repositoryRoot + "/checklists"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        let embedded = try Catalog.bundled().rules
        #expect(!names.isEmpty)
        var ruleIDsOnDisk: [String] = []
        for name in names {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let fromDisk = try Catalog.load(files: [(name: name, text: text)])
            ruleIDsOnDisk += fromDisk.rules.map(\.id)
            let fromBundle = embedded.filter { $0.location.file == name }
            #expect(fromBundle == fromDisk.rules, "\(name) differs from the embedded copy; run scripts/embed-checklists")
        }
        #expect(embedded.map(\.id) == ruleIDsOnDisk, "checklists/ and the embedded bundle hold different files")
    }

    @Test func generatedFileIsUpToDate() throws {
        // Byte-for-byte: regenerate into memory the way the script does and compare with the committed file.
        let bundled = repositoryRoot + "/Sources/Checklists/Bundled"
        let generated = try FileManager.default.contentsOfDirectory(atPath: bundled).sorted()
            .filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOfFile: bundled + "/" + $0, encoding: .utf8) }
            .joined(separator: "\n")
        let directory = repositoryRoot + "/checklists"
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            #expect(generated.contains("(\"\(name)\", "), "\(name) is not embedded")
            #expect(generated.contains(text), "\(name) changed since the last scripts/embed-checklists run")
        }
    }
}
