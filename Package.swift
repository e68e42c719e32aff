// swift-tools-version:6.0
import PackageDescription

// Dependencies point inward (see README "Architecture"): ReviewCore and PythonSyntax are pure,
// Checklists adds YAML, ReviewEngine composes them, and the executables sit at the edge.
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
    ],
    targets: [
        .target(name: "ReviewCore"),
        .target(name: "PythonSyntax"),
        .target(
            name: "Checklists",
            dependencies: ["ReviewCore", "PythonSyntax", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ReviewEngine", dependencies: ["ReviewCore", "PythonSyntax", "Checklists"]),
        .target(
            name: "Hosts",
            dependencies: ["ReviewCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "BackendReviewCLI",
            dependencies: [
                "ReviewCore", "Checklists", "ReviewEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "BenchTool",
            dependencies: [
                "ReviewCore", "PythonSyntax", "Checklists", "ReviewEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReviewCoreTests", dependencies: ["ReviewCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PythonSyntaxTests", dependencies: ["PythonSyntax"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChecklistsTests", dependencies: ["Checklists", "ReviewCore", "PythonSyntax"]),
        .testTarget(name: "ReviewEngineTests", dependencies: ["ReviewEngine", "Checklists", "ReviewCore"]),
        .testTarget(name: "CLITests", dependencies: ["BackendReviewCLI"]),
        .testTarget(
            name: "HostsTests",
            dependencies: ["Hosts", "ReviewCore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Fixtures")]
        ),
    ]
)
