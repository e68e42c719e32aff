/// One `name=value` pair of a request's query, unencoded; ``HostHTTPClient`` encodes it.
public struct QueryItem: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The value.
    public var value: String

    /// Creates a query item.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [QueryItem] {
    /// This query with `name` set to `value`, replacing an earlier value.
    func setting(_ name: String, to value: String) -> [QueryItem] {
        var items = filter { $0.name != name }
        items.append(QueryItem(name, value))
        return items
    }
}
