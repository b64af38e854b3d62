/// What both JSON encoders (the value tree's and the event stream's) share, so that they name
/// array places and refuse numbers in the same words.

/// The coding key of an array element: its index.
struct JSONIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String
    init(_ index: Int) {
        intValue = index
        stringValue = String(index)
    }
    init?(intValue: Int) { self.init(intValue) }
    init?(stringValue: String) { nil }
}

/// The refusal of a number JSON cannot write (infinite or not a number), with its path.
func nonFiniteNumberError(_ number: Double, _ codingPath: [any CodingKey]) -> EncodingError {
    let path = codingPath.map(\.stringValue).joined(separator: ".")
    return EncodingError.invalidValue(
        number,
        .init(codingPath: codingPath, debugDescription: "\(number) at \(path) has no JSON form"))
}
