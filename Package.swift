// swift-tools-version:6.0
import PackageDescription

// Dependencies point inward (see README "Architecture"): ReviewCore and PythonSyntax are pure,
// Checklists adds YAML, ReviewEngine composes them, Hosts decodes webhooks and names the host API,
// HostClients, JobQueue and ReviewServer are the I/O edges, ReviewService runs the pipeline,
// and the executables only compose.
let package = Package(
    name: "backend-review",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "backend-review", targets: ["BackendReviewCLI"]),
        .executable(name: "backend-review-bench", targets: ["BenchTool"]),
        .library(name: "ReviewEngine", targets: ["ReviewEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
        .target(name: "ReviewCore"),
        .target(name: "PythonSyntax"),
        .target(
            name: "Checklists",
            dependencies: ["ReviewCore", "PythonSyntax", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ReviewEngine", dependencies: ["ReviewCore", "PythonSyntax", "Checklists"]),
        // The expertise memory of seed §9: model, YAML codec, pure Pre-/Post-Tarea rules, and a file store
        // with atomic writes and cross-process locking.
        .target(
            name: "Expertise",
            dependencies: ["ReviewCore", "Checklists", .product(name: "Yams", package: "Yams")]
        ),
        // The expertise memory kept in PostgreSQL for several replicas, materialised into the YAML files.
        .target(
            name: "ExpertisePostgres",
            dependencies: [
                "Expertise", "PostgresSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The model analysis: providers (OpenAI-compatible, Anthropic), prompt, redaction, budgets, the output
        // verifier. Pure parts do no I/O; providers sit on AsyncHTTPClient.
        .target(
            name: "LLMReview",
            dependencies: [
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                "ReviewCore", "Checklists",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // A Hummingbird responder on 127.0.0.1 at a free port, started and stopped gracefully: the test doubles' server.
        .target(
            name: "LoopbackServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Scripted OpenAI-compatible and Anthropic servers on loopback, for tests.
        .target(
            name: "FakeLLM",
            dependencies: [
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                "LoopbackServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Hosts",
            dependencies: ["ReviewCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "HostClients",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
                "Hosts", "ReviewCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // The PostgreSQL connection pool, URL parsing (password kept out of every message) and versioned
        // migrations that the queue and the expertise memory share when several replicas run.
        .target(
            name: "PostgresSupport",
            dependencies: [
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "JobQueue",
            dependencies: [
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                "PostgresSupport",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ReviewService",
            dependencies: [
                "ReviewCore", "Checklists", "ReviewEngine", "Hosts", "JobQueue", "Expertise", "LLMReview",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(
            name: "ReviewServer",
            dependencies: [
                "Hosts", "JobQueue",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A stateful GitHub/GitLab/Gitea API double on loopback, for the end-to-end tests and the bench.
        .target(
            name: "FakeHost",
            dependencies: [
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                "LoopbackServer",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                "ReviewCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "BackendReviewCLI",
            dependencies: [
                "ReviewCore", "Checklists", "ReviewEngine", "Hosts", "HostClients", "JobQueue",
                "ReviewService", "ReviewServer", "Expertise", "LLMReview", "PostgresSupport", "ExpertisePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(
            name: "BenchTool",
            dependencies: [
                "ReviewCore", "PythonSyntax", "Checklists", "ReviewEngine", "JobQueue", "FakeHost", "Hosts", "PostgresSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ReviewCoreTests", dependencies: ["ReviewCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PythonSyntaxTests", dependencies: ["PythonSyntax"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChecklistsTests", dependencies: ["Checklists", "ReviewCore", "PythonSyntax"]),
        .testTarget(name: "ReviewEngineTests", dependencies: ["ReviewEngine", "Checklists", "ReviewCore"]),
        .testTarget(
            name: "ExpertisePostgresTests",
            dependencies: [
                "ExpertisePostgres", "Expertise", "PostgresSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ExpertiseTests", dependencies: ["Expertise", "ReviewCore", "Checklists"]),
        .testTarget(
            name: "LLMReviewTests",
            dependencies: [
                "LLMReview", "FakeLLM", "ReviewCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "BackendReviewCLI", "JobQueue", "Expertise", "FakeHost", "FakeLLM",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "HostsTests",
            dependencies: ["Hosts", "ReviewCore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "HostClientsTests",
            dependencies: [
                .product(name: "CoreMetrics", package: "swift-metrics"), .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "NIOCore", package: "swift-nio"),
                "HostClients", "Hosts", "ReviewCore", "FakeHost",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `backend-review serve` against the fake host over real HTTP.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "BackendReviewCLI", "FakeHost", "Hosts", "ReviewCore", "ReviewEngine", "ReviewService", "Checklists",
                "JobQueue", "Expertise", "FakeLLM",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "JobQueueTests",
            dependencies: [
                "JobQueue",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "ReviewServerTests",
            dependencies: [
                "ReviewServer", "Hosts", "JobQueue",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FakeHostTests",
            dependencies: [
                "FakeHost", "ReviewCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ReviewServiceTests",
            dependencies: [
                "ReviewService", "ReviewEngine", "Checklists", "Hosts", "JobQueue", "ReviewCore", "Expertise", "LLMReview",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
