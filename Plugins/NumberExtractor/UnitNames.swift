/// Currency words: (word, ISO 4217 code, worth in that currency).
enum CurrencyNames {
    static let suffixes: [(String, String, Double)] = [
        ("元", "CNY", 1), ("圆", "CNY", 1), ("人民币", "CNY", 1), ("元人民币", "CNY", 1),
        ("块钱", "CNY", 1), ("角", "CNY", 0.1), ("毛", "CNY", 0.1),
        ("分", "CNY", 0.01), ("美元", "USD", 1), ("美金", "USD", 1), ("美圆", "USD", 1),
        ("美分", "USD", 0.01), ("欧元", "EUR", 1), ("欧分", "EUR", 0.01), ("日元", "JPY", 1),
        ("日圆", "JPY", 1), ("日圓", "JPY", 1), ("日本銭", "JPY", 0.01), ("日本钱", "JPY", 0.01),
        ("港元", "HKD", 1), ("港币", "HKD", 1), ("港幣", "HKD", 1), ("英镑", "GBP", 1),
        ("英鎊", "GBP", 1), ("便士", "GBP", 0.01), ("台币", "TWD", 1), ("台幣", "TWD", 1),
        ("新台币", "TWD", 1), ("新台幣", "TWD", 1), ("奈拉", "NGN", 1), ("卢布", "RUB", 1),
        ("盧布", "RUB", 1), ("韩元", "KRW", 1), ("韓元", "KRW", 1), ("澳元", "AUD", 1),
        ("澳币", "AUD", 1), ("加元", "CAD", 1), ("加币", "CAD", 1), ("瑞士法郎", "CHF", 1),
        ("瑞郎", "CHF", 1), ("新加坡元", "SGD", 1), ("新元", "SGD", 1), ("泰铢", "THB", 1),
        ("泰銖", "THB", 1), ("卢比", "INR", 1), ("印度卢比", "INR", 1), ("越南盾", "VND", 1),
        ("澳门元", "MOP", 1), ("澳门币", "MOP", 1), ("澳門幣", "MOP", 1), ("林吉特", "MYR", 1),
        ("令吉", "MYR", 1), ("新西兰元", "NZD", 1), ("纽元", "NZD", 1), ("里拉", "TRY", 1),
        ("兰特", "ZAR", 1), ("雷亚尔", "BRL", 1), ("比特币", "BTC", 1), ("毛钱", "CNY", 0.1),
        ("角钱", "CNY", 0.1), ("分钱", "CNY", 0.01), ("人民幣", "CNY", 1), ("人民币元", "CNY", 1),
        ("歐元", "EUR", 1), ("歐分", "EUR", 0.01), ("港圓", "HKD", 1), ("韓圓", "KRW", 1),
        ("韩圆", "KRW", 1), ("加幣", "CAD", 1), ("澳幣", "AUD", 1), ("盧比", "INR", 1),
        ("紐元", "NZD", 1), ("迪拉姆", "AED", 1), ("沙特里亚尔", "SAR", 1), ("里亚尔", "SAR", 1),
        ("印尼盾", "IDR", 1), ("菲律宾比索", "PHP", 1), ("墨西哥比索", "MXN", 1),
        ("阿根廷比索", "ARS", 1), ("比索", "", 1), ("埃及镑", "EGP", 1), ("土耳其里拉", "TRY", 1),
        ("瑞典克朗", "SEK", 1), ("挪威克朗", "NOK", 1), ("丹麦克朗", "DKK", 1),
        ("兹罗提", "PLN", 1), ("福林", "HUF", 1), ("巴基斯坦卢比", "PKR", 1), ("谢克尔", "ILS", 1),
        ("新谢克尔", "ILS", 1), ("坚戈", "KZT", 1), ("格里夫纳", "UAH", 1), ("塔卡", "BDT", 1),
        ("肯尼亚先令", "KES", 1), ("科威特第纳尔", "KWD", 1), ("约旦第纳尔", "JOD", 1),
        ("缅元", "MMK", 1), ("基普", "LAK", 1), ("瑞尔", "KHR", 1), ("戈比", "RUB", 0.01),
        ("yuan", "CNY", 1), ("rmb", "CNY", 1), ("renminbi", "CNY", 1), ("dollars", "USD", 1),
        ("dollar", "USD", 1), ("us dollars", "USD", 1), ("usd", "USD", 1), ("euros", "EUR", 1),
        ("euro", "EUR", 1), ("eur", "EUR", 1), ("pounds", "GBP", 1), ("pound", "GBP", 1),
        ("gbp", "GBP", 1), ("yen", "JPY", 1), ("jpy", "JPY", 1), ("hk dollars", "HKD", 1),
        ("hkd", "HKD", 1), ("cents", "USD", 0.01), ("cny", "CNY", 1),
        // More of the world's currencies, by their Chinese and English names and codes.
        ("加拿大元", "CAD", 1), ("澳大利亚元", "AUD", 1), ("澳洲元", "AUD", 1), ("新加坡币", "SGD", 1),
        ("新西兰币", "NZD", 1), ("俄罗斯卢布", "RUB", 1),
        ("白俄罗斯卢布", "BYN", 1), ("南非兰特", "ZAR", 1), ("巴西雷亚尔", "BRL", 1),
        ("印度尼西亚盾", "IDR", 1), ("马来西亚林吉特", "MYR", 1), ("马币", "MYR", 1),
        ("泰国铢", "THB", 1), ("菲律宾比索", "PHP", 1), ("智利比索", "CLP", 1),
        ("哥伦比亚比索", "COP", 1), ("秘鲁索尔", "PEN", 1), ("朝鲜元", "KPW", 1), ("图格里克", "MNT", 1),
        ("蒙古图格里克", "MNT", 1), ("卡塔尔里亚尔", "QAR", 1), ("伊朗里亚尔", "IRR", 1),
        ("阿联酋迪拉姆", "AED", 1), ("摩洛哥迪拉姆", "MAD", 1), ("尼日利亚奈拉", "NGN", 1),
        ("捷克克朗", "CZK", 1), ("冰岛克朗", "ISK", 1), ("匈牙利福林", "HUF", 1), ("波兰兹罗提", "PLN", 1),
        ("罗马尼亚列伊", "RON", 1), ("列伊", "RON", 1), ("保加利亚列弗", "BGN", 1), ("列弗", "BGN", 1),
        ("乌克兰格里夫纳", "UAH", 1), ("以色列新谢克尔", "ILS", 1), ("哈萨克斯坦坚戈", "KZT", 1),
        ("越南盾", "VND", 1), ("老挝基普", "LAK", 1), ("柬埔寨瑞尔", "KHR", 1), ("斯里兰卡卢比", "LKR", 1),
        ("尼泊尔卢比", "NPR", 1), ("孟加拉塔卡", "BDT", 1), ("土耳其新里拉", "TRY", 1),
        ("瑞士法郎", "CHF", 1), ("西非法郎", "XOF", 1), ("中非法郎", "XAF", 1), ("卢旺达法郎", "RWF", 1),
        ("埃塞俄比亚比尔", "ETB", 1), ("坦桑尼亚先令", "TZS", 1), ("乌干达先令", "UGX", 1),
        ("以太币", "ETH", 1), ("以太坊", "ETH", 1), ("莱特币", "LTC", 1), ("泰达币", "USDT", 1),
        ("港元", "HKD", 1), ("澳门币", "MOP", 1), ("澳门元", "MOP", 1), ("分币", "CNY", 0.01),
        ("hong kong dollars", "HKD", 1), ("australian dollars", "AUD", 1),
        ("canadian dollars", "CAD", 1), ("singapore dollars", "SGD", 1),
        ("new zealand dollars", "NZD", 1), ("swiss francs", "CHF", 1), ("rupees", "INR", 1),
        ("rupee", "INR", 1), ("roubles", "RUB", 1), ("rubles", "RUB", 1),
        ("bitcoins", "BTC", 1), ("bitcoin", "BTC", 1), ("aud", "AUD", 1), ("cad", "CAD", 1),
        ("chf", "CHF", 1), ("sgd", "SGD", 1), ("krw", "KRW", 1), ("inr", "INR", 1),
        ("rub", "RUB", 1),
        ("twd", "TWD", 1), ("mop", "MOP", 1), ("btc", "BTC", 1), ("pence", "GBP", 0.01),
        ("rupiah", "IDR", 1), ("ringgit", "MYR", 1), ("baht", "THB", 1), ("dong", "VND", 1),
        ("naira", "NGN", 1), ("rand", "ZAR", 1), ("lira", "TRY", 1), ("zloty", "PLN", 1),
        ("zlotys", "PLN", 1), ("forints", "HUF", 1), ("shekels", "ILS", 1), ("tenge", "KZT", 1),
        ("hryvnias", "UAH", 1), ("riyals", "SAR", 1), ("rials", "IRR", 1), ("dirhams", "AED", 1),
        ("swiss franc", "CHF", 1), ("swedish kronor", "SEK", 1), ("norwegian kroner", "NOK", 1),
        ("danish kroner", "DKK", 1), ("mexican pesos", "MXN", 1), ("philippine pesos", "PHP", 1),
        ("pesos", "", 1),
        ("brazilian reais", "BRL", 1), ("reais", "BRL", 1), ("south korean won", "KRW", 1),
        // Signs written after the amount, as in much of Europe (35€, 12 £).
        ("€", "EUR", 1), ("£", "GBP", 1), ("₩", "KRW", 1), ("₹", "INR", 1), ("₽", "RUB", 1),
        ("¥", "CNY", 1), ("￥", "CNY", 1), ("$", "USD", 1), ("us$", "USD", 1), ("hk$", "HKD", 1),
        ("nt$", "TWD", 1),
    ]

    /// Sub-units that mean money only after a larger unit: `50元6角三分`, not `3分`.
    static let chainOnly: Set<String> = ["角", "毛", "分"]

    /// Signs and codes written before an amount: `$5m`, `￥300`, `人民币 50元`, `RMB 5 million`.
    static let prefixes: [(String, String)] = [
        ("$", "USD"), ("US$", "USD"), ("USD", "USD"), ("HK$", "HKD"), ("HKD", "HKD"),
        ("NT$", "TWD"), ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"), ("¥", "CNY"),
        ("￥", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("€", "EUR"), ("EUR", "EUR"),
        ("£", "GBP"), ("GBP", "GBP"), ("JPY", "JPY"), ("人民币", "CNY"), ("美元", "USD"),
        ("港币", "HKD"), ("欧元", "EUR"), ("₩", "KRW"), ("₹", "INR"), ("₽", "RUB"), ("฿", "THB"),
        ("₫", "VND"), ("₱", "PHP"), ("₺", "TRY"), ("₦", "NGN"), ("JP¥", "JPY"), ("CN¥", "CNY"),
        ("R$", "BRL"), ("₴", "UAH"), ("₪", "ILS"), ("CHF", "CHF"), ("AUD", "AUD"), ("CAD", "CAD"),
        ("SGD", "SGD"), ("KRW", "KRW"), ("INR", "INR"), ("RUB", "RUB"), ("TWD", "TWD"),
        ("MOP", "MOP"), ("BTC", "BTC"), ("港元", "HKD"), ("日元", "JPY"), ("英镑", "GBP"),
        // The rupee's `Rs` and `Rs.`, read by the country the sentence names (INR by default).
        ("Rs", "INR"), ("Rs.", "INR"),
    ]
}

/// Measure words: (word, English unit name).
enum MeasureNames {
    static let all: [(String, String)] = [
        ("公里", "km"), ("千米", "km"), ("米", "m"), ("厘米", "cm"), ("毫米", "mm"),
        ("微米", "um"), ("纳米", "nm"), ("英里", "mile"), ("海里", "nautical_mile"),
        ("英尺", "foot"), ("英寸", "inch"), ("平方米", "square_meter"), ("平米", "square_meter"),
        ("平方公里", "square_km"), ("平方千米", "square_km"), ("平方英尺", "square_foot"),
        ("亩", "mu"), ("畝", "mu"), ("公顷", "hectare"), ("立方米", "cubic_meter"),
        ("吨", "ton"), ("噸", "ton"), ("公斤", "kg"), ("千克", "kg"),
        ("克", "g"), ("毫克", "mg"), ("微克", "ug"), ("斤", "jin"), ("两", "liang"),
        ("升", "liter"), ("毫升", "ml"), ("千瓦", "kw"), ("千瓦时", "kwh"), ("度电", "kwh"),
        ("万千瓦", "10k_kw"), ("兆瓦", "mw"), ("吉瓦", "gw"), ("瓦", "w"), ("伏", "v"),
        ("千伏", "kv"), ("摄氏度", "celsius"), ("℃", "celsius"), ("°C", "celsius"),
        ("°c", "celsius"), ("华氏度", "fahrenheit"), ("℉", "fahrenheit"), ("度", "degree"),
        ("千卡", "kcal"), ("卡路里", "calorie"), ("字节", "byte"), ("千字节", "kb"),
        ("兆字节", "mb"), ("比特", "bit"), ("兆赫", "mhz"), ("马力", "hp"), ("标箱", "teu"),
        ("km", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"),
        ("kilometer", "km"), ("metres", "m"), ("meters", "m"), ("metre", "m"), ("meter", "m"),
        ("cm", "cm"), ("mm", "mm"), ("miles", "mile"), ("mile", "mile"), ("tons", "ton"),
        ("tonnes", "ton"), ("ton", "ton"), ("tonne", "ton"), ("kg", "kg"), ("kilograms", "kg"),
        ("grams", "g"), ("hectares", "hectare"), ("hectare", "hectare"), ("acres", "acre"),
        ("square metres", "square_meter"), ("square meters", "square_meter"),
        ("sq m", "square_meter"), ("square kilometres", "square_km"),
        ("square kilometers", "square_km"), ("sq km", "square_km"), ("mu", "mu"),
        ("kw", "kw"), ("kwh", "kwh"), ("mw", "mw"), ("gw", "gw"), ("degrees celsius", "celsius"),
        ("litres", "liter"), ("liters", "liter"), ("feet", "foot"),
    ]
}

/// Time spans: (word, English unit name). `年` alone is a date or a span: the reader decides.
enum DurationNames {
    static let all: [(String, String)] = [
        ("个工作日", "working_day"), ("工作日", "working_day"), ("個工作日", "working_day"),
        ("分钟", "minute"), ("分鐘", "minute"), ("小时", "hour"), ("小時", "hour"),
        ("个小时", "hour"), ("個小時", "hour"), ("钟头", "hour"), ("个钟头", "hour"),
        ("秒钟", "second"), ("秒", "second"), ("天", "day"), ("日", "day"), ("周", "week"),
        ("个星期", "week"),
        ("星期", "week"), ("个礼拜", "week"), ("个月", "month"), ("個月", "month"),
        ("个季度", "quarter"), ("年", "year"), ("周年", "year"),
        ("个年头", "year"), ("世纪", "century"), ("岁", "year_of_age"), ("歲", "year_of_age"),
        ("周岁", "year_of_age"), ("seconds", "second"), ("minutes", "minute"),
        ("minute", "minute"), ("hours", "hour"), ("hour", "hour"), ("days", "day"),
        ("day", "day"), ("weeks", "week"), ("week", "week"), ("months", "month"),
        ("month", "month"), ("years", "year"), ("year", "year"), ("working days", "working_day"),
        ("business days", "working_day"), ("decades", "decade"), ("-year", "year"),
        ("-month", "month"), ("-week", "week"), ("-day", "day"), ("-hour", "hour"),
        ("-minute", "minute"),
    ]
}

/// Classifiers (量词) that count things; the classifier is the count's unit.
enum ClassifierNames {
    static let all: [String] = [
        "个", "個", "名", "位", "人", "人次", "家", "条", "條", "项", "項", "类", "類", "种", "種",
        "套", "批", "户", "戶", "所", "座", "台", "辆", "輛", "架", "艘", "只", "隻", "头", "頭",
        "匹", "张", "張", "本", "部", "篇", "份", "场", "場", "起", "例", "宗", "笔", "筆", "间",
        "間", "栋", "棟", "幢", "层", "層", "处", "處", "片", "块", "塊", "根", "支", "枝", "把",
        "双", "雙", "对", "對", "副", "首", "届", "屆", "期", "轮", "輪", "版", "组", "組",
        "队", "隊", "门", "道", "句", "件", "次", "趟", "遍", "回", "倍", "颗", "顆", "粒",
        "棵", "株", "箱", "袋", "瓶", "杯", "盒", "包", "桶", "级", "級", "打", "扇",
        "辆次", "架次", "款", "枚", "盏", "口", "尾", "大", "国", "地", "省", "市", "县", "区", "镇",
        "村", "乡", "场次", "班次", "车次", "批次", "班", "列", "步",
        // Measure words the lexicon writes with many numerals (三幅, 两册, 五碗), so that a
        // count after a lone 一 need not rest on the lexicon's word (see `numeralWordEnd`).
        "幅", "册", "卷", "则", "串", "朵", "束", "盘", "堆", "群", "顶", "顿", "尊", "盆", "罐",
        "碗", "锅", "壶", "碟", "筐", "篓", "捆", "摞", "滴", "勺", "截", "段", "页", "章", "集", "桌", "床",
        "叠", "帧",
        "辑",
        // Measure words the lexicon tags q and writes with many numerals (三封, 两股): a
        // count before its noun (两股势力) needs them here, as a tail the tables lack before a
        // noun is read as a tier (see `WordGuard.numeralWordEnd`).
        "股", "圈", "封", "曲", "堂", "幕", "杆", "锭", "缕", "腔", "茬",
        // 球 counts goals (连进三球, 攻入一球, 以一球之差); a word it opens (球迷, 球队) ends
        // elsewhere, so 一|球迷 stays no count.
        "球",
    ]
}
