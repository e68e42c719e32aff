import FakeHost
import Foundation
import Testing

@Suite("GitLab discussions and positions")
struct GitLabDiscussionTests {
    let repo = "group/app"

    private func position(newLine: Int?, oldLine: Int?, path: String = "app/service.py", head: String = Fixtures.headSHA) -> String {
        let lines = [newLine.map { #""new_line":\#($0)"# }, oldLine.map { #""old_line":\#($0)"# }].compactMap { $0 }
        return #"""
            {"body":"finding","position":{"position_type":"text","base_sha":"\#(Fixtures.baseSHA)","start_sha":"\#(Fixtures.baseSHA)",
             "head_sha":"\#(head)","old_path":"\#(path)","new_path":"\#(path)"\#(lines.isEmpty ? "" : ",")\#(lines.joined(separator: ","))}}
            """#
    }

    private func discuss(_ host: FakeHostServer, _ json: String, contentType: String? = nil) async throws -> TestResponse {
        try await HTTP.send(
            .POST, "\(host.baseURL(for: .gitlab))/projects/group%2Fapp/merge_requests/7/discussions",
            headers: Fixtures.auth(.gitlab), json: json, contentType: contentType
        )
    }

    @Test func diffNotesOnAddedContextAndRemovedLines() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let added = try await discuss(host, position(newLine: 5, oldLine: nil))
        #expect(added.status == 201)
        #expect((added.object["id"] as? String)?.count == 40)
        let note = try #require((added.object["notes"] as? [[String: Any]])?.first)
        #expect(note["type"] as? String == "DiffNote")
        #expect(note["author", "username"] as? String == "backend-review-bot")
        #expect(note["position", "new_line"] as? Int == 5)
        #expect(note["position", "head_sha"] as? String == Fixtures.headSHA)

        #expect(try await discuss(host, position(newLine: 4, oldLine: 3)).status == 201)
        #expect(try await discuss(host, position(newLine: nil, oldLine: 4)).status == 201)

        let stored = host.inlineComments(.gitlab, repo, number: 7)
        #expect(stored.map(\.line) == [5, 4, nil])
        #expect(stored.map(\.oldLine) == [nil, 3, 4])
        #expect(stored.allSatisfy { $0.discussionID != nil && $0.noteType == "DiffNote" })

        let notes = try await HTTP.get(
            "\(host.baseURL(for: .gitlab))/projects/group%2Fapp/merge_requests/7/notes?sort=asc&per_page=100",
            headers: Fixtures.auth(.gitlab)
        )
        #expect(notes.array.map { $0["type"] as? String } == ["DiffNote", "DiffNote", "DiffNote"])
        #expect(notes.array.first?["position", "new_path"] as? String == "app/service.py")
        await host.stop()
    }

    @Test(arguments: [
        (5, 4),  // an added line named with an old line too
        (4, nil),  // a context line needs both numbers
        (9, nil),  // past the hunk
        (nil, 9),
    ] as [(Int?, Int?)])
    func positionsOffTheDiffAreRejected(newLine: Int?, oldLine: Int?) async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let response = try await discuss(host, position(newLine: newLine, oldLine: oldLine))
        #expect(response.status == 400)
        #expect((response.object["message"] as? String)?.contains("line_code") == true)
        #expect(host.inlineComments(.gitlab, repo, number: 7).isEmpty)
        await host.stop()
    }

    @Test func positionsMustCarryTheCurrentDiffRefs() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        #expect(try await discuss(host, position(newLine: 5, oldLine: nil, head: "f00")).status == 400)
        #expect(try await discuss(host, position(newLine: 1, oldLine: nil, path: "app/missing.py")).status == 400)

        try host.push(.gitlab, repo, number: 7, headSHA: Fixtures.secondHeadSHA, diff: Fixtures.pushedDiff)
        let mr = try await HTTP.get("\(host.baseURL(for: .gitlab))/projects/group%2Fapp/merge_requests/7", headers: Fixtures.auth(.gitlab))
        #expect(mr.object["diff_refs", "head_sha"] as? String == Fixtures.secondHeadSHA)
        #expect(try await discuss(host, position(newLine: 5, oldLine: nil)).status == 400)
        #expect(try await discuss(host, position(newLine: 7, oldLine: nil, head: Fixtures.secondHeadSHA)).status == 201)
        #expect(host.inlineComments(.gitlab, repo, number: 7).map(\.commitID) == [Fixtures.secondHeadSHA])
        await host.stop()
    }

    @Test func formEncodedPositionsAndGeneralDiscussions() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let form = [
            "body=form%20note", "position[position_type]=text", "position[base_sha]=\(Fixtures.baseSHA)",
            "position[start_sha]=\(Fixtures.baseSHA)", "position[head_sha]=\(Fixtures.headSHA)",
            "position[old_path]=app/new.py", "position[new_path]=app/new.py", "position[new_line]=2",
        ].joined(separator: "&")
        let response = try await discuss(host, form, contentType: "application/x-www-form-urlencoded")
        #expect(response.status == 201)
        #expect(host.inlineComments(.gitlab, repo, number: 7).first?.line == 2)

        let general = try await discuss(host, #"{"body":"thread without position"}"#)
        #expect(general.status == 201)
        #expect(host.issueComments(.gitlab, repo, number: 7).first?.noteType == "DiscussionNote")
        await host.stop()
    }
}
