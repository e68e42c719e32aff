import Expertise
import Foundation
import ReviewCore

/// The expertise memory of a local review (`review --git`): read before, updated after, problems on stderr.
enum LocalMemory {
    static func guide(_ report: ReviewReport, store: FileExpertiseStore, file: String) async throws -> GuidedReview {
        let loaded = try await store.load(.file(file))
        if let problem = loaded.problem {
            warn("\(problem); the file will be moved aside and a new memory started")
        }
        return MemoryGuidance(own: loaded.memory, team: nil, settings: ExpertiseSettings()).apply(to: report)
    }

    static func record(_ guided: GuidedReview, store: FileExpertiseStore, file: String) async throws {
        let report = guided.report
        let record = ExpertiseMemory.ReviewRecord(
            subject: "local", number: nil, headSHA: nil, findings: report.findings, rules: report.rules, taskKey: nil,
            language: report.summary.language, suppressed: guided.suppressed)
        let update = try await store.update(.file(file), repositoryName: nil) { memory in
            memory.recordReview(record, settings: ExpertiseSettings(), now: Date())
        }
        if let recovered = update.recovered {
            warn("\(recovered.error); the broken file was moved to \(recovered.movedTo)")
        }
    }

    private static func warn(_ text: String) {
        FileHandle.standardError.write(Data("backend-review: expertise memory: \(text)\n".utf8))
    }
}
