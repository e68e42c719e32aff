import Yams

extension RuleDecoder {
    /// Decodes `match:`; each kind accepts only its own keys.
    mutating func decodeMatcher(_ node: Node, _ field: String) -> Matcher? {
        guard case .mapping(let mapping) = node else {
            reader.report(YAMLReader.line(node), field, "expected a mapping with 'kind'")
            return nil
        }
        let kindNode = mapping.first { $0.key.scalar?.string == "kind" }?.value
        guard let kind = kindNode?.scalar?.string else {
            reader.report(YAMLReader.line(node), "\(field).kind", "missing required field 'kind'; expected one of: \(Matcher.kinds.joined(separator: ", "))")
            return nil
        }
        guard let keys = Self.matcherKeys[kind] else {
            reader.report(YAMLReader.line(kindNode), "\(field).kind", "unknown matcher kind '\(kind)'; expected one of: \(Matcher.kinds.joined(separator: ", "))")
            return nil
        }
        guard let map = reader.fields(node, field, allowed: keys.union(["kind"])) else { return nil }
        switch kind {
        case "imports":
            guard let modules = reader.strings(map, "modules", required: true) else { return nil }
            return .imports(ImportsSpec(modules: modules, allow: reader.strings(map, "allow") ?? []))
        case "call":
            return decodeCall(map)
        case "sql-injection":
            let sinks = reader.strings(map, "sinks") ?? SQLInjectionSpec.defaultSinks
            reader.validateNames(sinks, map, "sinks")
            let sql = reader.string(map, "sql_regex") ?? SQLInjectionSpec.defaultSQLRegex
            reader.validateRegex(sql, map, "sql_regex")
            return .sqlInjection(SQLInjectionSpec(sinks: sinks, sqlRegex: sql))
        case "secret":
            return decodeSecret(map)
        case "class":
            return decodeClass(map)
        case "annotation":
            var targets = AnnotationSpec.Target.allCases
            if let names = reader.strings(map, "targets") {
                targets = names.compactMap { name in
                    let target = AnnotationSpec.Target(rawValue: name)
                    if target == nil { reader.report(map.line("targets"), map.path("targets"), "unknown target '\(name)'; expected parameters or fields") }
                    return target
                }
            }
            guard let regex = reader.string(map, "regex", required: true) else { return nil }
            reader.validateRegex(regex, map, "regex")
            let exclude = reader.string(map, "exclude_regex")
            reader.validateRegex(exclude, map, "exclude_regex")
            return .annotation(AnnotationSpec(targets: targets, regex: regex, excludeRegex: exclude))
        case "rls-migration":
            let columns = reader.strings(map, "tenant_columns") ?? ["business_id"]
            let calls = reader.strings(map, "create_table_calls") ?? ["*create_table"]
            reader.validateNames(calls, map, "create_table_calls")
            return .rlsMigration(RLSMigrationSpec(tenantColumns: columns, createTableCalls: calls))
        case "missing-tests":
            let tests = reader.strings(map, "tests") ?? MissingTestsSpec().tests
            reader.validateGlobs(tests, map, "tests")
            return .missingTests(MissingTestsSpec(tests: tests))
        case "regex":
            guard let pattern = reader.string(map, "pattern", required: true) else { return nil }
            reader.validateRegex(pattern, map, "pattern")
            let exclude = reader.string(map, "exclude_regex")
            reader.validateRegex(exclude, map, "exclude_regex")
            return .regex(RegexSpec(pattern: pattern, excludeRegex: exclude))
        case "call-order":
            let first = reader.strings(map, "first", required: true)
            let then = reader.strings(map, "then", required: true)
            let untilCalls = reader.strings(map, "until_calls") ?? []
            let untilStrings = reader.string(map, "until_strings")
            for key in ["first", "then", "until_calls"] { reader.validateNames(reader.strings(map, key), map, key) }
            reader.validateRegex(untilStrings, map, "until_strings")
            guard let first, let then else { return nil }
            return .callOrder(CallOrderSpec(first: first, then: then, untilCalls: untilCalls, untilStrings: untilStrings))
        case "function":
            return decodeFunction(map)
        default:
            return nil
        }
    }

    static let matcherKeys: [String: Set<String>] = [
        "imports": ["modules", "allow"],
        "call": ["names", "within", "awaited", "arguments", "unless_arguments"],
        "sql-injection": ["sinks", "sql_regex"],
        "secret": ["detect", "names", "exclude_names", "placeholders", "min_length"],
        "class": ["names", "exclude_names", "bases", "require_base", "require_methods"],
        "annotation": ["targets", "regex", "exclude_regex"],
        "rls-migration": ["tenant_columns", "create_table_calls"],
        "missing-tests": ["tests"],
        "regex": ["pattern", "exclude_regex"],
        "call-order": ["first", "then", "until_calls", "until_strings"],
        "function": ["names", "async", "require_decorators", "unless_module_assignment", "unless_project_setting"],
    ]

    private mutating func decodeCall(_ map: Fields) -> Matcher? {
        let names = reader.strings(map, "names", required: true)
        reader.validateNames(names, map, "names")
        var within = CallSpec.Within.any
        if let text = reader.string(map, "within") {
            if let value = CallSpec.Within(rawValue: text) {
                within = value
            } else {
                reader.report(map.line("within"), map.path("within"), "invalid value '\(text)'; expected any, async or loop")
            }
        }
        let awaited = reader.bool(map, "awaited")
        let conditions = decodeConditions(map, "arguments")
        let unless = decodeConditions(map, "unless_arguments")
        guard let names else { return nil }
        return .call(CallSpec(names: names, within: within, awaited: awaited, arguments: conditions, unlessArguments: unless))
    }

    private mutating func decodeConditions(_ map: Fields, _ key: String) -> [ArgumentCondition] {
        var conditions: [ArgumentCondition] = []
        for (item, path) in reader.sequence(map, key) ?? [] {
            guard let condition = reader.fields(item, path, allowed: ["position", "keyword", "regex"]) else { continue }
            let position = reader.int(condition, "position")
            let keyword = reader.string(condition, "keyword")
            if position != nil && keyword != nil {
                reader.report(condition.line, path, "use 'position' or 'keyword', not both")
            }
            guard let regex = reader.string(condition, "regex", required: true) else { continue }
            reader.validateRegex(regex, condition, "regex")
            conditions.append(ArgumentCondition(position: position, keyword: keyword, regex: regex))
        }
        return conditions
    }

    private mutating func decodeSecret(_ map: Fields) -> Matcher? {
        var detect = SecretSpec.Detector.allCases
        if let names = reader.strings(map, "detect") {
            detect = names.compactMap { name in
                let detector = SecretSpec.Detector(rawValue: name)
                if detector == nil { reader.report(map.line("detect"), map.path("detect"), "unknown detector '\(name)'; expected names or formats") }
                return detector
            }
        }
        return .secret(
            SecretSpec(
                detect: detect, names: reader.strings(map, "names") ?? SecretSpec.defaultNames,
                excludeNames: reader.strings(map, "exclude_names") ?? SecretSpec.defaultExcludeNames,
                placeholders: reader.strings(map, "placeholders") ?? SecretSpec.defaultPlaceholders,
                minLength: reader.int(map, "min_length") ?? 8))
    }

    private mutating func decodeClass(_ map: Fields) -> Matcher? {
        let spec = ClassSpec(
            names: reader.strings(map, "names") ?? [], excludeNames: reader.strings(map, "exclude_names") ?? [],
            bases: reader.strings(map, "bases") ?? [], requireBase: reader.strings(map, "require_base") ?? [],
            requireMethods: reader.strings(map, "require_methods") ?? [])
        reader.validateNames(spec.names, map, "names")
        reader.validateNames(spec.excludeNames, map, "exclude_names")
        reader.validateNames(spec.bases, map, "bases")
        reader.validateNames(spec.requireBase.map { $0.replacingOccurrences(of: "{Name}", with: "X") }, map, "require_base")
        if spec.names.isEmpty && spec.bases.isEmpty {
            reader.report(map.line, map.path("names"), "select classes with 'names' and/or 'bases'")
        }
        return .class(spec)
    }

    private mutating func decodeFunction(_ map: Fields) -> Matcher? {
        let names = reader.strings(map, "names", required: true)
        reader.validateNames(names, map, "names")
        let isAsync = reader.bool(map, "async")
        let decorators = reader.strings(map, "require_decorators", required: true)
        reader.validateNames(decorators, map, "require_decorators")
        var assignment: FunctionSpec.ModuleAssignment?
        if let node = map.values["unless_module_assignment"],
            let sub = reader.fields(node, map.path("unless_module_assignment"), allowed: ["name", "regex"]),
            let name = reader.string(sub, "name", required: true), let regex = reader.string(sub, "regex", required: true)
        {
            reader.validateRegex(regex, sub, "regex")
            assignment = FunctionSpec.ModuleAssignment(name: name, regex: regex)
        }
        var setting: FunctionSpec.ProjectSetting?
        if let node = map.values["unless_project_setting"],
            let sub = reader.fields(node, map.path("unless_project_setting"), allowed: ["files", "regex"]),
            let files = reader.strings(sub, "files", required: true), let regex = reader.string(sub, "regex", required: true)
        {
            reader.validateRegex(regex, sub, "regex")
            setting = FunctionSpec.ProjectSetting(files: files, regex: regex)
        }
        guard let names, let decorators else { return nil }
        return .function(
            FunctionSpec(
                names: names, isAsync: isAsync, requireDecorators: decorators, unlessModuleAssignment: assignment,
                unlessProjectSetting: setting))
    }
}

import Foundation
