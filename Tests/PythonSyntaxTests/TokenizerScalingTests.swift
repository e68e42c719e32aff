import PythonSyntax
import Testing

/// Inputs that would make a naive string scanner quadratic.
struct TokenizerScalingTests {
    @Test(arguments: ["\"\\", "'\\", "f\"\\", "\"", "rb'"])
    func longLinesOfUnterminatedQuotes(_ unit: String) {
        let source = Array(String(repeating: unit, count: 100_000).utf8) + [UInt8(ascii: "\n")]
        let clock = ContinuousClock()
        let start = clock.now
        let tokens = Tokenizer().tokenize(source)
        #expect(clock.now - start < .seconds(5))
        #expect(tokens.last?.kind == .endMarker)
    }
}
