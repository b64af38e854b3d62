import PresswatchCore

/// Runs of ideographs: the best path through the lexicon's word graph, and the HMM for the
/// stretches the path leaves as single characters that do not form a known word together
/// (jieba's `cut` with `HMM=True`).
extension WordSegmenter {
    func segmentHan(
        _ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, into tokens: inout [Token]
    ) {
        let count = range.count
        guard count > 0 else { return }
        let run = UnsafeBufferPointer(rebasing: text[range])
        withUnsafeTemporaryAllocation(of: RouteStep.self, capacity: count + 1) { route in
            WordGraph.route(run, lexicon: lexicon, into: route)
            var position = 0
            var singlesStart = -1
            while position < count {
                let step = route[position]
                let end = Int(step.end)
                if end - position == 1 {
                    if singlesStart < 0 { singlesStart = position }
                } else {
                    if singlesStart >= 0 {
                        appendSingles(run, singlesStart..<position, route, range, &tokens)
                        singlesStart = -1
                    }
                    appendWord(
                        range.lowerBound + position, range.lowerBound + end, step.node, &tokens)
                }
                position = end
            }
            if singlesStart >= 0 {
                appendSingles(run, singlesStart..<count, route, range, &tokens)
            }
        }
    }

    @inline(__always)
    private func appendWord(_ start: Int, _ end: Int, _ node: Int32, _ tokens: inout [Token]) {
        let tag = node >= 0 ? lexicon.tag(ofNode: node) : nil
        tokens.append(Token(span: Span(start: start, end: end), kind: .word, tag: tag))
    }

    /// Characters the best path took one by one: a lone one stays; a stretch that is itself a
    /// word stays split (the path preferred that); any other stretch goes to the HMM, except
    /// that a character that is itself a very common word (是, 为, 之 ...) stays alone: the HMM
    /// would glue it to a neighbour.
    private func appendSingles(
        _ run: UnsafeBufferPointer<UInt32>, _ singles: Range<Int>,
        _ route: UnsafeMutableBufferPointer<RouteStep>, _ range: Range<Int>,
        _ tokens: inout [Token]
    ) {
        if singles.count == 1 || isWord(run, singles) {
            appendCharacters(singles, route, offset: range.lowerBound, &tokens)
            return
        }
        var pieceStart = singles.lowerBound
        for position in singles where isAnchor(route[position].node) {
            appendUnknownStretch(run, pieceStart..<position, route, range, &tokens)
            appendCharacters(position..<position + 1, route, offset: range.lowerBound, &tokens)
            pieceStart = position + 1
        }
        appendUnknownStretch(run, pieceStart..<singles.upperBound, route, range, &tokens)
    }

    private func appendCharacters(
        _ characters: Range<Int>, _ route: UnsafeMutableBufferPointer<RouteStep>, offset: Int,
        _ tokens: inout [Token]
    ) {
        for position in characters {
            appendWord(offset + position, offset + position + 1, route[position].node, &tokens)
        }
    }

    @inline(__always)
    private func isAnchor(_ node: Int32) -> Bool {
        node >= 0 && lexicon.trie.nodes[Int(node)].logProbability >= anchorLogProbability
    }

    /// Single characters between anchors: the HMM's words, unless they form a lexicon word.
    private func appendUnknownStretch(
        _ run: UnsafeBufferPointer<UInt32>, _ singles: Range<Int>,
        _ route: UnsafeMutableBufferPointer<RouteStep>, _ range: Range<Int>,
        _ tokens: inout [Token]
    ) {
        let offset = range.lowerBound
        if singles.count <= 1 || isWord(run, singles) {
            appendCharacters(singles, route, offset: offset, &tokens)
            return
        }
        var wordStart = singles.lowerBound
        model.cut(UnsafeBufferPointer(rebasing: run[singles])) { end in
            let wordEnd = singles.lowerBound + end
            let node =
                wordEnd - wordStart == 1
                ? route[wordStart].node : lexicon.node(run[wordStart..<wordEnd])
            appendFoundWord(run, wordStart..<wordEnd, offset: offset, node, &tokens)
            wordStart = wordEnd
        }
    }

    /// A word the HMM found: the lexicon's tag when it happens to be a word, else a guess.
    private func appendFoundWord(
        _ run: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, offset: Int, _ node: Int32,
        _ tokens: inout [Token]
    ) {
        let span = Span(start: offset + range.lowerBound, end: offset + range.upperBound)
        if node >= 0 || range.count == 1 {
            tokens.append(
                Token(span: span, kind: .word, tag: node >= 0 ? lexicon.tag(ofNode: node) : nil))
        } else {
            tokens.append(Token(span: span, kind: .word, tag: UnknownWordTag.guess(run, range)))
        }
    }

    private func isWord(_ run: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Bool {
        lexicon.node(run[range]) >= 0
    }
}
