/// Parses `git cat-file --batch` output: for each request either `<oid> <type> <size>\n<bytes>\n`
/// or `<name> missing\n`, in request order.
enum CatFileBatch {
    static func parse(_ bytes: [UInt8], paths: [String]) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        var cursor = 0
        for path in paths {
            guard cursor < bytes.count, let newline = bytes[cursor...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[cursor..<newline], as: UTF8.self).split(separator: " ")
            cursor = newline + 1
            guard header.count == 3, let size = Int(header[2]) else { continue }  // "missing" or "ambiguous"
            let end = min(cursor + size, bytes.count)
            if header[1] == "blob" { result[path] = Array(bytes[cursor..<end]) }
            cursor = end + 1  // the newline after the contents
        }
        return result
    }
}
