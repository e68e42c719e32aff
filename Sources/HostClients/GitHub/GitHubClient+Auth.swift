import Foundation
import Hosts

extension GitHubClient {
    /// The login the bot posts as: the token's user, or `slug[bot]` for an App.
    public func botLogin() async throws -> String {
        switch auth {
        case .token:
            let request = try await authorized(HostRequest(.get, "/user"), for: nil)
            return try await http.json(request, as: GitHubAPI.User.self).login
        case .app(let app):
            let jwt = try app.jwt()
            let request = HostRequest(.get, "/app").adding(header: "Authorization", "Bearer \(jwt)")
            return try await http.json(request, as: GitHubAPI.App.self).slug + "[bot]"
        }
    }

    /// Sends a request about `repository` with the right credentials. A 401 drops the cached installation token,
    /// so the next call fetches a new one.
    func send(_ request: HostRequest, about repository: RepositoryInfo) async throws -> HostResponse {
        let signed = try await authorized(request, for: repository)
        do {
            return try await http.send(signed)
        } catch let error as HostAPIError where error.kind == .unauthorized {
            if case .app(let app) = auth {
                var stale = installationID
                if stale == nil { stale = try? await self.installation(of: repository, app) }
                if let stale { await app.tokens.invalidate(stale) }
            }
            throw error
        }
    }

    /// Sends and decodes a request about `repository`.
    func json<T: Decodable>(_ request: HostRequest, about repository: RepositoryInfo, as type: T.Type) async throws -> T {
        let response = try await send(request, about: repository)
        return try http.decode(type, from: response, request: request)
    }

    /// `request` with an `Authorization` header: the token, or the installation token for `repository`.
    func authorized(_ request: HostRequest, for repository: RepositoryInfo?) async throws -> HostRequest {
        switch auth {
        case .token(let token):
            return request.adding(header: "Authorization", "Bearer \(token)")
        case .app(let app):
            let installation: Int
            if let installationID {
                installation = installationID
            } else if let repository {
                installation = try await self.installation(of: repository, app)
            } else {
                throw HostAPIError(
                    kind: .unauthorized, request: request.summary,
                    message: "a GitHub App needs an installation for this call; use forInstallation(_:)"
                )
            }
            let token = try await app.tokens.value(for: installation, now: app.now) {
                try await fetchInstallationToken(installation, app)
            }
            return request.adding(header: "Authorization", "Bearer \(token)")
        }
    }

    /// The App's installation on `repository`, cached per repository.
    private func installation(of repository: RepositoryInfo, _ app: GitHubAppAuthenticator) async throws -> Int {
        try await app.installations.value(for: repository.fullPath.lowercased(), now: app.now) {
            let jwt = try app.jwt()
            let request = HostRequest(.get, repoPath(repository) + "/installation")
                .adding(header: "Authorization", "Bearer \(jwt)")
            let installation = try await http.json(request, as: GitHubAPI.Installation.self)
            return .init(value: installation.id, staleAt: nil)
        }
    }

    /// `POST /app/installations/{id}/access_tokens`, signed with the App JWT. Not paced: it creates no content.
    private func fetchInstallationToken(
        _ installation: Int, _ app: GitHubAppAuthenticator
    ) async throws -> SingleFlightCache<Int, String>.Entry {
        let jwt = try app.jwt()
        let request = HostRequest(.post, "/app/installations/\(installation)/access_tokens", isPaced: false)
            .adding(header: "Authorization", "Bearer \(jwt)")
        let token = try await http.json(request, as: GitHubAPI.InstallationToken.self)
        guard let expiresAt = ISO8601Timestamp.parse(token.expiresAt) else {
            throw HostAPIError(
                kind: .invalidResponse, status: 201, request: request.summary,
                message: "expires_at is not an RFC 3339 timestamp"
            )
        }
        return .init(value: token.token, staleAt: expiresAt - GitHubAppAuthenticator.refreshMargin)
    }
}
