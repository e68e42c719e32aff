/// A tokenizer-free token estimate for budgets: one token per four UTF-8 bytes, rounded up. Real tokenizers
/// give about that for English and code; the budgets leave room for the difference.
public enum TokenEstimator {
    /// The estimated tokens of `text`.
    public static func estimate(_ text: String) -> Int {
        (text.utf8.count + 3) / 4
    }
}
