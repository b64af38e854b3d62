/// An input's bytes as read, with their size and digest: enough to tell whether its results
/// are current before decoding or processing anything.
public struct RawInput: Sendable {
    /// The input's name as given.
    public var file: String
    public var bytes: [UInt8]
    /// SHA-256 of `bytes`, lowercase hex.
    public var sha256: String

    /// `sha256`: the bytes' digest when the caller already knows it; else they are hashed.
    public init(file: String, bytes: [UInt8], sha256: String? = nil) {
        self.file = file
        self.bytes = bytes
        self.sha256 = sha256 ?? SHA256.hex(bytes)
    }
}

/// Reads inputs into documents: a file (`process`, the daemon), or a text or bytes given
/// directly (`pipe`). Every failure is an `InputError` that names the input and says where.
public struct InputReader: Sendable {
    /// Inputs larger than this are refused (`max_input_bytes`).
    public var maxInputBytes: Int

    public init(maxInputBytes: Int) {
        self.maxInputBytes = maxInputBytes
    }

    public init(configuration: Configuration) {
        self.init(maxInputBytes: configuration.maxInputBytes)
    }

    /// Reads and decodes a file.
    public func read(_ path: String) throws(InputError) -> Document {
        try decode(try readRaw(path))
    }

    /// Reads a file's bytes (a regular file, within the size limit) and digests them, unless
    /// the caller knows their digest already (`knownSHA256`).
    public func readRaw(_ path: String, knownSHA256: String? = nil) throws(InputError) -> RawInput {
        RawInput(
            file: path, bytes: try FileBytes.read(path, maxBytes: maxInputBytes),
            sha256: knownSHA256)
    }

    /// Decodes bytes already read into a document holding one article with the whole text.
    public func decode(_ raw: RawInput) throws(InputError) -> Document {
        do {
            let decoded = try InputDecoder.decode(raw.bytes)
            let source = SourceInfo(
                file: raw.file, bytes: raw.bytes.count, sha256: raw.sha256,
                encoding: decoded.encoding, lines: decoded.lines)
            return Document(source: source, text: decoded.text)
        } catch {
            throw InputError(
                file: raw.file, reason: error.reason == .binary ? .binary : .undecodable,
                message: error.message, byteOffset: error.byteOffset, bytes: raw.bytes.count,
                sha256: raw.sha256)
        }
    }

    /// A document from bytes given directly, named `id` (a `pipe` record's `base64`): the
    /// size limit of a file, then the very decoding a file's bytes get, so a page sent as
    /// bytes and the same page read from disk give the same document.
    public func document(id: String, bytes: [UInt8]) throws(InputError) -> Document {
        guard bytes.count <= maxInputBytes else {
            throw FileBytes.tooLarge(id, size: bytes.count, maxBytes: maxInputBytes)
        }
        return try decode(RawInput(file: id, bytes: bytes))
    }

    /// A document from text given directly, named `id` (a `pipe` record): its bytes and
    /// digest are those of the text's UTF-8, its encoding `utf-8`.
    public func document(id: String, text: String) throws(InputError) -> Document {
        let bytes = text.utf8.count
        guard bytes <= maxInputBytes else {
            throw InputError(
                file: id, reason: .tooLarge,
                message: "too large: \(bytes) bytes, over max_input_bytes (\(maxInputBytes) bytes)")
        }
        let sha256 = SHA256.hex(text.utf8)
        do {
            let decoded = try InputDecoder.decode(text: text)
            let source = SourceInfo(
                file: id, bytes: bytes, sha256: sha256, encoding: .utf8, lines: decoded.lines)
            return Document(source: source, text: decoded.text)
        } catch {
            throw InputError(
                file: id, reason: .binary, message: error.message, byteOffset: error.byteOffset,
                bytes: bytes, sha256: sha256)
        }
    }
}
