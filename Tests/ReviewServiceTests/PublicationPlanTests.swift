import Checklists
import Hosts
import ReviewCore
import ReviewEngine
import ReviewService
import Testing

@Suite struct PublicationPlanTests {
    func sampleReport() throws -> (ReviewReport, UnifiedDiff) {
        let diff = UnifiedDiff(parsing: SamplePullRequest.diff)
        let report = try ReviewEngine(catalog: Catalog.bundled()).review(
            diff: diff, contents: InMemoryContentSource(texts: SamplePullRequest.files),
            description: [SamplePullRequest.description.title])
        return (report, diff)
    }

    @Test func aFindingOffTheDiffGoesToTheSummaryNotInline() throws {
        var (report, diff) = try sampleReport()
        let moved = report.findings[0]
        report.findings[0].line = 100_000
        let plan = PublicationPlan(report: report, diff: diff, existing: [], botLogin: "bot", failOn: nil)
        #expect(!plan.inline.contains { $0.line == 100_000 })
        #expect(plan.inline.count == report.anchoredFindings.count - 1)
        #expect(plan.summaryBody.contains(moved.path))
        #expect(plan.status.state == .success)
    }

    @Test func statusFailsAtTheConfiguredSeverity() throws {
        let (report, diff) = try sampleReport()
        #expect(PublicationPlan(report: report, diff: diff, existing: [], botLogin: "bot", failOn: .critical).status.state == .failure)
        #expect(PublicationPlan(report: report, diff: diff, existing: [], botLogin: "bot", failOn: nil).status.state == .success)
    }

    @Test func earlierSummaryIsFoundByItsMarkerAndAuthor() throws {
        let (report, diff) = try sampleReport()
        let fake = HostComment(id: "1", body: SummaryComment.marker + "\nfake", author: "mallory")
        let ours = HostComment(id: "2", body: SummaryComment.marker + "\nold", author: "bot")
        let plan = PublicationPlan(report: report, diff: diff, existing: [fake, ours], botLogin: "bot", failOn: nil)
        #expect(plan.existingSummary?.id == "2")
    }

    @Test func contextLineCommentsCarryTheOldLineForGitLab() throws {
        let diff = UnifiedDiff(parsing: "diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1,3 +1,4 @@\n a\n+b\n c\n d\n")
        var (report, _) = try sampleReport()
        report.findings = [report.findings[0]]
        report.findings[0].path = "x.py"
        report.findings[0].line = 3
        report.summary.unanchored = []
        let plan = PublicationPlan(report: report, diff: diff, existing: [], botLogin: "bot", failOn: nil)
        #expect(plan.inline.first?.line == 3)
        #expect(plan.inline.first?.oldLine == 2)
    }
}
