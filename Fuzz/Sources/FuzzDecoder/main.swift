import FuzzTargets

// libFuzzer's start: what the target loads once, loaded before the first input is timed.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>?,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    FuzzTarget.decoder.prepare()
    return 0
}

// libFuzzer's entry point: one input, its properties checked by FuzzTarget.decoder. A broken
// property stops the run like a crash, so libFuzzer keeps the input and reports it.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let broken = FuzzTarget.decoder.run(bytes)
    if !broken.isEmpty { fatalError(broken.joined(separator: "; ")) }
    return 0
}
