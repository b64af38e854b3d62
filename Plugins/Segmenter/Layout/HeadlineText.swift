/// The clean text of a headline, kicker or subtitle block.
enum HeadlineText {
    /// Lines joined (a space only where the print had one at the break), bold doubling
    /// undone when every part of the block is doubled, spaces repaired the headline way.
    static func render(_ block: TextBlock) -> String {
        let trimmed = block.lines.map { joiningLetterSpacing(Array($0.trimmed)) }
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

    /// A run of three or more single Han set apart by spaces (`重 研 发`) is letter-spaced
    /// type: the spaces go. Spaces between longer parts are real (`重研发 助发展`).
    static func joiningLetterSpacing(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let parts = line.split(whereSeparator: { $0.isSpaceLike })
        guard parts.count >= 3 else { return line }
        var result: [Unicode.Scalar] = []
        var index = 0
        while index < parts.count {
            var end = index
            while end < parts.count, parts[end].count == 1, parts[end].first!.isHan { end += 1 }
            if end - index >= 3 {
                if !result.isEmpty { result.append(" ") }
                for part in parts[index..<end] { result += part }
                index = end
            } else {
                if !result.isEmpty { result.append(" ") }
                result += parts[index]
                index += 1
            }
        }
        return result
    }
}
