/// Some signs and names of money are shared by several countries: ¥ and ￥ are the yuan
/// and the yen, 里亚尔 the rial of Iran, Oman and Yemen and the riyal of Saudi Arabia and
/// Qatar, 卢比 and `rupees` the rupee of India, Pakistan, Sri Lanka and Nepal, 迪拉姆 the
/// dirham of the Emirates and of Morocco, 比索 and `pesos` the peso of Mexico, the
/// Philippines, Argentina, Chile, Colombia, Cuba, Uruguay and the Dominican Republic. Each such
/// amount is read in the money of the country its sentence names (在日本的售价为¥49,980,
/// 伊朗 … 里亚尔), the one nearest the amount when it names several, and in the usual one
/// when it names none (the yuan on a Chinese page). A name with no usual country (比索: the
/// tables give it the empty code) is no figure without its country: the scanner drops an
/// amount whose code stays empty rather than guess the peso. The evidence is read only for the few
/// amounts written with a shared sign or name, and only within the sentence of the amount.
enum CurrencyByCountry {
    /// The code for an amount in the sign or name `word` (`start..<end`), read as `code`.
    static func code(_ code: String, word start: Int, _ end: Int, in text: [Unicode.Scalar])
        -> String
    {
        guard let (countries, wordEnd) = sharedNames.longestMatch(in: text, at: start),
            wordEnd == end
        else { return code }
        var from = start
        while from > 0, start - from < reach, !isSentenceEnd(text[from - 1]) { from -= 1 }
        var to = end
        while to < text.count, to - end < reach, !isSentenceEnd(text[to]) { to += 1 }
        var best: (code: String, distance: Int)?
        for offset in from..<to where offset < start || offset >= end {
            guard let (country, _) = countries.longestMatch(in: text, at: offset),
                offset == 0 || Numeral.latinLower(text[offset - 1]) == nil
            else { continue }
            // An English word from its start only (not the yen of Cheyenne).
            let distance = offset < start ? start - offset : offset - end
            if best == nil || distance < best!.distance { best = (country, distance) }
        }
        return best?.code ?? code
    }

    /// How far from the sign a sentence is searched, either way: a long sentence stops here.
    private static let reach = 80

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "\n", "!", "?", ";": return true
        default: return false
        }
    }

    /// Each shared sign or name, with the countries (their names and, in English, their
    /// adjectives, which the table matches as whole words: `Japanese`; their largest cities and
    /// their money, Chinese and English in lower case: the table matches Latin letters
    /// case-insensitively) that say which money it is.
    private static let sharedNames = WordTable<WordTable<String>>(
        [
            ("¥", yenCountries), ("￥", yenCountries), ("里亚尔", rialCountries),
            ("卢比", rupeeCountries), ("盧比", rupeeCountries), ("rupees", rupeeCountries),
            ("rupee", rupeeCountries), ("rs", rupeeCountries), ("rs.", rupeeCountries),
            ("riyals", rialCountries), ("rials", rialCountries),
            ("迪拉姆", dirhamCountries), ("dirhams", dirhamCountries),
            ("比索", pesoCountries), ("pesos", pesoCountries),
        ])

    private static let pesoCountries = WordTable<String>([
        ("墨西哥", "MXN"), ("菲律宾", "PHP"), ("马尼拉", "PHP"), ("阿根廷", "ARS"),
        ("布宜诺斯艾利斯", "ARS"), ("智利", "CLP"), ("哥伦比亚", "COP"), ("波哥大", "COP"),
        ("古巴", "CUP"), ("哈瓦那", "CUP"), ("乌拉圭", "UYU"), ("蒙得维的亚", "UYU"),
        ("多米尼加", "DOP"), ("mexico", "MXN"), ("mexican", "MXN"), ("philippine", "PHP"),
        ("filipino", "PHP"), ("argentine", "ARS"), ("argentinian", "ARS"), ("chilean", "CLP"),
        ("colombian", "COP"), ("cuban", "CUP"), ("uruguayan", "UYU"),
        ("manila", "PHP"), ("argentina", "ARS"), ("buenos aires", "ARS"), ("chile", "CLP"),
        ("colombia", "COP"), ("bogota", "COP"), ("cuba", "CUP"), ("havana", "CUP"),
        ("uruguay", "UYU"), ("montevideo", "UYU"), ("dominican", "DOP"),
    ])

    /// Japan, its money, Tokyo and the designated cities of its Local Autonomy Law (政令指定都市;
    /// 堺 left out, one character that is no name alone in Chinese), in Chinese and English.
    private static let yenCountries = WordTable<String>(
        [
            "日本", "日元", "日圆", "东京", "japan", "japanese", "tokyo", "yen", "札幌", "仙台", "埼玉",
            "千叶", "川崎", "横滨", "相模原", "新潟", "静冈", "滨松", "名古屋", "京都", "大阪", "神户", "冈山",
            "广岛", "北九州", "福冈", "熊本", "sapporo", "sendai", "saitama", "chiba", "kawasaki",
            "yokohama", "sagamihara", "niigata", "shizuoka", "hamamatsu", "nagoya", "kyoto",
            "osaka",
            "kobe", "okayama", "hiroshima", "kitakyushu", "fukuoka", "kumamoto",
        ].map { ($0, "JPY") })

    private static let rialCountries = WordTable<String>([
        ("伊朗", "IRR"), ("德黑兰", "IRR"), ("沙特", "SAR"), ("利雅得", "SAR"), ("卡塔尔", "QAR"),
        ("多哈", "QAR"), ("阿曼", "OMR"), ("马斯喀特", "OMR"), ("也门", "YER"), ("萨那", "YER"),
        ("iran", "IRR"), ("saudi", "SAR"), ("qatar", "QAR"), ("oman", "OMR"), ("yemen", "YER"),
        ("iranian", "IRR"), ("qatari", "QAR"), ("omani", "OMR"), ("yemeni", "YER"),
    ])

    private static let dirhamCountries = WordTable<String>([
        ("阿联酋", "AED"), ("迪拜", "AED"), ("阿布扎比", "AED"), ("摩洛哥", "MAD"), ("卡萨布兰卡", "MAD"),
        ("拉巴特", "MAD"), ("马拉喀什", "MAD"), ("uae", "AED"), ("dubai", "AED"), ("abu dhabi", "AED"),
        ("emirates", "AED"), ("emirati", "AED"), ("morocco", "MAD"), ("moroccan", "MAD"),
        ("casablanca", "MAD"),
    ])

    private static let rupeeCountries = WordTable<String>([
        ("印度", "INR"), ("巴基斯坦", "PKR"), ("卡拉奇", "PKR"), ("伊斯兰堡", "PKR"),
        ("斯里兰卡", "LKR"), ("科伦坡", "LKR"), ("尼泊尔", "NPR"), ("加德满都", "NPR"),
        ("india", "INR"), ("pakistan", "PKR"), ("karachi", "PKR"), ("sri lanka", "LKR"),
        ("nepal", "NPR"), ("indian", "INR"), ("pakistani", "PKR"), ("sri lankan", "LKR"),
        ("nepalese", "NPR"), ("nepali", "NPR"),
    ])
}
