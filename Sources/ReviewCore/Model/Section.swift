/// A checklist section. The seven bundled ones come from the seed's
/// "Checklist de Code Review Backend"; admins may add sections of their own.
public struct Section: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let cleanArchitecture: Section = "clean-architecture"
    public static let repositoryPattern: Section = "repository-pattern"
    public static let rls: Section = "rls"
    public static let async: Section = "async"
    public static let testing: Section = "testing"
    public static let security: Section = "security"
    public static let performance: Section = "performance"

    /// The bundled sections, in the seed's order.
    public static let builtIn: [Section] = [
        .cleanArchitecture, .repositoryPattern, .rls, .async, .testing, .security, .performance,
    ]

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Section, rhs: Section) -> Bool { lhs.rawValue < rhs.rawValue }
}
