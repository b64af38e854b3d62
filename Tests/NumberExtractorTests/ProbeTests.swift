import Foundation
import PresswatchCore
import Testing

@testable import NumberExtractor

@Suite struct ProbeTests {
    @Test func probe() {
        guard let text = ProcessInfo.processInfo.environment["PROBE"] else { return }
        for line in text.split(separator: "\n") {
            let article = Extraction.article([String(line)])
            let tokens = article.tokens.map { "\(article.scalars[$0.start..<$0.end].map(String.init).joined())/\($0.tag?.rawValue ?? "-")" }
            print("PROBE \(line)\n  tokens: \(tokens.joined(separator: " "))")
            for entry in Extraction.entries(String(line)) {
                print("  \(entry.text) = \(Numbers.format(entry.value)) [\(entry.kind.rawValue)] \(entry.unit ?? "") \(entry.approx?.rawValue ?? "") \(entry.exact ?? "")")
            }
        }
    }
}
