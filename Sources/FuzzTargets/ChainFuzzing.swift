import CompiledProcessors
import Foundation
import PresswatchCore

/// An input's bytes through the repository's `pipeline.yaml` (the default chain), rendered as
/// `process` writes it: result JSON (pretty and compact), Markdown, page view; or the error
/// record when the input is refused.
struct ChainFuzzing: Sendable {
    let runner: DocumentRunner
    let writer: ResultWriter

    /// Built once per process: the chain's tables are loaded once, as in a worker.
    static let shared: ChainFuzzing = {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pipeline.yaml").path
        do {
            let configuration = try ConfigurationLoader.load(
                path: path, processors: CompiledProcessors.all)
            return ChainFuzzing(
                runner: DocumentRunner(configuration: configuration),
                writer: ResultWriter(configuration: configuration))
        } catch {
            fatalError("the chain fuzz target cannot load \(path): \(error)")
        }
    }()

    func run(_ bytes: [UInt8]) -> [String] {
        switch runner.process(id: "fuzz.txt", bytes: bytes) {
        case .failure(let record):
            let json = JSONWriter(layout: .pretty).bytes(
                record.json(processors: writer.processors, fingerprint: writer.fingerprint))
            return Self.problems(ofJSON: json, what: "the error record")
        case .success(let processed):
            var broken: [String] = []
            // The JSON as files and `pipe` get it: streamed from the document, both layouts.
            let pretty: [UInt8]
            let compact: [UInt8]
            do {
                pretty = try writer.json(processed, layout: .pretty)
                compact = try writer.json(processed, layout: .compact)
            } catch {
                // A result that cannot be rendered is an error record, not a crash.
                return []
            }
            broken += Self.problems(ofJSON: pretty, what: "the result JSON")
            broken += Self.problems(ofJSON: compact, what: "the compact result JSON")
            if compact.contains(UInt8(ascii: "\n")) {
                broken.append("a line end in the compact result JSON (one line of `pipe`)")
            }
            if writer.markdown(processed).isEmpty { broken.append("an empty Markdown report") }
            do {
                let html = try writer.html(processed)
                if String(validating: html, as: UTF8.self) == nil {
                    broken.append("a page view that is not UTF-8")
                }
            } catch {
                broken.append("the page view failed where the result JSON did not: \(error)")
            }
            return broken
        }
    }

    /// JSON that `JSONSerialization` reads back as an object.
    static func problems(ofJSON bytes: [UInt8], what: String) -> [String] {
        guard
            (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] != nil
        else { return ["\(what) is not a JSON object"] }
        return []
    }
}
