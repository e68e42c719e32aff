import Yams

/// Reads a composed YAML tree into an ``ExpertiseMemory``, field by field, naming the key path, line and column of
/// the first value of the wrong type.
///
/// It also remembers where each value sits (``marks``), so ``MemoryValidator`` can point its warnings at lines.
struct MemoryDecoder {
    let path: String
    /// Where each value was read, by key path (`updated_at`, `decisions[2].id`).
    var marks: [String: Mark] = [:]

    init(path: String) {
        self.path = path
    }

    /// The memory in `text`, with its ledger from the header (or rebuilt when there is none).
    mutating func decode(_ text: String) throws(MemoryDecodingError) -> ExpertiseMemory {
        let header = MemoryHeader(text)
        var memory = try decodeDocument(compose(text))
        if let json = header.ledger?.json, let ledger = MemoryLedger.fromHeader(json: json) {
            memory.ledger = ledger
        } else {
            memory.ledger = .rebuilt(tasksHandled: memory.tasksHandled, successRate: memory.successRate)
        }
        return memory
    }

    private func compose(_ text: String) throws(MemoryDecodingError) -> Node? {
        do {
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw YAMLSyntaxError.decodingError(error, path: path, text: text)
        } catch {
            throw MemoryDecodingError(path: path, line: nil, column: nil, message: "YAML syntax error: \(error)")
        }
    }

    private mutating func decodeDocument(_ root: Node?) throws(MemoryDecodingError) -> ExpertiseMemory {
        var memory = ExpertiseMemory()
        guard let root, !isNull(root) else { return memory }
        let top = try mapping(root, at: "", expected: "the memory must be a mapping of keys (version:, tasks_handled:, decisions:, ...)")
        for (key, value, keyPath) in try entries(top, at: "") {
            switch key {
            case "version": if let text = try string(value, at: keyPath) { memory.version = text }
            case "updated_at": memory.updatedAt = try string(value, at: keyPath)
            case "tasks_handled": memory.tasksHandled = try count(value, at: keyPath) ?? 0
            case "success_rate": memory.successRate = try fraction(value, at: keyPath) ?? 0
            case "common_files": memory.commonFiles = try strings(value, at: keyPath)
            case "context": memory.context = try decodeContext(value, at: keyPath)
            case "decisions":
                for (item, itemPath) in try items(value, at: keyPath) {
                    memory.decisions.append(try decodeDecision(item, at: itemPath))
                }
            case "blockers":
                for (item, itemPath) in try items(value, at: keyPath) {
                    memory.blockers.append(try decodeBlocker(item, at: itemPath))
                }
            default: memory.extra.append(YAMLEntry(key: key, value: try yamlValue(value, at: keyPath)))
            }
        }
        return memory
    }

    private mutating func decodeContext(_ node: Node, at path: String) throws(MemoryDecodingError) -> MemoryContext {
        var context = MemoryContext()
        if isNull(node) { return context }
        let map = try mapping(node, at: path, expected: "`context` must be a mapping, e.g. `context:` then `  anti_patterns: [...]`")
        for (key, value, keyPath) in try entries(map, at: path) {
            if key == "anti_patterns" {
                context.antiPatterns = try strings(value, at: keyPath)
            } else {
                context.extra.append(YAMLEntry(key: key, value: try yamlValue(value, at: keyPath)))
            }
        }
        return context
    }

    /// The entries of a list of mappings, with their key paths (`decisions[0]`).
    private mutating func items(_ node: Node, at path: String) throws(MemoryDecodingError) -> [(Node, String)] {
        if isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            throw error(at: node, "`\(path)` must be a list of entries (`- id: ...`), found \(kind(of: node))")
        }
        marks[path] = node.mark
        return sequence.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
    }
}
