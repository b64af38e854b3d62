/// Why an input file could not be read or decoded, with where, for `FILE: message` on stderr
/// and for the error record written beside the input.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case notFound = "not_found"
        case notAFile = "not_a_file"
        case unreadable
        case tooLarge = "too_large"
        case binary
        case undecodable
        /// One of the input's output names is the input itself (`NAME.json`, `NAME.md`).
        case outputWouldOverwriteInput = "output_would_overwrite_input"
    }

    /// The input's name as given.
    public var file: String
    public var reason: Reason
    public var message: String
    /// Where in the bytes decoding failed, when it did.
    public var byteOffset: Int?
    /// The size and digest of the bytes, when they were read: an error record keeps them so
    /// the daemon can tell the input changed since it failed.
    public var bytes: Int?
    public var sha256: String?

    public init(
        file: String, reason: Reason, message: String, byteOffset: Int? = nil,
        bytes: Int? = nil, sha256: String? = nil
    ) {
        self.file = file
        self.reason = reason
        self.message = message
        self.byteOffset = byteOffset
        self.bytes = bytes
        self.sha256 = sha256
    }

    /// Whether the input is a file that is there, so an error record beside it makes sense.
    /// A missing input, a folder, or an input named like its own output gets none: the record
    /// would describe nothing, or land inside a folder, or overwrite the input.
    public var deservesErrorRecord: Bool {
        switch reason {
        case .notFound, .notAFile, .outputWouldOverwriteInput: return false
        case .unreadable, .tooLarge, .binary, .undecodable: return true
        }
    }

    /// `FILE: message`, the form printed on stderr.
    public var description: String { "\(file): \(message)" }
}
