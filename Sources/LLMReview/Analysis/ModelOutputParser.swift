import Foundation

/// Reads the findings out of a model's answer, whatever shape it came in: `{"findings": [...]}`, a bare
/// array, either one wrapped in a code fence or in prose, or cut off by the output cap (the complete findings
/// before the cut are kept). Each entry is read on its own, so one bad entry costs only itself (`malformed`).
///
/// ```swift
/// let output = ModelOutputParser.parse(completion.text)
/// output.candidates   // well-formed entries, not yet verified
/// output.dropped      // ["malformed": 1]
/// ```
public enum ModelOutputParser {
    /// Parses one answer. Never fails: an answer without JSON gives `foundJSON == false`.
    public static func parse(_ text: String) -> ModelOutput {
        let scanner = ModelAnswerScanner(text)
        if let start = scanner.findingsArray() ?? scanner.bareArray() {
            guard scanner.bytes[start] == UInt8(ascii: "[") else { return ModelOutput() }  // "findings": null
            return readArray(scanner, from: start)
        }
        // A single finding object instead of a list.
        if let start = scanner.firstObject() {
            guard let end = scanner.endOfContainer(from: start) else {
                // A finding cut off before its end, or prose with a stray brace.
                guard text.contains("\"path\"") else { return ModelOutput(foundJSON: false) }
                return ModelOutput(dropped: [DropReason.truncated.rawValue: 1], truncated: true)
            }
            guard let object = jsonObject(scanner.bytes[start..<end]), object["path"] != nil else {
                return ModelOutput(foundJSON: false)
            }
            return entry(object).map { ModelOutput(candidates: [$0]) }
                ?? ModelOutput(dropped: [DropReason.malformed.rawValue: 1])
        }
        return ModelOutput(foundJSON: false)
    }

    private static func readArray(_ scanner: ModelAnswerScanner, from start: Int) -> ModelOutput {
        var output = ModelOutput()
        let bytes = scanner.bytes
        var index = start + 1
        while true {
            index = scanner.skipWhitespace(from: index)
            guard index < bytes.count else {
                output.truncated = true
                return output
            }
            switch bytes[index] {
            case UInt8(ascii: "]"):
                return output
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard let end = scanner.endOfContainer(from: index) else {
                    output.truncated = true
                    output.dropped.add(.truncated)
                    return output
                }
                if let object = jsonObject(bytes[index..<end]), let candidate = entry(object) {
                    output.candidates.append(candidate)
                } else {
                    output.dropped.add(.malformed)
                }
                index = end
            default:
                output.dropped.add(.malformed)
                index = max(scanner.endOfElement(from: index), index + 1)
            }
        }
    }

    private static func jsonObject(_ bytes: ArraySlice<UInt8>) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
    }

    /// A candidate from one entry; nil when a required field is missing or of the wrong type.
    private static func entry(_ object: [String: Any]) -> ModelFindingCandidate? {
        guard let rawPath = object["path"] as? String, let line = integer(object["line"]),
            let severity = object["severity"] as? String, let section = object["section"] as? String,
            let title = object["title"] as? String
        else { return nil }
        var path = rawPath.trimmingCharacters(in: .whitespacesAndNewlines)
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasPrefix("/") { path.removeFirst() }
        guard !path.isEmpty else { return nil }
        return ModelFindingCandidate(
            path: path, line: line, endLine: integer(object["end_line"]), severity: severity, section: section,
            title: title, analysis: object["analysis"] as? String ?? "", solution: object["solution"] as? String ?? "",
            why: object["why"] as? String ?? "", considerations: strings(object["considerations"]))
    }

    /// An integer given as a number (`42`, `42.0`) or a numeric string (`"42"`).
    private static func integer(_ value: Any?) -> Int? {
        switch value {
        case let number as Int: return number
        case let number as Double where number.rounded() == number && abs(number) < 1e12: return Int(number)
        case let text as String: return Int(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    private static func strings(_ value: Any?) -> [String] {
        switch value {
        case let list as [Any]: return list.compactMap { $0 as? String }
        case let text as String: return text.isEmpty ? [] : [text]
        default: return []
        }
    }
}
