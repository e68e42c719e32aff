/// GitHub's error bodies: `message`, `documentation_url` and `status` as a string.
enum GitHubErrors {
    static let badCredentials = error(401, "Bad credentials")
    static let notFound = error(404, "Not Found")
    static let notAccessibleByIntegration = error(403, "Resource not accessible by integration")
    static let problemsParsingJSON = error(400, "Problems parsing JSON")

    static func error(_ status: Int, _ message: String) -> FakeResponse {
        .json(status, ["message": .string(message), "documentation_url": "https://docs.github.com/rest", "status": .string(String(status))])
    }

    /// 422 with plain-string `errors`, the shape review-thread rejections come in.
    static func unprocessable(_ errors: [String]) -> FakeResponse {
        .json(
            422,
            [
                "message": "Unprocessable Entity", "errors": .array(errors.map { .string($0) }),
                "documentation_url": "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request",
                "status": "422",
            ]
        )
    }

    /// 422 "Validation Failed" with one field error object.
    static func validationFailed(resource: String, field: String, code: String, message: String? = nil) -> FakeResponse {
        var detail: JSON = ["resource": .string(resource), "code": .string(code), "field": .string(field)]
        if let message { detail.set(path: ["message"], to: .string(message)) }
        return .json(
            422,
            ["message": "Validation Failed", "errors": [detail], "documentation_url": "https://docs.github.com/rest", "status": "422"]
        )
    }

    /// GitHub's comment length limit.
    static let maxBodyCharacters = 65_536
}
