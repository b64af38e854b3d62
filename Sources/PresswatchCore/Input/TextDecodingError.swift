/// Why the bytes of an input are not text Presswatch can read, and where that shows.
public struct TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        /// NUL bytes: an image, an archive, a PDF, or UTF-16 without a byte order mark.
        case binary
        /// Not UTF-8, UTF-16 or GB18030.
        case undecodable
    }

    public var reason: Reason
    /// The offset, in bytes from the start of the input, where decoding failed.
    public var byteOffset: Int
    /// What is wrong, with the offset in words: the line a user reads after `FILE: `.
    public var message: String

    public init(reason: Reason, byteOffset: Int, message: String) {
        self.reason = reason
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String { message }
}
