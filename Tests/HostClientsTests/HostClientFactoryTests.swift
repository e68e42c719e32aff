import HostClients
import Hosts
import Testing

struct HostClientFactoryTests {
    @Test(arguments: HostKind.allCases)
    func makesTheAdapterOfEachKind(kind: HostKind) throws {
        let host = try HostClientFactory.make(
            kind: kind, baseURL: kind == .gitea ? "https://gitea.example/api/v1" : nil,
            credentials: .token(TestSupport.token), httpClient: TestSupport.http, logger: LogCapture().logger
        )
        #expect(host.kind == kind)
    }

    @Test
    func defaultBaseURLs() {
        #expect(HostClientFactory.defaultBaseURL(for: .github) == "https://api.github.com")
        #expect(HostClientFactory.defaultBaseURL(for: .gitlab) == "https://gitlab.com/api/v4")
        #expect(HostClientFactory.defaultBaseURL(for: .gitea) == nil)
    }

    @Test(arguments: [nil, "", "  "] as [String?])
    func giteaWithoutABaseURLSaysWhatToSet(baseURL: String?) {
        let error = #expect(throws: HostClientConfigurationError.self) {
            _ = try HostClientFactory.make(
                kind: .gitea, baseURL: baseURL, credentials: .token(TestSupport.token), httpClient: TestSupport.http,
                logger: LogCapture().logger
            )
        }
        #expect(error?.message.contains("BACKEND_REVIEW_GITEA_API_URL") == true)
        #expect(error?.message.contains(TestSupport.token) == false)
    }

    @Test
    func appCredentialsOnlyFitGitHub() {
        for kind in [HostKind.gitlab, .gitea] {
            #expect(throws: HostClientConfigurationError.self) {
                _ = try HostClientFactory.make(
                    kind: kind, baseURL: "https://example.com/api", credentials: .githubApp(appID: "1", privateKeyPEM: "k"),
                    httpClient: TestSupport.http, logger: LogCapture().logger
                )
            }
        }
    }

    @Test
    func defaultOptionsPaceOnlyGitHub() {
        #expect(HostClientOptions.github.pacing == .perMinute(80))
        #expect(HostClientOptions.github.reviewBatchSize == 30)
        #expect(HostClientOptions.gitlab.pacing == nil)
        #expect(HostClientOptions.gitea.pacing == nil)
        #expect(HostClientOptions.gitea.pageSize == 50)
        #expect(HostClientOptions.github.maxRateLimitWait == .seconds(60))
    }
}
