import Hosts

extension HostHTTPClient {
    /// Fetches every page of a JSON list, starting with `first` and following the host's next-page signal.
    ///
    /// The next page is always requested under the configured base URL with the original path: only the query
    /// of a `Link` target is used, so a link pointing elsewhere can never receive the credentials.
    ///
    /// - Parameter maxPages: A guard against a host that never stops; more pages fail as `invalidResponse`.
    public func paginate<Element: Decodable>(
        _ first: HostRequest, style: PaginationStyle, as type: Element.Type = Element.self, maxPages: Int = 200
    ) async throws -> [Element] {
        var request = first
        var elements: [Element] = []
        for _ in 0..<maxPages {
            let response = try await send(request)
            elements += try decode([Element].self, from: response, request: request)
            guard let next = nextPageQuery(response, current: request, style: style) else { return elements }
            request.query = next
        }
        throw HostAPIError(
            kind: .invalidResponse, request: first.summary, message: "more than \(maxPages) pages; stopped"
        )
    }

    private func nextPageQuery(_ response: HostResponse, current: HostRequest, style: PaginationStyle) -> [QueryItem]? {
        switch style {
        case .linkHeader:
            guard let target = LinkHeader.next(in: response.headers["link"]) else { return nil }
            let items = LinkHeader.queryItems(of: target)
            return items.isEmpty ? nil : items
        case .nextPageHeader:
            guard let page = response.headers["x-next-page"], !page.isEmpty, Int(page) != nil else { return nil }
            return current.query.setting("page", to: page)
        }
    }
}
