import Foundation
import PresswatchCore

/// One `pipe` line: parsed, processed, and answered with one line of JSON.
enum PipeRecord {
    struct Request: Decodable {
        var id: String
        var text: String

        enum CodingKeys: String, CodingKey { case id, text }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decode(Int.self, forKey: .id) {
                id = String(number)
            } else {
                id = try container.decode(String.self, forKey: .id)
            }
            text = try container.decode(String.self, forKey: .text)
        }
    }

    static func respond(
        to line: (number: Int, text: String), runner: DocumentRunner, writer: ResultWriter
    ) -> [UInt8] {
        let request: Request
        do {
            request = try JSONDecoder().decode(Request.self, from: Data(line.text.utf8))
        } catch {
            return errorLine(describe(error), line: line.number, id: nil)
        }
        let result = runner.process(id: request.id, text: request.text).flatMap { processed in
            Result { () throws(ErrorRecord) in try writer.json(processed, layout: .compact) }
        }
        switch result {
        case .success(let bytes): return bytes
        case .failure(let record):
            return errorLine(record.message, line: line.number, id: request.id)
        }
    }

    static func errorLine(_ message: String, line: Int, id: String?) -> [UInt8] {
        var members: [(key: String, value: JSONValue)] = [
            ("error", .string(message)), ("line", .int(line)),
        ]
        if let id { members.append(("id", .string(id))) }
        return JSONWriter(layout: .compact).bytes(.object(members))
    }

    /// What is wrong with a line, in the user's terms rather than the decoder's.
    static func describe(_ error: any Error) -> String {
        let expected = #"expected an object {"id": "...", "text": "..."}"#
        guard let decodingError = error as? DecodingError else { return "not JSON: \(expected)" }
        switch decodingError {
        case .keyNotFound(let key, _):
            return "missing \"\(key.stringValue)\": \(expected)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            guard let key = context.codingPath.first else { return "not an object: \(expected)" }
            return "\"\(key.stringValue)\" must be a string: \(expected)"
        case .dataCorrupted:
            return "not JSON: \(expected)"
        @unknown default:
            return "not JSON: \(expected)"
        }
    }
}
