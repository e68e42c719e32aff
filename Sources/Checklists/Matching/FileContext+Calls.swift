import PythonSyntax

/// The file's calls bucketed by hashed name components, so each rule looks only at the calls whose
/// first or last component it names instead of scanning every call of the file.
struct CallBuckets {
    /// `componentKey` of the last component (of the resolved name and of the callee) → call indices.
    var byLast: [Int: [Int32]] = [:]
    /// `componentKey` of the first component → call indices.
    var byFirst: [Int: [Int32]] = [:]

    init(_ calls: [Call]) {
        byLast.reserveCapacity(calls.count / 2)
        byFirst.reserveCapacity(calls.count / 2)
        for offset in calls.indices {
            let resolved = NamePatterns.componentKeys(calls[offset].resolvedName)
            let callee = NamePatterns.componentKeys(calls[offset].callee)
            let position = Int32(offset)
            byLast[resolved.last, default: []].append(position)
            if callee.last != resolved.last { byLast[callee.last, default: []].append(position) }
            byFirst[resolved.first, default: []].append(position)
            if callee.first != resolved.first { byFirst[callee.first, default: []].append(position) }
        }
    }
}

extension FileContext {
    /// Indices of the calls that could match `patterns`, in source order, each once. The caller still
    /// checks `patterns.matches(call)`.
    func candidateCalls(_ patterns: NamePatterns) -> [Int] {
        guard !calls.isEmpty, !patterns.isEmpty else { return [] }
        let buckets = callBuckets
        var result: [Int] = []
        var sources = 0
        for key in patterns.literalLasts {
            guard let bucket = buckets.byLast[key] else { continue }
            result.append(contentsOf: bucket.lazy.map { Int($0) })
            sources += 1
        }
        for key in patterns.literalFirsts {
            guard let bucket = buckets.byFirst[key] else { continue }
            result.append(contentsOf: bucket.lazy.map { Int($0) })
            sources += 1
        }
        let scanned = patterns.scannedLiterals
        if !scanned.isEmpty {
            for offset in calls.indices {
                let call = calls[offset]
                if scanned.contains(where: { NamePatterns.contains(call.resolvedName, $0) || NamePatterns.contains(call.callee, $0) }) {
                    result.append(offset)
                }
            }
            sources += 1
        }
        // One bucket is already in order without repeats; several may overlap (a call found by its
        // first and by its last component, or two keys that collide).
        if sources > 1 {
            result.sort()
            var unique: [Int] = []
            unique.reserveCapacity(result.count)
            for offset in result where unique.last != offset { unique.append(offset) }
            result = unique
        }
        return result
    }
}
