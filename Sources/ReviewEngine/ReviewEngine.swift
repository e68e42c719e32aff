import Checklists
import ReviewCore

/// Placeholder; the pipeline lands with the engine work.
public enum ReviewEngineVersion {
    public static let current = "0.1.0"
}
