import Foundation

/// How a provider's non-2xx answer becomes an ``LLMError``: the kind from the status, `Retry-After`, and the
/// provider's own message (OpenAI `{"error": {"message"}}`, Anthropic `{"type": "error", "error": {"type",
/// "message"}}`), clipped and scrubbed of the API key (OpenAI echoes part of a wrong key back).
enum ProviderErrors {
    /// The error for `response`, whose status is not 2xx.
    static func error(for response: ProviderResponse, apiKey: String?) -> LLMError {
        let status = response.status
        let message = clip(scrub(providerMessage(response), apiKey: apiKey))
        let retryAfter = retryAfterSeconds(response)
        switch status {
        case 429:
            return LLMError(kind: .rateLimited, status: status, retryAfter: retryAfter, message: message)
        case 401, 403:
            return LLMError(
                kind: .unauthorized, status: status,
                message: message + " (check llm.api_key / the key file: the provider refused it)"
            )
        case 408:
            return LLMError(kind: .timeout, status: status, message: message)
        case 400..<500:
            return LLMError(kind: .rejected, status: status, message: message)
        case 500..<600:
            // Anthropic's 529 "overloaded" lands here too.
            return LLMError(kind: .server, status: status, retryAfter: retryAfter, message: message)
        default:
            return LLMError(kind: .invalidResponse, status: status, message: "unexpected HTTP status: " + message)
        }
    }

    /// The provider's error message, with its error type when it has one; the start of the body otherwise.
    static func providerMessage(_ response: ProviderResponse) -> String {
        if let json = response.json, let error = json["error"] {
            if let message = error["message"]?.string {
                let type = error["type"]?.string ?? error["code"]?.string
                return type.map { "\($0): \(message)" } ?? message
            }
            if let text = error.string { return text }  // Ollama and llama.cpp: {"error": "..."}
        }
        let text = response.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "HTTP \(response.status) with an empty body" : text
    }

    /// `Retry-After` in seconds (a number or an HTTP date); OpenAI's `retry-after-ms` first when given.
    static func retryAfterSeconds(_ response: ProviderResponse, now: Date = Date()) -> Double? {
        if let text = response.header("retry-after-ms"), let milliseconds = Double(text), milliseconds.isFinite,
           milliseconds >= 0
        {
            return milliseconds / 1000
        }
        guard let text = response.header("retry-after")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(text) {
            return seconds.isFinite && seconds >= 0 ? seconds : nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// `text` with every occurrence of the key replaced.
    static func scrub(_ text: String, apiKey: String?) -> String {
        guard let apiKey, apiKey.count >= 4 else { return text }
        return text.replacingOccurrences(of: apiKey, with: "[redacted]")
    }

    /// At most `limit` characters, on one line.
    static func clip(_ text: String, limit: Int = 300) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= limit ? line : String(line.prefix(limit)) + "…"
    }
}
