import CompiledProcessors
import PresswatchCore

#if canImport(Glibc)
    import Glibc
#endif

// presswatch-bench [--config FILE] [--rounds N] PAGE...
// presswatch-bench --hash FILE     (SHA-256's time over FILE: HashBench)
//
// Reads the pages into memory, runs the configuration's pipeline once on the first page
// (loading the lexicon and tables: reported as `first_page_s`), then `rounds` times over
// every page, timing each step in thread CPU time. Prints one JSON object. Used by
// `make bench` (Benchmarks/bench.py) for each processor's share of the time.

func fail(_ message: String) -> Never {
    let line = Array("presswatch-bench: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var configPath = "pipeline.yaml"
var rounds = 1
var pages: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--config":
        guard !arguments.isEmpty else { fail("--config needs a file") }
        configPath = arguments.removeFirst()
    case "--hash":
        guard let path = arguments.first else { fail("--hash needs a file") }
        do {
            print(HashBench.run(try InputReader(maxInputBytes: Int.max).readRaw(path).bytes))
        } catch {
            fail("\(error)")
        }
        exit(0)
    case "--rounds":
        guard let value = arguments.first.flatMap({ Int($0) }), value > 0 else {
            fail("--rounds needs a positive number")
        }
        arguments.removeFirst()
        rounds = value
    default: pages.append(argument)
    }
}
if pages.isEmpty { fail("usage: presswatch-bench [--config FILE] [--rounds N] PAGE...") }

let configuration: Configuration
do {
    configuration = try ConfigurationLoader.load(
        path: configPath, processors: CompiledProcessors.all)
} catch {
    fail(error.lines.joined(separator: "\n"))
}
let bench = PageBench(configuration: configuration)
let reader = InputReader(configuration: configuration)
let inputs: [RawInput]
do {
    inputs = try pages.map { path throws(InputError) in try reader.readRaw(path) }
} catch {
    fail("\(error)")
}

do {
    var warmUp = StageTimes()
    let firstStart = WallClock.now()
    _ = try bench.run(inputs[0], into: &warmUp)
    let firstPage = WallClock.now() - firstStart

    var times = StageTimes()
    var resultBytes = 0
    let wallStart = WallClock.now()
    for _ in 0..<rounds {
        for input in inputs { resultBytes += try bench.run(input, into: &times) }
    }
    let wall = WallClock.now() - wallStart
    let inputBytes = inputs.reduce(0) { $0 + $1.bytes.count } * rounds
    print(
        """
        {"pages": \(inputs.count * rounds), "input_bytes": \(inputBytes), \
        "result_bytes": \(resultBytes), "first_page_s": \(firstPage), "wall_s": \(wall), \
        "cpu_s": \(times.total), "steps": \(times.json)}
        """)
} catch {
    fail("\(error)")
}
