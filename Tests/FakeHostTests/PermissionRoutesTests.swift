import FakeHost
import Foundation
import Testing

@Suite("Permission endpoints")
struct PermissionRoutesTests {
    private let repo = "octo/app"

    private func githubPermission(_ host: FakeHostServer, _ user: String) async throws -> TestResponse {
        try await HTTP.get(
            "\(host.baseURL(for: .github))/repos/octo/app/collaborators/\(user)/permission", headers: Fixtures.auth(.github)
        )
    }

    private func giteaPermission(_ host: FakeHostServer, _ user: String, token: String = Fixtures.token) async throws -> TestResponse {
        try await HTTP.get(
            "\(host.baseURL(for: .gitea))/repos/octo/app/collaborators/\(user)/permission",
            headers: Fixtures.auth(.gitea, token)
        )
    }

    @Test(arguments: [
        (FakePermission.admin, "admin"), (.maintain, "write"), (.write, "write"), (.triage, "read"), (.read, "read"),
        (.none, "none"),
    ])
    func githubAnswersTheLegacyPermissionAndTheRoleName(role: FakePermission, legacy: String) async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        host.setPermission(.github, repository: repo, user: "Dev", permission: role)
        let response = try await githubPermission(host, "dev")
        #expect(response.status == 200)
        #expect(response.object["permission"] as? String == legacy)
        #expect(response.object["role_name"] as? String == role.rawValue)
        #expect(response.object["user", "login"] as? String == "dev")
        #expect(response.object["user", "permissions", "push"] as? Bool == (role >= .write))
        await host.stop()
    }

    @Test func githubDefaultsTheBotAndOwnerToAdminOthersToNoneAndUnknownLoginsTo404() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        #expect(try await githubPermission(host, "backend-review-bot").object["role_name"] as? String == "admin")
        #expect(try await githubPermission(host, "octo").object["permission"] as? String == "admin")
        // The pull request's author is a known user without a role.
        #expect(try await githubPermission(host, "alice").object["permission"] as? String == "none")
        let ghost = try await githubPermission(host, "ghost")
        #expect(ghost.status == 404)
        #expect(ghost.object["message"] as? String == "Not Found")
        await host.stop()
    }

    @Test func gitlabListsMembersMatchingTheQueryWithAccessLevels() async throws {
        let host = try await Fixtures.server(.gitlab, repo: "group/app")
        host.setPermission(.gitlab, repository: "group/app", user: "dev", permission: .write)
        host.setPermission(.gitlab, repository: "group/app", user: "dev-lead", permission: .maintain)
        host.setPermission(.gitlab, repository: "group/app", user: "devops", permission: .none)
        host.setPermission(.gitlab, repository: "group/app", user: "reader", permission: .read)
        let base = "\(host.baseURL(for: .gitlab))/projects/group%2Fapp/members/all"
        let devs = try await HTTP.get("\(base)?query=DEV", headers: Fixtures.auth(.gitlab))
        #expect(devs.status == 200)
        #expect(devs.array.map { $0["username"] as? String } == ["dev", "dev-lead"])
        #expect(devs.array.map { $0["access_level"] as? Int } == [30, 40])
        #expect(devs.array.allSatisfy { $0["state"] as? String == "active" })

        let everyone = try await HTTP.get("\(base)?per_page=2&page=1", headers: Fixtures.auth(.gitlab))
        #expect(everyone.array.map { $0["username"] as? String } == ["backend-review-bot", "dev"])
        #expect(everyone.array.first?["access_level"] as? Int == 50)
        #expect(everyone.header("x-next-page") == "2")
        let last = try await HTTP.get("\(base)?per_page=2&page=2", headers: Fixtures.auth(.gitlab))
        #expect(last.array.map { $0["username"] as? String } == ["dev-lead", "reader"])
        #expect(last.header("x-next-page") == "")
        await host.stop()
    }

    @Test(arguments: [
        (FakePermission.admin, "admin"), (.maintain, "write"), (.write, "write"), (.triage, "read"), (.read, "read"),
        (.none, "none"),
    ])
    func giteaAnswersTheAccessMode(role: FakePermission, mode: String) async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        host.setPermission(.gitea, repository: repo, user: "dev", permission: role)
        let response = try await giteaPermission(host, "dev")
        #expect(response.status == 200)
        #expect(response.object["permission"] as? String == mode)
        #expect(response.object["role_name"] as? String == mode)
        #expect(response.object["user", "login"] as? String == "dev")
        await host.stop()
    }

    @Test func giteaTellsOnlyRepositoryAdminsAboutOthers() async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        #expect(try await giteaPermission(host, "octo").object["permission"] as? String == "owner")
        #expect(try await giteaPermission(host, "ghost").status == 404)

        host.setPermission(.gitea, repository: repo, user: "backend-review-bot", permission: .write)
        let refused = try await giteaPermission(host, "octo")
        #expect(refused.status == 403)
        #expect((refused.object["message"] as? String)?.contains("repo admins can query all repo permissions") == true)
        // Anyone may ask about themselves.
        #expect(try await giteaPermission(host, "backend-review-bot").object["permission"] as? String == "write")
        await host.stop()
    }
}
