import Checklists
import ReviewCore

extension Catalog {
    /// What reports (SARIF above all) say about each rule, independent of findings.
    public var ruleDescriptors: [RuleDescriptor] {
        rules.map {
            RuleDescriptor(
                id: $0.id, section: $0.section, severity: $0.severity, title: $0.title, message: $0.message,
                fix: $0.fix, why: $0.why)
        }
    }
}
