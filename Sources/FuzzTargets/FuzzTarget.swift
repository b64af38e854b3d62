/// The fuzz targets (`make fuzz`, Fuzz/README.md): what each does with one input of arbitrary
/// bytes. The libFuzzer binaries in Fuzz/ call `run`, and so does the test that replays their
/// findings (FuzzFindingsTests), so a finding is replayed through the very code that found it.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `pipeline.yaml` text: libyaml's events, the node tree, the configuration and its checks.
    case configuration
    /// An input file's bytes: byte order marks, UTF-8, UTF-16, GB18030, refusals.
    case decoder
    /// An input file's bytes through the default chain of `pipeline.yaml`, rendered as the
    /// result JSON, the Markdown report and the page view (or as the error record).
    case chain

    /// Loads what the target loads once per process (the chain's tables), before the first
    /// input: libFuzzer's one-second limit is for an input's cost, not for a start-up.
    public func prepare() {
        if case .chain = self { _ = ChainFuzzing.shared }
    }

    /// Runs one input and returns the properties it broke, empty when it broke none. A crash,
    /// a leak or a slow input is for the sanitizers and libFuzzer to find.
    public func run(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .configuration: ConfigurationFuzzing.run(bytes)
        case .decoder: DecoderFuzzing.run(bytes)
        case .chain: ChainFuzzing.shared.run(bytes)
        }
    }

    /// libFuzzer's entry point for this target, which each binary in Fuzz/ exports under the
    /// name libFuzzer looks for: one input, its properties checked by `run`. A broken property
    /// stops the run like a crash, so libFuzzer keeps the input and reports it.
    public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        let broken = run(bytes)
        if !broken.isEmpty { fatalError(broken.joined(separator: "; ")) }
        return 0
    }
}
