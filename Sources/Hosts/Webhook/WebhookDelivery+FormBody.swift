import Foundation

extension WebhookDelivery {
    /// Whether the host sent the payload form-encoded (`payload=<url-encoded JSON>`), which GitHub and Gitea
    /// offer besides JSON.
    public var isFormEncoded: Bool {
        headers["Content-Type"]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true
    }

    /// The JSON document of the delivery: the body itself, or the `payload` field of a form-encoded body.
    func jsonPayload() throws(WebhookDecodingError) -> Data {
        guard isFormEncoded else { return body }
        guard let form = String(data: body, encoding: .utf8) else {
            throw .malformedJSON("form-encoded body is not UTF-8", host: host)
        }
        for field in form.split(separator: "&", omittingEmptySubsequences: true) {
            guard field.hasPrefix("payload=") else { continue }
            let encoded = field.dropFirst("payload=".count).replacingOccurrences(of: "+", with: " ")
            guard let json = encoded.removingPercentEncoding else {
                throw .malformedJSON("form field 'payload' has invalid percent-encoding", host: host)
            }
            return Data(json.utf8)
        }
        throw .malformedJSON("form-encoded body has no 'payload' field", host: host)
    }
}
