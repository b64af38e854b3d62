import Foundation
import PresswatchCore

extension PipeRecord {
    /// Room for the id and the keys of a line, besides its page.
    static let lineOverhead = 64 * 1024

    /// The longest line `pipe` reads: a page of `max_input_bytes` as base64, its id and keys.
    /// A page within the limit fits as base64, or as text unless JSON escapes more than a
    /// third of its bytes; a longer line is skipped unread, so stdin never costs more memory
    /// than this, whatever comes.
    static func maxLineBytes(maxInputBytes: Int) -> Int {
        let (quotient, overflow) = maxInputBytes.addingReportingOverflow(2)
        guard !overflow else { return Int.max - lineOverhead }
        let base64 = (quotient / 3).multipliedReportingOverflow(by: 4)
        return base64.overflow ? Int.max - lineOverhead : base64.partialValue + lineOverhead
    }

    /// The answer to a line over the limit: the error record of a page too large, with the
    /// line and the id when the line starts with its id (as `{"id": ...` does), or else the
    /// error line with its number.
    static func tooLong(
        line: Int, bytes: Int, head: [UInt8], limit: Int, maxInputBytes: Int,
        writer: ResultWriter
    ) -> [UInt8] {
        let message =
            "line too long: \(bytes) bytes, over the \(limit) bytes a line may have "
            + "(a page of max_input_bytes, \(maxInputBytes) bytes, as base64, and its id); "
            + "skipped without being held"
        guard let id = leadingID(head) else { return errorLine(message, line: line, id: nil) }
        let error = InputError(file: id, reason: .tooLarge, message: message)
        return failedLine(ErrorRecord(error), line: line, id: id, writer: writer)
    }

    /// The value of `"id"` when it is the first member of the object the bytes start: only
    /// the start of a line that is too long to be parsed whole is at hand.
    static func leadingID(_ head: [UInt8]) -> String? {
        var index = head.startIndex
        func skipSpace() {
            while index < head.endIndex, [0x20, 0x09, 0x0D, 0x0A].contains(head[index]) {
                index += 1
            }
        }
        func expect(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            guard head[index...].starts(with: bytes) else { return false }
            index += bytes.count
            return true
        }
        skipSpace()
        guard expect("{") else { return nil }
        skipSpace()
        guard expect(#""id""#) else { return nil }
        skipSpace()
        guard expect(":") else { return nil }
        skipSpace()
        // The value's extent: a string to its closing quote (skipping escapes), or a number.
        let valueStart = index
        if index < head.endIndex, head[index] == UInt8(ascii: "\"") {
            index += 1
            while index < head.endIndex, head[index] != UInt8(ascii: "\"") {
                index += head[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index < head.endIndex else { return nil }
            index += 1
        } else {
            while index < head.endIndex,
                head[index] == UInt8(ascii: "-") || (0x30...0x39).contains(head[index])
            {
                index += 1
            }
        }
        // The JSON decoder reads the value, escapes and all, as `respond` would have.
        let value = Data([UInt8(ascii: "[")] + head[valueStart..<index] + [UInt8(ascii: "]")])
        if let id = try? JSONDecoder().decode([String].self, from: value).first { return id }
        if let id = try? JSONDecoder().decode([Int].self, from: value).first { return String(id) }
        return nil
    }
}
