/// How a host says there is another page of a list.
public enum PaginationStyle: Sendable, Hashable {
    /// GitHub and Gitea: `Link: <…?page=2>; rel="next"`.
    case linkHeader
    /// GitLab: `X-Next-Page: 2`, empty on the last page.
    case nextPageHeader
}
