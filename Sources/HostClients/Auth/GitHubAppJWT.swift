import Crypto
import Foundation
import _CryptoExtras

/// The JSON Web Token a GitHub App signs to call `/app` endpoints and to obtain installation tokens:
/// RS256 (RSASSA-PKCS1-v1_5 with SHA-256), `iat` 60 s in the past for clock drift, `exp` 9 minutes ahead
/// (GitHub's cap is 10), `iss` the app id.
public enum GitHubAppJWT {
    /// Signs a JWT for `appID` at `now`.
    ///
    /// A numeric `appID` is written as a JSON number, anything else (a client id such as `Iv1.abc`) as a string;
    /// GitHub accepts both.
    public static func make(appID: String, privateKey: _RSA.Signing.PrivateKey, now: Date) throws -> String {
        let issuedAt = Int(now.timeIntervalSince1970.rounded(.down)) - 60
        let expiresAt = issuedAt + 60 + 540
        let issuer = appID.allSatisfy(\.isASCIIDigit) && !appID.isEmpty ? appID : jsonString(appID)
        let header = #"{"alg":"RS256","typ":"JWT"}"#
        let payload = #"{"iat":\#(issuedAt),"exp":\#(expiresAt),"iss":\#(issuer)}"#
        let signingInput = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(payload.utf8))
        let signature = try privateKey.signature(for: Array(signingInput.utf8), padding: .insecurePKCS1v1_5)
        return signingInput + "." + Base64URL.encode(signature.rawRepresentation)
    }

    /// Reads a PEM private key (PKCS#1 or PKCS#8, at least 2048 bits).
    ///
    /// - Throws: ``HostClientConfigurationError`` naming the problem, never the key.
    public static func privateKey(pem: String) throws(HostClientConfigurationError) -> _RSA.Signing.PrivateKey {
        do {
            return try _RSA.Signing.PrivateKey(pemRepresentation: pem)
        } catch {
            throw HostClientConfigurationError(
                "GitHub App private key is not a PEM RSA private key of at least 2048 bits; "
                    + "use the .pem file downloaded from the app's settings"
            )
        }
    }

    private static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
