import PythonSyntax
import Testing

struct TokenKindTests {
    @Test func kindsAreDistinct() {
        #expect(Set(TokenKind.allCases).count == TokenKind.allCases.count)
    }
}
