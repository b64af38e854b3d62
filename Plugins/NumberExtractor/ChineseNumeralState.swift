/// The running sums of a Chinese (or mixed) numeral: `total` holds what is done with a
/// magnitude (万, 亿, 兆), `section` the part below the current magnitude, `pending` the last
/// digit or Arabic number not yet multiplied by a unit.
struct ChineseNumeralState {
    enum Element {
        case none, digit, arabic
        case unit(Int)
        case magnitude(Int)
        case zero, approx

        var isZero: Bool {
            if case .zero = self { return true }
            return false
        }
    }

    var total = 0.0
    var section = 0.0
    var pending: DecimalNumber?
    /// The last unit used in this section: units must fall (千 then 百 then 十).
    var sectionUnit = Int.max
    var largestMagnitude = 0
    var previous = Element.none
    /// Whether the magnitude last seen is still the last thing with a value (`万万`, `万亿`).
    var magnitudeLast = false
    var approx: Approximation?
    var pendingIsSingleChineseDigit = false
    /// Whether the numeral opens with a bare place (`百分之`, `十五`), not a digit.
    var leadsWithPlace = false

    var hasValue: Bool { total != 0 || section != 0 || pending != nil }

    /// 零 between places (`一万零五百`), or alone at the start.
    mutating func addZero(atStart: Bool) -> Bool {
        guard pending == nil, hasValue || atStart else { return false }
        previous = .zero
        return true
    }

    /// A digit waiting for its place; two digits in a row end the numeral.
    mutating func addDigit(_ digit: Int, isLiang: Bool) -> Bool {
        guard pending == nil else { return false }
        lastScaleElement = previous
        pending = DecimalNumber(Double(digit))
        pendingIsSingleChineseDigit = !isLiang
        previous = .digit
        return true
    }

    /// 廿, 卅, 卌: a tens figure in one character.
    mutating func addTens(_ tens: Int) -> Bool {
        guard pending == nil, sectionUnit > 10 else { return false }
        section += Double(tens)
        sectionUnit = 10
        previous = .unit(10)
        return true
    }

    mutating func addUnit(_ unit: Int, exponent: Int) -> Bool {
        guard unit < sectionUnit else { return false }
        let multiplier: DecimalNumber
        if let pending {
            multiplier = pending
        } else {
            switch previous {
            case .none, .zero, .magnitude: multiplier = DecimalNumber(1)
            default: return false
            }
        }
        section += multiplier.times(pow10: exponent)
        pending = nil
        sectionUnit = unit
        previous = .unit(unit)
        magnitudeLast = false
        return true
    }

    mutating func addMagnitude(exponent: Int) -> Bool {
        guard hasValue else { return false }
        let scale = DecimalNumber.power(exponent)
        let sectionValue = section * scale + (pending?.times(pow10: exponent) ?? 0)
        if exponent > largestMagnitude || (section == 0 && pending == nil && magnitudeLast) {
            total = total * scale + sectionValue
        } else if exponent == largestMagnitude, section != 0, total < scale * scale {
            // 一万二千三百四十五万(六千七百八十九亿), 一万二千万: the same magnitude again after
            // places, with nothing larger before it, closes the whole numeral so far as its
            // multiplier (12345万), the way 亿 is 万万; read as a sum it was a wrong figure.
            total = (total + section + (pending?.value ?? 0)) * scale
        } else {
            total += sectionValue
        }
        largestMagnitude = max(largestMagnitude, exponent)
        section = 0
        pending = nil
        sectionUnit = Int.max
        previous = .magnitude(exponent)
        magnitudeLast = true
        return true
    }

    /// `一万三` is 13000, `一百五` is 150: a last lone digit after 百, 千 or a magnitude
    /// counts in the next lower place.
    mutating func applyAbbreviation() {
        guard let digit = pending, pendingIsSingleChineseDigit else { return }
        switch previous {
        case .digit:
            break
        default:
            return
        }
        if case .unit(let unit) = lastScaleElement, unit >= 100 {
            section += digit.value * Double(unit / 10)
            pending = nil
        } else if case .magnitude(let exponent) = lastScaleElement {
            section += digit.times(pow10: exponent - 1)
            pending = nil
        }
    }

    /// The unit or magnitude right before the pending digit, set by the reader.
    var lastScaleElement = Element.none

    var value: Double { total + section + (pending?.value ?? 0) }
}
