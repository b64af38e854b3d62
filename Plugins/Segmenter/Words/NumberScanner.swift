/// Numbers stay one token with their sign, thousands separators, decimal part and percent sign
/// (`-3.9`, `1,234`, `4.14`, `30%`, `１２３`), with the Chinese magnitudes and approximations
/// written after digits (`25亿`, `4.5万`, `300多`), and times, dates and scores written with
/// digits (`9:00`, `3·15`, `2023-02-08`, `3-2`).
extension ScalarCursor {
    @inline(__always)
    static func isPercentSign(_ value: UInt32) -> Bool {
        value == 0x25 || value == 0xFF05 || value == 0x2030  // % ％ ‰
    }

    @inline(__always)
    static func isDecimalPoint(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0xFF0E  // . ．
    }

    @inline(__always)
    static func isMagnitude(_ value: UInt32) -> Bool {
        value == 0x4E07 || value == 0x4EBF || value == 0x5343 || value == 0x767E  // 万 亿 千 百
    }

    /// 米 克 瓦 伏 卡 帕 赫 焦 升 欧: units that take 千 as a prefix.
    static func isMetricUnit(_ value: UInt32) -> Bool {
        switch value {
        case 0x7C73, 0x514B, 0x74E6, 0x4F0F, 0x5361, 0x5E15, 0x8D6B, 0x7126, 0x5347, 0x6B27: true
        default: false
        }
    }

    @inline(__always)
    static func isApproximation(_ value: UInt32) -> Bool {
        value == 0x591A || value == 0x4F59  // 多 余
    }

    @inline(__always)
    static func isSign(_ value: UInt32) -> Bool {
        switch value {
        case 0x2D, 0x2B, 0x2212, 0xFF0D, 0xFF0B: true  // - + − － ＋
        default: false
        }
    }

    /// Between digit groups: `:` (times), `·` (dates such as 3·15), `-` and `/` (dates, scores).
    @inline(__always)
    static func isDigitJoiner(_ value: UInt32) -> Bool {
        switch value {
        case 0x3A, 0xFF1A, 0xB7, 0x2D, 0x2F: true
        default: false
        }
    }

    /// Whether a sign at `index` starts a number: a digit follows, and no word or number
    /// precedes it (then it is a hyphen or a minus between operands).
    func signStartsNumber(at index: Int, rangeStart: Int) -> Bool {
        guard Self.isSign(text[index]), isDigit(at: index + 1) else { return false }
        return index == rangeStart || !isAlphanumeric(at: index - 1)
    }

    /// The end of the number starting at `index` (a digit or a sign), and whether letters
    /// glued to it (`5G`, `3M45`) made it a Latin word instead.
    func numberEnd(from index: Int) -> (end: Int, isLatin: Bool) {
        var position = Self.isSign(text[index]) ? index + 1 : index
        position = digitsEnd(from: position)
        position = separatorsAndDecimals(from: position)
        if classIfAny(at: position) == .letter {
            return (latinEnd(from: position), true)
        }
        if let next = scalar(at: position), Self.isPercentSign(next) {
            return (position + 1, false)
        }
        return (chineseSuffixes(from: position), false)
    }

    /// Thousands groups (`,` and exactly three digits), one decimal part, digit joiners.
    private func separatorsAndDecimals(from start: Int) -> Int {
        var position = start
        var hasDecimal = false
        while let next = scalar(at: position), isDigit(at: position + 1) {
            if next == 0x2C && !hasDecimal {
                let groupEnd = digitsEnd(from: position + 1)
                guard groupEnd - position == 4 else { break }
                position = groupEnd
            } else if Self.isDecimalPoint(next) && !hasDecimal {
                hasDecimal = true
                position = digitsEnd(from: position + 1)
            } else if Self.isDigitJoiner(next) {
                let groupEnd = digitsEnd(from: position + 1)
                // A time's minutes have two digits; other joiners take any group.
                if next == 0x3A || next == 0xFF1A, groupEnd - position != 3 { break }
                position = groupEnd
                hasDecimal = false
            } else {
                break
            }
        }
        return position
    }

    /// 万 亿 千 百 and 多 余 after digits, and digits again after a magnitude (`6万2千多`).
    private func chineseSuffixes(from start: Int) -> Int {
        var position = start
        var taken = 0
        while let next = scalar(at: position), taken < 4 {
            // 千 before a metric unit is the unit's prefix: 3 千米, 5 千克, 1 千瓦.
            if next == 0x5343, let unit = scalar(at: position + 1), Self.isMetricUnit(unit) {
                break
            }
            if Self.isMagnitude(next) {
                position += 1
                taken += 1
                if isDigit(at: position) {
                    position = separatorsAndDecimals(from: digitsEnd(from: position))
                }
            } else if Self.isApproximation(next) {
                position += 1
                taken += 1
            } else {
                break
            }
        }
        return position
    }
}
