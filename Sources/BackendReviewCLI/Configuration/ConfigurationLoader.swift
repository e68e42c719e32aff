import Foundation

/// Resolves each key from its layers (flag > environment > file > default), parses it, records the effective
/// value for `config check`, and collects every problem instead of stopping at the first.
struct ConfigurationLoader {
    /// A value before parsing, with where it was set.
    struct RawValue: Sendable {
        var text: String
        var source: ValueSource
    }

    /// What `config check` prints for one key.
    struct Effective: Sendable {
        var display: String
        var source: ValueSource?
    }

    private var candidates: [String: [RawValue]] = [:]
    private(set) var diagnostics: [ConfigDiagnostic] = []
    private(set) var effective: [String: Effective] = [:]
    /// Relative paths in the file are relative to the file's directory, so a config can sit next to its secrets.
    private let fileDirectory: URL?

    /// - Parameters:
    ///   - flags: values from the command line, by key path, with the flag's name (`--port`).
    init(file: ConfigYAML?, environment: [String: String], flags: [String: (value: String, flag: String)]) {
        if let file {
            fileDirectory = URL(fileURLWithPath: file.path).deletingLastPathComponent()
            for (path, entry) in file.entries {
                candidates[path, default: []].append(RawValue(text: entry.text, source: .file(path: file.path, line: entry.line)))
            }
        } else {
            fileDirectory = nil
        }
        for key in ConfigKey.all {
            // An empty variable counts as unset, as compose files often pass `NAME=` for "not configured".
            if let value = environment[key.environment], !value.isEmpty {
                candidates[key.path, default: []].append(RawValue(text: value, source: .environment(key.environment)))
            }
        }
        for (path, flag) in flags {
            candidates[path, default: []].append(RawValue(text: flag.value, source: .flag(flag.flag)))
        }
    }

    /// The value that wins for `key`, if any layer set it.
    func raw(_ key: ConfigKey) -> RawValue? {
        candidates[key.path]?.max { $0.source.precedence < $1.source.precedence }
    }

    mutating func report(_ diagnostic: ConfigDiagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func record(_ key: ConfigKey, _ display: String, _ source: ValueSource?) {
        effective[key.path] = Effective(display: display, source: source)
    }

    // MARK: Typed values

    mutating func string(_ key: ConfigKey, default value: String) -> String {
        guard let raw = raw(key) else {
            record(key, value, .defaultValue)
            return value
        }
        record(key, raw.text, raw.source)
        return raw.text
    }

    mutating func int(_ key: ConfigKey, default value: Int, range: ClosedRange<Int>, hint: String) -> Int {
        guard raw(key) != nil else {
            record(key, "\(value)", .defaultValue)
            return value
        }
        return optionalInt(key, range: range, hint: hint) ?? value
    }

    /// An integer, or `nil` when unset or invalid (the error is reported).
    mutating func optionalInt(_ key: ConfigKey, range: ClosedRange<Int>, hint: String) -> Int? {
        guard let raw = raw(key) else {
            record(key, "<not set>", nil)
            return nil
        }
        guard let number = Int(raw.text.replacingOccurrences(of: "_", with: "")), range.contains(number) else {
            report(.error(key.path, "'\(raw.text)' is not valid; \(hint)", at: raw.source))
            record(key, "<invalid>", raw.source)
            return nil
        }
        record(key, "\(number)", raw.source)
        return number
    }

    mutating func bool(_ key: ConfigKey, default value: Bool) -> Bool {
        guard raw(key) != nil else {
            record(key, "\(value)", .defaultValue)
            return value
        }
        return optionalBool(key) ?? value
    }

    mutating func optionalBool(_ key: ConfigKey) -> Bool? {
        guard let raw = raw(key) else { return nil }
        switch raw.text.lowercased() {
        case "true", "yes", "on", "1":
            record(key, "true", raw.source)
            return true
        case "false", "no", "off", "0":
            record(key, "false", raw.source)
            return false
        default:
            report(.error(key.path, "'\(raw.text)' is not a boolean; use true or false", at: raw.source))
            record(key, "<invalid>", raw.source)
            return nil
        }
    }

    /// A decimal number in `range`.
    mutating func double(_ key: ConfigKey, default value: Double, range: ClosedRange<Double>, hint: String) -> Double {
        guard let raw = raw(key) else {
            record(key, "\(value)", .defaultValue)
            return value
        }
        guard let number = Double(raw.text), range.contains(number) else {
            report(.error(key.path, "'\(raw.text)' is not valid; \(hint)", at: raw.source))
            record(key, "<invalid>", raw.source)
            return value
        }
        record(key, "\(number)", raw.source)
        return number
    }

    /// One of a fixed set of words (`text`/`json`, a severity).
    mutating func choice<Value>(
        _ key: ConfigKey, default value: Value, _ parse: (String) -> Value?, allowed: [String]
    ) -> Value {
        guard let raw = raw(key) else {
            record(key, "\(value)", .defaultValue)
            return value
        }
        guard let parsed = parse(raw.text.lowercased()) else {
            report(.error(key.path, "'\(raw.text)' is not one of: \(allowed.joined(separator: ", "))", at: raw.source))
            record(key, "<invalid>", raw.source)
            return value
        }
        record(key, "\(parsed)", raw.source)
        return parsed
    }

    /// A filesystem path; relative paths from the file are resolved against the file's directory.
    mutating func path(_ key: ConfigKey, default value: String?) -> String? {
        guard let raw = raw(key) else {
            record(key, value ?? "<not set>", value == nil ? nil : .defaultValue)
            return value
        }
        let resolved = resolve(raw)
        record(key, resolved, raw.source)
        return resolved
    }

    func resolve(_ raw: RawValue) -> String {
        guard raw.source.isFile, !raw.text.hasPrefix("/"), let fileDirectory else { return raw.text }
        return fileDirectory.appendingPathComponent(raw.text).standardizedFileURL.path
    }

    /// An `http(s)` URL with a host; a plain-HTTP URL to another machine is allowed with a warning.
    mutating func url(_ key: ConfigKey, default value: URL?) -> URL? {
        guard let raw = raw(key) else {
            record(key, value?.absoluteString ?? "<not set>", value == nil ? nil : .defaultValue)
            return value
        }
        let text = raw.text.hasSuffix("/") ? String(raw.text.dropLast()) : raw.text
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else {
            report(.error(key.path, "'\(raw.text)' is not an http(s) URL, e.g. https://git.example.com/api/v1", at: raw.source))
            record(key, "<invalid>", raw.source)
            return value
        }
        if scheme == "http", !["localhost", "127.0.0.1", "::1"].contains(host) {
            report(.warning(key.path, "plain HTTP: the API token would cross the network unencrypted; use https", at: raw.source))
        }
        record(key, url.absoluteString, raw.source)
        return url
    }
}
