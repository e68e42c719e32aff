/// The Python keywords (and soft keywords) the index reacts to, recognised from token bytes without
/// building a `String` per name.
enum Keyword: UInt8 {
    case `false`, noneValue, `true`, and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif
    case `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or
    case pass, raise, `return`, `try`, `while`, with, yield, match, `case`, type

    /// The keyword spelled by `bytes[start..<end]`, if any: the bytes packed little-endian into a `UInt64`
    /// (names are at most 8 bytes here and never contain 0) and matched in one switch.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword? {
        let length = end - start
        guard length >= 2 && length <= 8 else { return nil }
        var key: UInt64 = 0
        if let base = bytes.baseAddress, start >= 0, start + 8 <= bytes.count {
            // One unaligned 8-byte load, masked to the name's length, instead of a byte loop.
            key = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            if length < 8 { key &= (UInt64(1) << UInt64(8 * length)) &- 1 }
        } else {
            for offset in 0..<length { key |= UInt64(bytes[start + offset]) << UInt64(8 * offset) }
        }
        switch key {
        case 0x65736c6146: return .false
        case 0x656e6f4e: return .noneValue
        case 0x65757254: return .true
        case 0x646e61: return .and
        case 0x7361: return .as
        case 0x747265737361: return .assert
        case 0x636e797361: return .async
        case 0x7469617761: return .await
        case 0x6b61657262: return .break
        case 0x7373616c63: return .class
        case 0x65756e69746e6f63: return .continue
        case 0x666564: return .def
        case 0x6c6564: return .del
        case 0x66696c65: return .elif
        case 0x65736c65: return .else
        case 0x747065637865: return .except
        case 0x796c6c616e6966: return .finally
        case 0x726f66: return .for
        case 0x6d6f7266: return .from
        case 0x6c61626f6c67: return .global
        case 0x6669: return .if
        case 0x74726f706d69: return .import
        case 0x6e69: return .in
        case 0x7369: return .is
        case 0x6164626d616c: return .lambda
        case 0x6c61636f6c6e6f6e: return .nonlocal
        case 0x746f6e: return .not
        case 0x726f: return .or
        case 0x73736170: return .pass
        case 0x6573696172: return .raise
        case 0x6e7275746572: return .return
        case 0x797274: return .try
        case 0x656c696877: return .while
        case 0x68746977: return .with
        case 0x646c656979: return .yield
        case 0x686374616d: return .match
        case 0x65736163: return .case
        case 0x65707974: return .type
        default: return nil
        }
    }

    /// Keywords that are never the start of a callee (`if (x)`, `return (y)`, `not (z)`).
    var blocksCall: Bool {
        switch self {
        case .match, .case, .type, .false, .noneValue, .true: return false
        default: return true
        }
    }

    /// Keywords that open a compound statement whose header ends with `:`.
    var opensCompound: Bool {
        switch self {
        case .if, .elif, .else, .while, .for, .try, .except, .finally, .with, .def, .class, .async, .match, .case:
            return true
        default: return false
        }
    }
}
