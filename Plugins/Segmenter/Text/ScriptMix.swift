import PresswatchCore

/// How much of a text is Chinese and how much Latin script, and so its language.
struct ScriptMix: Sendable, Equatable {
    var han = 0
    var latinLetters = 0

    static func measure(_ text: String) -> ScriptMix {
        var mix = ScriptMix()
        for scalar in text.unicodeScalars {
            if scalar.isHan {
                mix.han += 1
            } else if scalar.isLatinLetter {
                mix.latinLetters += 1
            }
        }
        return mix
    }

    /// `zh` or `en` when one script makes at least 80% of the text (an English word of
    /// about five letters weighs like two Han), `mixed` between, `unknown` with neither.
    var language: Language {
        let chinese = Double(han)
        let english = Double(latinLetters) / 2.5
        let total = chinese + english
        guard total > 0 else { return .unknown }
        if chinese / total >= 0.8 { return .zh }
        if english / total >= 0.8 { return .en }
        return .mixed
    }
}
