/// Looking up a call's arguments.
extension Call {
    /// The keyword argument `name=...`, if the call passes one (`session.get(Model, id, with_for_update=True)`).
    public func argument(named name: String) -> Argument? {
        arguments.first { $0.keyword == name }
    }

    /// Positional arguments (including `*a` and `**k`), in order.
    public var positionalArguments: [Argument] {
        arguments.filter { $0.keyword == nil }
    }
}
