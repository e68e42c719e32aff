extension LLMSettings {
    /// The estimated cost of `inputTokens` and `outputTokens` at the configured prices per million tokens, in their
    /// currency; 0 when no prices are set.
    public func estimatedCost(inputTokens: Int, outputTokens: Int) -> Double {
        let cost = Double(max(0, inputTokens)) * inputCostPerMillion / 1_000_000
            + Double(max(0, outputTokens)) * outputCostPerMillion / 1_000_000
        return cost.isFinite && cost > 0 ? cost : 0
    }
}
