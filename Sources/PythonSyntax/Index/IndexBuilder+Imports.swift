/// `import a.b as c, d` and `from ..m import (x as y, z)`, read ahead from the statement's first token.
extension IndexBuilder {
    mutating func scanImport(at index: Int) {
        let line = Int(tokens[index].line)
        var cursor = significant(from: index + 1)
        if keyword(index) == .import {
            while let (module, next) = dottedModule(at: cursor) {
                cursor = next
                var alias: String?
                if cursor < tokens.count, keyword(cursor) == .as {
                    let aliasIndex = significant(from: cursor + 1)
                    if aliasIndex < tokens.count, tokens[aliasIndex].kind == .name {
                        alias = text(aliasIndex)
                        cursor = significant(from: aliasIndex + 1)
                    }
                }
                let first = module.split(separator: ".").first.map(String.init) ?? module
                imports.append(Import(
                    module: module, name: nil, alias: alias, boundName: alias ?? first, qualifiedName: module,
                    level: 0, line: line))
                guard cursor < tokens.count, isOp(cursor, UInt8(ascii: ",")) else { break }
                cursor = significant(from: cursor + 1)
            }
            return
        }
        var level = 0
        while cursor < tokens.count, tokens[cursor].kind == .op,
              src[Int(tokens[cursor].start)] == UInt8(ascii: "."),
              tokens[cursor].end - tokens[cursor].start == 1 || tokens[cursor].end - tokens[cursor].start == 3 {
            level += Int(tokens[cursor].end - tokens[cursor].start)
            cursor = significant(from: cursor + 1)
        }
        var written = ""
        if let (module, next) = dottedModule(at: cursor) {
            written = module
            cursor = next
        }
        guard cursor < tokens.count, keyword(cursor) == .import else { return }
        let module = ModulePath.resolve(level: level, module: written, package: package)
        cursor = significant(from: cursor + 1)
        let parenthesized = cursor < tokens.count && isOp(cursor, UInt8(ascii: "("))
        if parenthesized { cursor = significant(from: cursor + 1) }
        while cursor < tokens.count {
            let token = tokens[cursor]
            let name: String
            if token.kind == .name {
                name = text(cursor)
            } else if isOp(cursor, UInt8(ascii: "*")) {
                name = "*"
            } else {
                break
            }
            cursor = significant(from: cursor + 1)
            var alias: String?
            if cursor < tokens.count, keyword(cursor) == .as {
                let aliasIndex = significant(from: cursor + 1)
                if aliasIndex < tokens.count, tokens[aliasIndex].kind == .name {
                    alias = text(aliasIndex)
                    cursor = significant(from: aliasIndex + 1)
                }
            }
            imports.append(Import(
                module: module, name: name, alias: alias, boundName: alias ?? name,
                qualifiedName: module.isEmpty ? name : module + "." + name, level: level, line: line))
            guard cursor < tokens.count, isOp(cursor, UInt8(ascii: ",")) else { break }
            cursor = significant(from: cursor + 1)
        }
    }

    /// `a.b.c` at `index`: the dotted text and the index after it.
    func dottedModule(at index: Int) -> (String, Int)? {
        guard index < tokens.count, tokens[index].kind == .name, keyword(index) != .import else { return nil }
        var parts = [text(index)]
        var cursor = significant(from: index + 1)
        while cursor < tokens.count, isOp(cursor, UInt8(ascii: ".")) {
            let next = significant(from: cursor + 1)
            guard next < tokens.count, tokens[next].kind == .name else { break }
            parts.append(text(next))
            cursor = significant(from: next + 1)
        }
        return (parts.joined(separator: "."), cursor)
    }
}
