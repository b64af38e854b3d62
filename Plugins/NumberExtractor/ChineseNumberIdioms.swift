/// Chinese idioms (成语) that hold a numeral and say no figure (三人成虎, 一叶障目, 千闻不如一见),
/// which the segmenter's lexicon lacks as idioms: from the Xinhua idiom list, chosen by
/// `tools/xinhua-number-idioms/make.py` (four characters or more, a numeral inside, not held
/// by the lexicon as an idiom or a set phrase, no plain count). The lexicon's own idioms need
/// no table: the cut keeps them whole and `WordGuard` reads their tags. The list is the
/// dictionary's, not the tests'; sayings and names it lacks (仨瓜俩枣, 三只松鼠) stay out of reach.
enum ChineseNumberIdioms {
    /// The list's lines, split once and by scalars: splitting the `String` walks the whole
    /// list by characters (grapheme breaking), which cost more than the look-ups of 25 pages.
    private static let idioms = xinhuaIdioms.unicodeScalars.split(separator: "\n")

    /// Built once, at the first Chinese quantity asked about.
    private static let table = WordTable<Bool>(idioms.map { (String(Substring($0)), true) })

    /// The longest idiom of the table, in characters: how far before a quantity one may start.
    private static let longest: Int = idioms.reduce(0) { max($0, $1.count) }

    /// Whether the quantity `start..<end` lies inside an idiom of the table written out around
    /// it, whose edges the cut agrees are word edges (`isBoundary`: no word of the segmenter
    /// runs across them, so the characters are read as the idiom, not as parts of the words
    /// around it). Each start before the quantity, up to the longest idiom, is one walk of the
    /// table, which stops at the first character no idiom continues with.
    static func covers(
        start: Int, end: Int, in text: [Unicode.Scalar], isBoundary: (Int) -> Bool
    ) -> Bool {
        var from = start
        while from > 0, start - from < longest - 1, Numeral.isHan(text[from - 1]) { from -= 1 }
        for idiomStart in from...start {
            if let (_, idiomEnd) = table.longestMatch(in: text, at: idiomStart), idiomEnd >= end,
                isBoundary(idiomStart), isBoundary(idiomEnd)
            {
                return true
            }
        }
        return false
    }
}
