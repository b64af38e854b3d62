// swift-tools-version:6.0
import PackageDescription

// Every Swift target gets the same strictness: Swift 6 language mode (from the tools
// version) with full strict concurrency, and `any` spelled out for existentials.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "presswatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "presswatch", targets: ["presswatch"]),
        // The fuzz targets' code, for the libFuzzer binaries of Fuzz/ (a package of its own, so
        // that the normal build does not link them) and for the tests replaying their findings.
        .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // Typed HTML that escapes text by default: the page view (`NAME.html`, `index.html`).
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
        // SHA-256 for `source.sha256` and the pipeline fingerprint: BoringSSL's, vetted and
        // with its assembly (SHA extensions where the CPU has them).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // libyaml events -> a node tree that remembers line:column, and a Decoder over it.
        .target(name: "YAMLTree", dependencies: ["CYAML"], swiftSettings: strict),
        // Document, Article, Processor, Pipeline, configuration, input decoding, result writers.
        .target(
            name: "PresswatchCore",
            dependencies: [
                "YAMLTree", .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        // Processors, each its own module depending on the core alone.
        .target(
            name: "Segmenter", dependencies: ["PresswatchCore"], path: "Plugins/Segmenter",
            resources: [.copy("Lexicon")], swiftSettings: strict),
        .target(
            name: "Summarizer", dependencies: ["PresswatchCore"], path: "Plugins/Summarizer",
            swiftSettings: strict),
        .target(
            name: "NumberExtractor", dependencies: ["PresswatchCore"],
            path: "Plugins/NumberExtractor", swiftSettings: strict),
        .target(
            name: "KeywordTagger", dependencies: ["PresswatchCore"], path: "Plugins/KeywordTagger",
            resources: [.copy("Data")], swiftSettings: strict),

        // statfs(2) and prctl(2), which the Glibc module does not bring in.
        .systemLibrary(name: "CLinux"),
        // The daemon: inotify intake, settling, the ledger scan, the work queue, worker
        // processes, reload, systemd notify, journald-style logging.
        .target(
            name: "PresswatchDaemon",
            dependencies: [
                "PresswatchCore", "CLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict),

        // The one list of compiled-in processors, shared by the executables.
        .target(
            name: "CompiledProcessors",
            dependencies: [
                "PresswatchCore", "Segmenter", "Summarizer", "NumberExtractor", "KeywordTagger",
            ],
            swiftSettings: strict),

        // The executable: the command line.
        .executableTarget(
            name: "presswatch",
            dependencies: [
                "PresswatchCore",
                "CompiledProcessors",
                "Segmenter",
                "PresswatchDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),

        // Every benchmark and experiment lives in Benchmarks/: `make bench` (bench.py and the
        // Python scripts beside it), daemon-bench, soak, and these executables.
        // `make bench`: each processor's time in-process over pages, with the real pipeline.
        .executableTarget(
            name: "presswatch-bench",
            dependencies: ["PresswatchCore", "CompiledProcessors"],
            path: "Benchmarks/presswatch-bench", swiftSettings: strict),

        // Speed of the keyword tagger: `swift run -c release KeywordTaggerBenchmark`.
        .executableTarget(
            name: "KeywordTaggerBenchmark",
            dependencies: ["KeywordTagger", "Segmenter", "PresswatchCore"],
            path: "Benchmarks/KeywordTaggerBenchmark", swiftSettings: strict),

        // What each fuzz target does with one input (`make fuzz`, Fuzz/README.md).
        .target(
            name: "FuzzTargets", dependencies: ["PresswatchCore", "CompiledProcessors"],
            swiftSettings: strict),

        // The test kit: documents from text, the seeded generator, the test-data locator, "run
        // the chain to processor X", and the tags (fast, quality, daemon) every suite carries.
        .target(
            name: "PresswatchTesting",
            dependencies: ["PresswatchCore", "YAMLTree", "CompiledProcessors"],
            swiftSettings: strict),

        // The summarizer's evaluation on the repository's data (character ROUGE, the headline
        // set and its split, articles through the real segmenter): shared by the quality tests
        // and `presswatch-experiments`.
        .target(
            name: "SummaryEvaluation",
            dependencies: ["PresswatchCore", "Segmenter", "Summarizer", "PresswatchTesting"],
            swiftSettings: strict),

        // Experiments and ablations that assert nothing: figures printed on demand
        // (`swift run presswatch-experiments --help`), kept out of `swift test`.
        .executableTarget(
            name: "presswatch-experiments",
            dependencies: [
                "PresswatchCore", "PresswatchTesting", "SummaryEvaluation", "Summarizer",
                "NumberExtractor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/presswatch-experiments", swiftSettings: strict),

        .testTarget(
            name: "YAMLTreeTests", dependencies: ["YAMLTree", "PresswatchTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "PresswatchCoreTests",
            dependencies: ["PresswatchCore", "PresswatchTesting", "FuzzTargets"],
            swiftSettings: strict),
        // Runs the built `presswatch` binary (the dependency makes sure it is built).
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["presswatch", "CompiledProcessors", "PresswatchTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "NumberExtractorTests",
            dependencies: ["NumberExtractor", "Segmenter", "PresswatchCore", "PresswatchTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "SegmenterTests",
            dependencies: ["Segmenter", "PresswatchCore", "PresswatchTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "SummarizerTests",
            dependencies: [
                "Summarizer", "Segmenter", "PresswatchCore", "PresswatchTesting",
                "SummaryEvaluation",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "KeywordTaggerTests",
            dependencies: ["KeywordTagger", "Segmenter", "PresswatchCore", "PresswatchTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "PresswatchTestingTests", dependencies: ["PresswatchTesting", "PresswatchCore"],
            swiftSettings: strict),
        // End-to-end tests of `presswatch run`: the real binary on temporary folders.
        .testTarget(
            name: "PresswatchDaemonTests",
            dependencies: ["PresswatchDaemon", "PresswatchCore", "PresswatchTesting"],
            swiftSettings: strict),
    ]
)
