import ArgumentParser

/// `backend-review-bench`: commands that print figures. Benchmarks never run as timed tests.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backend-review-bench",
        abstract: "Benchmarks and corpus checks for backend-review; each prints figures.",
        subcommands: [TokenizeBench.self, GenerateProject.self, DiffBench.self, QueueBench.self, DeliveryBench.self, ReplicasBench.self]
    )
}
