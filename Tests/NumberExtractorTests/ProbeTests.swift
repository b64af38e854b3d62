import Foundation
import Testing

@testable import NumberExtractor

@Suite struct ProbeTests {
    @Test func probe() throws {
        guard let text = try? String(contentsOfFile: "/tmp/wtnum-probe.txt", encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let entries = Extraction.entries(String(line))
            var tokens: [String] = []
            let article = Extraction.article([String(line)])
            for token in article.tokens {
                tokens.append(article.scalars.string(token.start, token.end) + "/" + (token.tag?.rawValue ?? "-"))
            }
            print("PROBE \(line)\n  tokens: \(tokens.joined(separator: " "))")
            for entry in entries {
                print("  \(entry.text) kind=\(entry.kind) value=\(entry.value) unit=\(entry.unit ?? "-") approx=\(String(describing: entry.approx))")
            }
        }
    }
}

@Suite struct ProbeRoundTrip {
    @Test func probeRoundTrip() {
        var cases = ChineseCases(seed: RoundTripTests.seed)
        let extractor = try! NumberExtractor(context: Extraction.context)
        var shown = 0
        var out = ""
        for _ in 0..<20000 {
            let testCase = cases.next()
            let entries = extractor.extract(from: Extraction.article([testCase.sentence]))
            if let why = testCase.mismatch(entries), shown < 60 {
                shown += 1
                out += "RTMISS \(testCase) -> \(why)\n"
            }
        }
        try? out.write(toFile: "/tmp/wtnum-rtmiss.txt", atomically: true, encoding: .utf8)
    }
}
