extension QuantityReader {
    /// `倒了一地`, `洒了一地的水`: 一 with a container (地, the ground) as what a finished verb
    /// left is "all over" it, no count of one place; 一 stands for 满 there. Only right after
    /// 了 or 得 and closing the clause or before 的, where a count of places (京津冀三地联合,
    /// 去了一地又一地) has a verb or a noun of its own after it.
    func isAllOver(_ quantity: Quantity) -> Bool {
        guard quantity.kind == .count, quantity.end - quantity.start == 2,
            text[quantity.start] == "一", Self.containers.contains(text[quantity.start + 1]),
            quantity.start > 0, text[quantity.start - 1] == "了" || text[quantity.start - 1] == "得"
        else { return false }
        let end = quantity.end
        return end >= text.count || text[end] == "的" || !Numeral.isHan(text[end])
    }

    /// The containers the construction takes that the classifier table also holds.
    private static let containers = ScalarSet("地床桌")
}
