/// Undoes the doubling that bold headline fonts cause in extracted text.
///
/// A bold run comes out twice: `““招商日招商日””发力发力` is the runs `“`, `招商日`, `”`,
/// `发力`, each written twice. A headline is repaired only when every space-separated part
/// of every line parses completely as doubled runs, so real reduplication (`天天向上`,
/// `谢谢`) inside ordinary text is never touched; body text is never passed here.
enum BoldDoubling {
    /// Longest part tried; headlines are far shorter, and the parse is cubic.
    private static let maximumPart = 400

    /// The lines with their doubling undone, or nil when they are not all doubled.
    static func undouble(_ lines: [[Unicode.Scalar]]) -> [[Unicode.Scalar]]? {
        var repaired: [[Unicode.Scalar]] = []
        for line in lines {
            var out: [Unicode.Scalar] = []
            var part: [Unicode.Scalar] = []
            var sawPart = false
            func flush() -> Bool {
                guard !part.isEmpty else { return true }
                guard let single = undoublePart(part) else { return false }
                out.append(contentsOf: single)
                part.removeAll()
                sawPart = true
                return true
            }
            for scalar in line {
                if scalar.isSpaceLike {
                    guard flush() else { return nil }
                    if !out.isEmpty, out.last != " " { out.append(" ") }
                } else {
                    part.append(scalar)
                }
            }
            guard flush(), sawPart else { return nil }
            while out.last == " " { out.removeLast() }
            repaired.append(out)
        }
        return repaired.isEmpty ? nil : repaired
    }

    /// `part` as runs r1 r1 r2 r2 …, returned as r1 r2 …, preferring the longest runs; nil
    /// when it does not parse.
    static func undoublePart(_ part: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let count = part.count
        guard count >= 2, count % 2 == 0, count <= maximumPart else { return nil }
        // runEnd[i]: the length of the run chosen at offset i on a path to the end.
        var runAt = [Int](repeating: 0, count: count + 1)
        var reachesEnd = [Bool](repeating: false, count: count + 1)
        reachesEnd[count] = true
        var start = count - 2
        while start >= 0 {
            var length = (count - start) / 2
            while length >= 1 {
                if reachesEnd[start + 2 * length], isDoubled(part, at: start, length: length) {
                    reachesEnd[start] = true
                    runAt[start] = length
                    break
                }
                length -= 1
            }
            start -= 1
        }
        guard reachesEnd[0] else { return nil }
        var single: [Unicode.Scalar] = []
        var offset = 0
        while offset < count {
            let length = runAt[offset]
            single.append(contentsOf: part[offset..<offset + length])
            offset += 2 * length
        }
        return single
    }

    private static func isDoubled(_ part: [Unicode.Scalar], at start: Int, length: Int) -> Bool {
        for offset in 0..<length where part[start + offset] != part[start + length + offset] {
            return false
        }
        return true
    }
}
