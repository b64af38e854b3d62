/// The clean text of a headline, kicker or subtitle block.
enum HeadlineText {
    /// Lines joined (a space only where the print had one at the break), bold doubling
    /// undone when every part of the block is doubled, spaces repaired the headline way.
    static func render(_ block: TextBlock) -> String {
        let trimmed = block.lines.map { Array($0.trimmed) }
        let lines = BoldDoubling.undouble(trimmed) ?? trimmed
        var joined: [Unicode.Scalar] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let before = block.lines[index - 1].raw.last?.isSpaceLike ?? false
                let after = block.lines[index].raw.first?.isSpaceLike ?? false
                if before || after { joined.append(" ") }
            }
            joined.append(contentsOf: line)
        }
        return SpaceRepair.normalize(joined[...], mode: .headline).string
    }
}
