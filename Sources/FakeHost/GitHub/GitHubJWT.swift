import Foundation

/// Checks a GitHub App JWT the way GitHub does before the signature: RS256 header, `iss` is the
/// app id, `exp` in the future but at most ten minutes ahead, `iat` not in the future. The RS256
/// signature is checked only when the test gave a verifier (FakeHost has no crypto of its own).
enum GitHubJWT {
    static func looksLikeJWT(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = decodeJSON(parts[0]) else { return false }
        return header["alg"] != nil
    }

    /// Nil when acceptable; otherwise GitHub's 401 message.
    static func problem(with token: String, app: GitHubAppConfig, now: Date) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = decodeJSON(parts[0]), let payload = decodeJSON(parts[1]) else {
            return "A JSON web token could not be decoded"
        }
        guard header["alg"]?.stringValue == "RS256" else { return "A JSON web token could not be decoded" }
        let issuer = payload["iss"]?.stringValue ?? payload["iss"]?.intValue.map(String.init)
        guard issuer == app.appID else { return "'Issuer' claim ('iss') must be an Integer" }
        guard let expiry = payload["exp"]?.intValue else {
            return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
        }
        guard let issuedAt = payload["iat"]?.intValue else {
            return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
        }
        let nowSeconds = Int(now.timeIntervalSince1970)
        if expiry <= nowSeconds {
            return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
        }
        if expiry > nowSeconds + 600 + 30 { return "'Expiration time' claim ('exp') is too far in the future" }
        if issuedAt > nowSeconds + 30 {
            return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
        }
        if let verify = app.verifySignature {
            let signingInput = Array("\(parts[0]).\(parts[1])".utf8)
            guard let signature = base64URLDecode(parts[2]), verify(signingInput, signature) else {
                return "A JSON web token could not be decoded"
            }
        }
        return nil
    }

    private static func decodeJSON(_ part: Substring) -> JSON? {
        guard let bytes = base64URLDecode(part) else { return nil }
        let json = try? JSONDecoder().decode(JSON.self, from: Data(bytes))
        return json?.objectMembers == nil ? nil : json
    }

    static func base64URLDecode(_ part: Substring) -> [UInt8]? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text).map { [UInt8]($0) }
    }
}
