import PythonSyntax

/// One call's hashed name components, for selecting calls by pattern without touching strings.
struct CallKeys {
    var offset: Int
    var resolved: NamePatterns.ComponentKeys
    var callee: NamePatterns.ComponentKeys

    init(_ offset: Int, _ call: Call) {
        self.offset = offset
        resolved = NamePatterns.componentKeys(call.resolvedName)
        callee = NamePatterns.componentKeys(call.callee)
    }
}

extension FileContext {
    /// Indices of the calls that could match `patterns`, in source order, each once. The caller still
    /// checks `patterns.matches(call)`.
    func candidateCalls(_ patterns: NamePatterns) -> [Int] {
        guard !calls.isEmpty, !patterns.isEmpty else { return [] }
        let lasts = patterns.literalLasts
        let firsts = patterns.literalFirsts
        var keyed: [Int] = []
        if !lasts.isEmpty || !firsts.isEmpty {
            // The catalog's filter kept every call any of these components can select, unless the
            // patterns are not the catalog's (then all calls are looked at).
            let keys = keyFilter?.covers(patterns) == true ? filteredCallKeys : allCallKeys
            let lastsBloom = patterns.lastsBloom
            let firstsBloom = patterns.firstsBloom
            func selects(_ key: CallKeys) -> Bool {
                (NamePatterns.mayContain(lastsBloom, key.resolved.last) && lasts.contains(key.resolved.last))
                    || (NamePatterns.mayContain(lastsBloom, key.callee.last) && lasts.contains(key.callee.last))
                    || (NamePatterns.mayContain(firstsBloom, key.resolved.first) && firsts.contains(key.resolved.first))
                    || (NamePatterns.mayContain(firstsBloom, key.callee.first) && firsts.contains(key.callee.first))
            }
            for key in keys where selects(key) { keyed.append(key.offset) }
        }
        let scanned = patterns.scannedLiterals
        guard !scanned.isEmpty else { return keyed }
        var result: [Int] = []
        var next = 0
        for offset in calls.indices {
            let call = calls[offset]
            let isKeyed = next < keyed.count && keyed[next] == offset
            if isKeyed { next += 1 }
            if isKeyed
                || scanned.contains(where: { NamePatterns.contains(call.resolvedName, $0) || NamePatterns.contains(call.callee, $0) })
            {
                result.append(offset)
            }
        }
        return result
    }

    static func callKeys(_ calls: [Call], keptBy filter: CallKeyFilter?) -> [CallKeys] {
        var result: [CallKeys] = []
        for offset in calls.indices {
            let keys = CallKeys(offset, calls[offset])
            if let filter,
                !(filter.contains(keys.resolved.last) || filter.contains(keys.callee.last) || filter.contains(keys.resolved.first)
                    || filter.contains(keys.callee.first))
            {
                continue
            }
            result.append(keys)
        }
        return result
    }
}
