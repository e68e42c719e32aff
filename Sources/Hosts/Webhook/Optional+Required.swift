/// Helpers for required fields that are optional in the payload structs, so an event the bot ignores never
/// fails on fields it does not need.
extension Optional {
    func required(_ path: @autoclosure () -> String, host: HostKind) throws(WebhookDecodingError) -> Wrapped {
        guard let value = self else { throw .missingField(path(), host: host) }
        return value
    }
}
