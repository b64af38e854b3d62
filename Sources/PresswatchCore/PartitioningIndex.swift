extension RandomAccessCollection {
    /// The first index whose element belongs in the second part, in a collection where every
    /// element of the first part comes before every element of the second (the shape of
    /// swift-algorithms' `partitioningIndex(where:)`): a binary search, O(log n). Tokens,
    /// sentences and spans are kept in text order, so this finds the one at an offset.
    @inlinable
    public func partitioningIndex(
        where belongsInSecondPart: (Element) throws -> Bool
    ) rethrows -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if try belongsInSecondPart(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
