/// What is written to `NAME.error.json` when an input could not be processed: what went wrong,
/// where (the file, and the byte offset or the processor when known), when, and with which
/// pipeline and program, so the daemon can tell whether trying again could give another answer.
public struct ErrorRecord: Error, Sendable, Equatable, CustomStringConvertible {
    public static let schema = "presswatch.error/1"
    /// The reason of a failure to write the results (a full disk, a file-size limit): the
    /// output's fault, not the input's, so the record never makes the input current.
    public static let outputReason = "output"

    /// The input's name as given.
    public var file: String
    /// A stable code for the kind of failure: `binary`, `undecodable`, `too_large`,
    /// `unreadable`, `processor`, `output` ...
    public var reason: String
    public var message: String
    public var byteOffset: Int?
    /// The processor that failed, when a processor did.
    public var processor: String?
    /// The size and digest of the input bytes, when they were read.
    public var bytes: Int?
    public var sha256: String?
    /// When it failed, ISO 8601 in UTC.
    public var time: String

    public init(
        file: String, reason: String, message: String, byteOffset: Int? = nil,
        processor: String? = nil, bytes: Int? = nil, sha256: String? = nil,
        time: String = Timestamp.now()
    ) {
        self.file = file
        self.reason = reason
        self.message = message
        self.byteOffset = byteOffset
        self.processor = processor
        self.bytes = bytes
        self.sha256 = sha256
        self.time = time
    }

    /// The record of an input that could not be read or decoded.
    public init(_ error: InputError, time: String = Timestamp.now()) {
        self.init(
            file: error.file, reason: error.reason.rawValue, message: error.message,
            byteOffset: error.byteOffset, bytes: error.bytes, sha256: error.sha256, time: time)
    }

    /// A processor's failure on the document read from `source`.
    public init(_ failure: ProcessorFailure, source: SourceInfo, time: String = Timestamp.now()) {
        self.init(
            file: source.file, reason: "processor", message: failure.description,
            processor: failure.processor, bytes: source.bytes, sha256: source.sha256, time: time)
    }

    /// `FILE: message`, the form printed on stderr.
    public var description: String { "\(file): \(message)" }

    public func json(processors: [String], fingerprint: String) -> JSONValue {
        var sourceMembers: [(key: String, value: JSONValue)] = []
        if let bytes { sourceMembers.append(("bytes", .int(bytes))) }
        if let sha256 { sourceMembers.append(("sha256", .string(sha256))) }
        return .object([
            ("schema", .string(Self.schema)),
            ("file", .string(file)),
            ("reason", .string(reason)),
            ("error", .string(message)),
            ("byte_offset", byteOffset.map(JSONValue.int) ?? .null),
            ("processor", .string(orNull: processor)),
            ("time", .string(time)),
            ("source", sourceMembers.isEmpty ? .null : .object(sourceMembers)),
            (
                "pipeline",
                .object([
                    ("processors", .array(processors.map(JSONValue.string))),
                    ("fingerprint", .string(fingerprint)),
                ])
            ),
            ("generator", ResultJSON.generator),
        ])
    }
}
