import Foundation

/// Reads RFC 8288 `Link` headers, as GitHub and Gitea paginate with them.
enum LinkHeader {
    /// The target of the `rel="next"` link, or `nil` when there is none.
    static func next(in header: String?) -> String? {
        guard let header else { return nil }
        for link in header.split(separator: ",") {
            let parts = link.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let target = parts.first, target.hasPrefix("<"), target.hasSuffix(">") else { continue }
            let isNext = parts.dropFirst().contains { parameter in
                let pair = parameter.split(separator: "=", maxSplits: 1).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard pair.count == 2, pair[0].lowercased() == "rel" else { return false }
                let relations = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return relations.split(separator: " ").contains { $0.lowercased() == "next" }
            }
            if isNext { return String(target.dropFirst().dropLast()) }
        }
        return nil
    }

    /// The query items of a link target, decoded.
    static func queryItems(of target: String) -> [QueryItem] {
        guard let start = target.firstIndex(of: "?") else { return [] }
        let query = target[target.index(after: start)...].split(separator: "#").first ?? ""
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            return QueryItem(decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
