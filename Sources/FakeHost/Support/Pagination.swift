/// Page and page size of a list request, and the headers the hosts answer with: GitHub and Gitea
/// a `Link` header (`rel="next"` etc.), GitLab `X-Next-Page` and friends.
struct Pagination: Sendable {
    var page: Int
    var perPage: Int

    /// Reads `pageName`/`sizeName` from the query; bad or missing values fall back to the host's defaults.
    init(_ request: FakeRequest, sizeName: String, defaultSize: Int, maxSize: Int) {
        let requestedPage = request.query("page").flatMap { Int($0) } ?? 1
        page = max(requestedPage, 1)
        let requestedSize = request.query(sizeName).flatMap { Int($0) } ?? defaultSize
        perPage = requestedSize < 1 ? defaultSize : min(requestedSize, maxSize)
    }

    func slice<T>(_ items: [T]) -> [T] {
        let start = (page - 1) * perPage
        guard start < items.count else { return [] }
        return Array(items[start..<min(start + perPage, items.count)])
    }

    func totalPages(_ count: Int) -> Int {
        max((count + perPage - 1) / perPage, 1)
    }

    /// GitHub's and Gitea's `Link` header; nil when everything fits on one page.
    func linkHeader(_ request: FakeRequest, total: Int, separator: String) -> String? {
        let last = totalPages(total)
        var links: [String] = []
        if page > 1 { links.append("<\(url(request, page: min(page - 1, last)))>; rel=\"prev\"") }
        if page < last { links.append("<\(url(request, page: page + 1))>; rel=\"next\"") }
        if last > 1 { links.append("<\(url(request, page: last))>; rel=\"last\"") }
        if page > 1 { links.append("<\(url(request, page: 1))>; rel=\"first\"") }
        return links.isEmpty ? nil : links.joined(separator: separator)
    }

    /// GitLab's pagination headers: `X-Next-Page` is empty on the last page.
    func gitlabHeaders(_ request: FakeRequest, total: Int) -> [(name: String, value: String)] {
        let last = totalPages(total)
        var headers: [(name: String, value: String)] = [
            ("x-page", String(page)), ("x-per-page", String(perPage)),
            ("x-next-page", page < last ? String(page + 1) : ""),
            ("x-prev-page", page > 1 ? String(page - 1) : ""),
            ("x-total", String(total)), ("x-total-pages", String(last)),
        ]
        if let link = linkHeader(request, total: total, separator: ", ") { headers.append(("link", link)) }
        return headers
    }

    /// The request's own URL with `page` replaced.
    private func url(_ request: FakeRequest, page: Int) -> String {
        var items = request.queryItems.filter { $0.name != "page" }
        items.append(("page", String(page)))
        let query = items.map { "\(PercentDecoding.encodeQueryValue($0.name))=\(PercentDecoding.encodeQueryValue($0.value))" }
        return request.origin + request.path + "?" + query.joined(separator: "&")
    }
}
