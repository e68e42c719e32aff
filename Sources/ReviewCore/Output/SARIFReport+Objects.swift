extension SARIFReport {
    /// A `reportingDescriptor`.
    static func descriptor(_ rule: RuleDescriptor, language: Language) -> JSONValue {
        var properties: [(String, JSONValue)] = [("tags", .array([.string(rule.section.rawValue)]))]
        if let score = securitySeverity(rule) { properties.append(("security-severity", .string(score))) }
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title[language]))])),
            ("fullDescription", .object([("text", .string(rule.message[language]))])),
            ("help", .object([("text", .string(helpText(rule, language))), ("markdown", .string(helpMarkdown(rule, language)))])),
        ]
        if let uri = rule.helpURI { members.append(("helpUri", .string(uri))) }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.severity)))])))
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    /// A `result`; findings without a line (line < 1) are located at the file only.
    static func result(_ finding: Finding, ruleIndex: Int, language: Language) -> JSONValue {
        var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri(finding.path)))]))]
        if finding.line >= 1 {
            physical.append(("region", .object([("startLine", .int(finding.line)), ("endLine", .int(finding.endLine))])))
        }
        return .object([
            ("ruleId", .string(finding.ruleID)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message[language]))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
            ("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])),
            ("properties", .object([
                ("origin", .string(finding.origin.rawValue)),
                ("severity", .string(finding.severity.rawValue)),
                ("section", .string(finding.section.rawValue)),
            ])),
        ])
    }

    static func helpText(_ rule: RuleDescriptor, _ language: Language) -> String {
        let (fix, why) = language == .es ? ("Solución", "Por qué") : ("Fix", "Why")
        return "\(rule.message[language])\n\n\(fix): \(rule.fix[language])\n\n\(why): \(rule.why[language])"
    }

    static func helpMarkdown(_ rule: RuleDescriptor, _ language: Language) -> String {
        let (fix, why) = language == .es ? ("Solución", "Por qué esto es correcto") : ("Solution", "Why this is right")
        return [
            MarkdownText.block(rule.message[language]),
            "**\(fix)**\n\n" + MarkdownText.block(rule.fix[language]),
            "**\(why)**\n\n" + MarkdownText.block(rule.why[language]),
        ].joined(separator: "\n\n")
    }

    /// A relative path as a URI reference: each segment percent-encoded, slashes kept.
    static func uri(_ path: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        var output = ""
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
