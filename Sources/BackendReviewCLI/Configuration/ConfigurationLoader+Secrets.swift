import Foundation

extension ConfigurationLoader {
    /// A secret given inline (`token`, `BACKEND_REVIEW_GITHUB_TOKEN`) or by file (`token_file`,
    /// `BACKEND_REVIEW_GITHUB_TOKEN_FILE`). The higher layer wins; both in the same layer is an error. A file's
    /// trailing newline is dropped. The value is never recorded, only whether it is set.
    mutating func secret(_ key: ConfigKey, file fileKey: ConfigKey) -> String? {
        let inline = raw(key)
        let file = raw(fileKey)
        if let inline, let file, inline.source.precedence == file.source.precedence {
            report(.error(
                key.path, "both \(describe(key, inline.source)) and \(describe(fileKey, file.source)) are set; keep one",
                at: inline.source
            ))
            record(key, "<set twice>", inline.source)
            return nil
        }
        if let file, file.source.precedence > (inline?.source.precedence ?? -1) {
            let path = resolve(file)
            record(fileKey, path, file.source)
            guard let value = readSecretFile(path, key: fileKey, source: file.source) else {
                record(key, "<unreadable file>", file.source)
                return nil
            }
            record(key, "<set>", file.source)
            return value
        }
        record(fileKey, "<not set>", nil)
        guard let inline else {
            record(key, "<not set>", nil)
            return nil
        }
        if inline.source.isFile {
            report(.warning(
                key.path,
                "a secret written in the configuration file; prefer \(fileKey.path) or \(key.environment)",
                at: inline.source
            ))
        }
        record(key, "<set>", inline.source)
        return inline.text
    }

    private func describe(_ key: ConfigKey, _ source: ValueSource) -> String {
        if case .environment(let name) = source { return name }
        return key.path
    }

    private mutating func readSecretFile(_ path: String, key: ConfigKey, source: ValueSource) -> String? {
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            report(.error(key.path, "cannot read '\(path)': \(Self.reason(error)); fix the path or its permissions", at: source))
            return nil
        }
        let value = contents.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else {
            report(.error(key.path, "'\(path)' is empty", at: source))
            return nil
        }
        if let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
            permissions & 0o004 != 0
        {
            report(.warning(key.path, "'\(path)' is readable by every user; chmod 600 it", at: source))
        }
        return value
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
