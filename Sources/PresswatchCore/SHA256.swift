internal import Crypto

/// SHA-256 over bytes, for `source.sha256` and the pipeline fingerprint.
///
/// A thin wrapper over swift-crypto's (BoringSSL's implementation, with its assembly), so the
/// callers keep one small surface: `SHA256.hex(_:)`, or `update` then `finalize` or
/// `finalizeHex` for input that comes in pieces.
///
/// `@unchecked Sendable`: swift-crypto 3's `SHA256` is a copy-on-write value (its BoringSSL
/// context is copied before a shared one is written) that does not say so; version 4 declares
/// the same type `Sendable`.
public struct SHA256: @unchecked Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// The digest of the UTF-8 bytes of `text` as lowercase hex.
    public static func hex(_ text: String) -> String { hex(text.utf8) }

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable {
            hasher.update(bufferPointer: UnsafeRawBufferPointer($0))
        }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
    }

    /// The 32-byte digest. The hasher is spent afterwards.
    public mutating func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    public mutating func finalizeHex() -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
