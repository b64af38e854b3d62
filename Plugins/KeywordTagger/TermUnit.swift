import PresswatchCore

/// A token the tagger keeps: a word that may be a keyword, or a piece of one.
struct TermUnit {
    enum Role: UInt8 {
        /// May be a keyword on its own (and part of a phrase).
        case content
        /// Only part of a phrase: a single character, an adjective, a generic word.
        case part
    }

    /// The interned, normalised text (case folded unless a name).
    var id: Int32
    var start: Int
    var role: Role
    var isVerb: Bool
    /// A word of the generic stop list (`今年`, `研究`): no phrase starts with one.
    var isGeneric = false
    /// A verb of the generic stop list (`开展`, `进行`): no phrase ends in one.
    var isGenericVerb = false
    /// Whether it follows the previous unit with nothing between but spaces, so the two can
    /// form a phrase.
    var joinsPrevious: Bool
}

/// The distinct normalised words of one article, each given a small number once. Their
/// IDFs are looked up later, only for the words that make candidates: each lookup in the
/// big table is a cache miss or two.
struct TermInterner {
    private var table = ScalarTable()
    private(set) var idf: [Float] = []
    /// Whether the word is latin script (phrases of it join with a space).
    private(set) var latin: [Bool] = []

    init(capacity: Int) {
        table.reserve(capacity, scalars: capacity * 2)
        idf.reserveCapacity(capacity)
        latin.reserveCapacity(capacity)
    }

    var count: Int { idf.count }

    mutating func id(of key: UnsafeBufferPointer<UInt32>, hash: UInt64, latin isLatin: Bool)
        -> Int32
    {
        if let entry = table.find(key, hash: hash) { return Int32(bitPattern: entry) }
        table.append(key, hash: hash, payload: UInt32(idf.count))
        idf.append(.nan)
        latin.append(isLatin)
        return Int32(idf.count - 1)
    }

    /// Looks up the IDF of every word the candidates are made of.
    mutating func lookUpIDF(of candidates: [Candidate], in idfTable: IDFTable) {
        for candidate in candidates {
            for place in 0..<candidate.parts.count {
                let id = Int(candidate.parts[place])
                guard idf[id].isNaN else { continue }
                let key = Array(table.key(id))
                idf[id] = key.withUnsafeBufferPointer { idfTable.idf($0, hash: scalarHash($0)) }
            }
        }
    }

    /// The id of a word already seen, or nil.
    func existing(_ key: UnsafeBufferPointer<UInt32>) -> Int32? {
        table.find(key, hash: scalarHash(key)).map { Int32(bitPattern: $0) }
    }

    func scalars(_ id: Int32) -> ArraySlice<UInt32> { table.key(Int(id)) }

    /// The scalars of words joined as a phrase: two latin words get a space between them.
    func scalars(of parts: TermParts, into buffer: inout [UInt32]) {
        buffer.removeAll(keepingCapacity: true)
        for place in 0..<parts.count {
            let part = parts[place]
            if place > 0 && latin[Int(part)] && latin[Int(parts[place - 1])] { buffer.append(0x20) }
            buffer.append(contentsOf: scalars(part))
        }
    }

    func text(of parts: TermParts) -> String {
        var buffer: [UInt32] = []
        scalars(of: parts, into: &buffer)
        var view = String.UnicodeScalarView()
        for value in buffer { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        return String(view)
    }
}

/// The word ids a term is made of: one word, or a phrase of up to four. Inline, no allocation.
struct TermParts: Hashable {
    private var ids: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    private(set) var count = 0

    init(_ id: Int32) { append(id) }

    init(_ source: TermParts, prefix: Int) {
        for place in 0..<prefix { append(source[place]) }
    }

    static let capacity = 4

    mutating func append(_ id: Int32) {
        switch count {
        case 0: ids.0 = id
        case 1: ids.1 = id
        case 2: ids.2 = id
        default: ids.3 = id
        }
        count = min(count + 1, Self.capacity)
    }

    subscript(place: Int) -> Int32 {
        switch place {
        case 0: ids.0
        case 1: ids.1
        case 2: ids.2
        default: ids.3
        }
    }

    func contains(_ id: Int32) -> Bool {
        (0..<count).contains { self[$0] == id }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.count == rhs.count && lhs.ids.0 == rhs.ids.0 && lhs.ids.1 == rhs.ids.1
            && lhs.ids.2 == rhs.ids.2 && lhs.ids.3 == rhs.ids.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(Int64(ids.0) << 32 | Int64(UInt32(bitPattern: ids.1)))
        hasher.combine(Int64(ids.2) << 32 | Int64(UInt32(bitPattern: ids.3)))
    }
}
