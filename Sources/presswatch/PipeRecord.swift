import Foundation
import PresswatchCore

/// One `pipe` line: parsed, processed, and answered with one line of JSON.
enum PipeRecord {
    /// A line as sent: an id, and the page as `text` or as the `base64` of its bytes.
    struct Request: Decodable {
        var id: String
        var text: String?
        var base64: String?

        enum CodingKeys: String, CodingKey { case id, text, base64 }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decode(Int.self, forKey: .id) {
                id = String(number)
            } else {
                id = try container.decode(String.self, forKey: .id)
            }
            text = try container.decodeIfPresent(String.self, forKey: .text)
            base64 = try container.decodeIfPresent(String.self, forKey: .base64)
        }
    }

    static let expected =
        #"expected an object {"id": "...", "text": "..."} or {"id": "...", "base64": "..."}"#

    static func respond(
        to line: (number: Int, text: String), runner: DocumentRunner, writer: ResultWriter
    ) -> [UInt8] {
        let request: Request
        do {
            request = try JSONDecoder().decode(Request.self, from: Data(line.text.utf8))
        } catch {
            return errorLine(describe(error), line: line.number, id: nil)
        }
        let processed: Result<ProcessedDocument, ErrorRecord>
        switch (request.text, request.base64) {
        case (let text?, nil):
            processed = runner.process(id: request.id, text: text)
        case (nil, let base64?):
            // Bytes go through the file decoder: BOM, UTF-16, GB18030 and the refusals with
            // their byte offsets are those of a file with the same bytes.
            do {
                processed = runner.process(id: request.id, bytes: try Base64Bytes.decode(base64))
            } catch {
                return errorLine(error.message, line: line.number, id: request.id)
            }
        case (nil, nil):
            return errorLine(
                #"missing "text" or "base64": \#(expected)"#, line: line.number, id: request.id)
        case (_?, _?):
            return errorLine(
                #"both "text" and "base64": \#(expected)"#, line: line.number, id: request.id)
        }
        let result = processed.flatMap { processed in
            Result { () throws(ErrorRecord) in try writer.json(processed, layout: .compact) }
        }
        switch result {
        case .success(let bytes): return bytes
        case .failure(let record):
            return failedLine(record, line: line.number, id: request.id, writer: writer)
        }
    }

    /// A line that could not be read as a request: what is wrong, and where.
    static func errorLine(_ message: String, line: Int, id: String?) -> [UInt8] {
        var members: [(key: String, value: JSONValue)] = [
            ("error", .string(message)), ("line", .int(line)),
        ]
        if let id { members.append(("id", .string(id))) }
        return JSONWriter(layout: .compact).bytes(.object(members))
    }

    /// A request whose page failed: the error record a file with those bytes would get
    /// (`presswatch.error/1`, with its reason, byte offset and digest), then the line and id
    /// as any error line has them.
    static func failedLine(
        _ record: ErrorRecord, line: Int, id: String, writer: ResultWriter
    ) -> [UInt8] {
        guard
            case .object(var members) = record.json(
                processors: writer.processors, fingerprint: writer.fingerprint)
        else { return errorLine(record.message, line: line, id: id) }
        members.append(("line", .int(line)))
        members.append(("id", .string(id)))
        return JSONWriter(layout: .compact).bytes(.object(members))
    }

    /// What is wrong with a line, in the user's terms rather than the decoder's.
    static func describe(_ error: any Error) -> String {
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
