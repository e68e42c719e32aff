import Checklists
import Hosts
import Logging
import ReviewCore
import ReviewService
import Testing

@Suite struct ReviewPipelineTests {
    let logger = Logger(label: "test")

    func makePipeline(_ host: MemoryHost, failOn: Severity? = .critical) throws -> ReviewPipeline {
        ReviewPipeline(
            hosts: StaticHostResolver([.github: host]), catalog: try CatalogProvider(directory: nil),
            settings: PipelineSettings(failOn: failOn))
    }

    func sampleHost() -> MemoryHost {
        MemoryHost(snapshot: SamplePullRequest.snapshot(), diff: SamplePullRequest.diff, files: SamplePullRequest.files)
    }

    @Test func postsRankedInlineCommentsOnDiffLinesAndOneSummary() async throws {
        let host = sampleHost()
        let outcome = try await makePipeline(host).review(SamplePullRequest.event(), logger: logger)
        let state = host.state.withLock { $0 }
        let inline = state.comments.filter(\.isInline)
        #expect(outcome.findings == 19)
        #expect(inline.count == outcome.posted)
        #expect(outcome.posted > 10)
        #expect(state.offDiffRequests == 0)
        // Posted in rank order: severities never increase.
        let ranks = inline.map { comment in Severity.allCases.first { comment.body.contains(OutputLabelsProbe.label($0)) }?.rank ?? 99 }
        #expect(ranks == ranks.sorted())
        #expect(inline.allSatisfy { $0.body.contains("**Análisis**") && InlineComment.fingerprint(in: $0.body) != nil })
        let summaries = state.comments.filter { !$0.isInline }
        #expect(summaries.count == 1)
        #expect(summaries[0].body.hasPrefix(SummaryComment.marker))
        #expect(state.statuses.first?.state == .pending)
        #expect(state.statuses.last?.state == .failure)
    }

    @Test func secondRunPostsNothingNewAndKeepsOneSummary() async throws {
        let host = sampleHost()
        let pipeline = try makePipeline(host)
        _ = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        let before = host.state.withLock { $0.comments }
        let again = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        #expect(again.posted == 0)
        #expect(again.alreadyPosted == before.filter(\.isInline).count)
        #expect(again.summaryUpdated)
        #expect(host.state.withLock { $0.comments } == before)
    }

    @Test func synchronizeMarksFixedFindingsResolvedAndUpdatesSummaryInPlace() async throws {
        let host = sampleHost()
        let pipeline = try makePipeline(host)
        _ = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        let summaryID = host.state.withLock { $0.comments.first { !$0.isInline }?.id }
        // The push drops the auth dependency file from the change: its findings are gone.
        let fixed = Self.diff(SamplePullRequest.diff, dropping: "app/presentation/dependencies/auth.py")
        host.state.withLock {
            $0.diff = fixed
            $0.snapshot.headSHA = "head2"
        }
        let outcome = try await pipeline.review(SamplePullRequest.event(action: .synchronized, head: "head2"), logger: logger)
        #expect(outcome.resolved >= 1)
        #expect(outcome.posted == 0)
        let state = host.state.withLock { $0 }
        let summaries = state.comments.filter { !$0.isInline }
        #expect(summaries.count == 1)
        #expect(summaries[0].id == summaryID)
        #expect(summaries[0].body.contains("Resueltos desde la revisión anterior"))
        #expect(state.calls.contains("updateComment \(summaryID ?? "")"))
    }

    @Test func publicationCutOffHalfWayResumesWithoutDuplicates() async throws {
        let host = sampleHost()
        host.state.withLock { $0.failPostsAfter = 3 }
        let pipeline = try makePipeline(host)
        await #expect(throws: HostAPIError.self) { try await pipeline.review(SamplePullRequest.event(), logger: self.logger) }
        #expect(host.state.withLock { $0.comments.count } == 3)
        host.state.withLock { $0.failPostsAfter = nil }
        let outcome = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.alreadyPosted == 3)
        let fingerprints = host.state.withLock { $0.comments.filter(\.isInline).compactMap { InlineComment.fingerprint(in: $0.body) } }
        #expect(Set(fingerprints).count == fingerprints.count)
        #expect(fingerprints.count == outcome.posted + 3)
    }

    @Test func repositoryConfigComesFromTheDefaultBranchOnly() async throws {
        let host = sampleHost()
        host.state.withLock {
            $0.defaultBranchFiles[".backend-review.yml"] = """
                disable: [security-hardcoded-secret]
                ignore_paths: ["alembic/**"]
                fail_on: none
                """
            // The PR head tries to switch every check off; it must be ignored.
            $0.files[".backend-review.yml"] = "ignore_paths: [\"**\"]\n"
        }
        let outcome = try await makePipeline(host).review(SamplePullRequest.event(), logger: logger)
        let state = host.state.withLock { $0 }
        #expect(outcome.findings > 0 && outcome.findings < 19)
        #expect(!state.comments.contains { $0.path?.hasPrefix("alembic/") == true })
        #expect(!state.comments.contains { $0.body.contains("rule=security-hardcoded-secret") })
        #expect(state.statuses.last?.state == .success)
        #expect(state.calls.contains("file .backend-review.yml@main"))
        #expect(!state.calls.contains("file .backend-review.yml@head1"))
    }

    @Test func brokenRepositoryConfigIsReportedAndTheReviewGoesOn() async throws {
        let host = sampleHost()
        host.state.withLock { $0.defaultBranchFiles[".backend-review.yml"] = "disable: [a\nfail_on: sometimes\n" }
        let outcome = try await makePipeline(host).review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.findings == 19)
        let summary = host.state.withLock { $0.comments.first { !$0.isInline }?.body ?? "" }
        #expect(summary.contains(".backend-review.yml on main is invalid"))
    }

    @Test func someoneElsesMarkerDoesNotHideAFinding() async throws {
        let host = sampleHost()
        let pipeline = try makePipeline(host)
        _ = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        let first = host.state.withLock { $0.comments.first(where: \.isInline)! }
        // Someone copies the bot's comment (marker included) and the bot's own copy disappears.
        host.state.withLock { state in
            state.comments.removeAll { $0.id == first.id }
            state.comments.append(HostComment(id: "999", body: first.body, author: "mallory", path: first.path, line: first.line))
        }
        let outcome = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.posted == 1)
    }

    @Test(arguments: [(true, true), (false, false)])
    func draftsAndClosedPullRequestsAreSkipped(draft: Bool, open: Bool) async throws {
        let host = sampleHost()
        host.state.withLock {
            $0.snapshot.isDraft = draft
            $0.snapshot.isOpen = open
        }
        let outcome = try await makePipeline(host).review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.skipped != nil)
        #expect(host.state.withLock { $0.comments.isEmpty && $0.statuses.isEmpty })
    }

    @Test func aHostWithoutCredentialsFailsWithTheVariableToSet() async throws {
        let pipeline = ReviewPipeline(hosts: StaticHostResolver([:]), catalog: try CatalogProvider(directory: nil))
        await #expect { try await pipeline.review(SamplePullRequest.event(), logger: self.logger) } throws: { error in
            "\(error)".contains("BACKEND_REVIEW_GITHUB_TOKEN")
        }
    }

    static func diff(_ diff: String, dropping path: String) -> String {
        let parts = diff.components(separatedBy: "diff --git ")
        return parts.filter { !$0.hasPrefix("a/\(path) ") }.joined(separator: "diff --git ")
    }
}

/// The severity labels as the Spanish inline comments print them.
enum OutputLabelsProbe {
    static func label(_ severity: Severity) -> String {
        switch severity {
        case .critical: "**Crítico**"
        case .high: "**Alto**"
        case .medium: "**Medio**"
        case .low: "**Bajo**"
        }
    }
}

@Suite struct HeadContentsCapsTests {
    /// A pull request is hostile input: past the caps, files are read from the diff, and the summary says so.
    @Test func filesPastTheCapsAreReadFromTheDiffAndTheSummarySaysSo() async throws {
        let host = MemoryHost(snapshot: SamplePullRequest.snapshot(), diff: SamplePullRequest.diff, files: SamplePullRequest.files)
        let pipeline = ReviewPipeline(
            hosts: StaticHostResolver([.github: host]), catalog: try CatalogProvider(directory: nil),
            settings: PipelineSettings(maxFetchedFiles: 3, maxFileBytes: 200))
        let outcome = try await pipeline.review(SamplePullRequest.event(), logger: Logger(label: "test"))
        #expect(outcome.findings > 0)
        let state = host.state.withLock { $0 }
        let changed = Set(UnifiedDiff(parsing: SamplePullRequest.diff).files.map { "file \($0.path)@head1" })
        #expect(changed.count > 3)
        #expect(state.calls.filter { changed.contains($0) }.count == 3)
        let summary = state.comments.first { !$0.isInline }?.body ?? ""
        #expect(summary.contains("changed files were read from the diff only (more than 3 changed)"))
        #expect(summary.contains("files larger than 200 bytes were read from the diff only"))
        #expect(state.offDiffRequests == 0)
    }
}
