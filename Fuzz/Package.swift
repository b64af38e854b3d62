// swift-tools-version:6.0
import PackageDescription

// The libFuzzer binaries (`make fuzz`, README.md here): a package of its own beside the
// project's, so that `swift build` and `make test` of the project never see them. Built only
// with `-sanitize=fuzzer,address` (the Makefile's fuzz-build), which supplies `main`.
let package = Package(
    name: "presswatch-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "presswatch", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzConfiguration",
            dependencies: [.product(name: "FuzzTargets", package: "presswatch")]),
        .executableTarget(
            name: "FuzzDecoder",
            dependencies: [.product(name: "FuzzTargets", package: "presswatch")]),
        .executableTarget(
            name: "FuzzChain", dependencies: [.product(name: "FuzzTargets", package: "presswatch")]
        ),
    ]
)
