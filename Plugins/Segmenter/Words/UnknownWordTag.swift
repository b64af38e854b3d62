import PresswatchCore

/// A part of speech for a word the lexicon lacks (found by the HMM): in news such words are
/// mostly names. Two or three characters led by a common surname are taken for a person's
/// name (`nr`), anything else for another proper noun (`nz`).
enum UnknownWordTag {
    static let personName = PartOfSpeech("nr")
    static let otherProperNoun = PartOfSpeech("nz")

    /// About two hundred common single-character Chinese surnames.
    static let surnames: Set<UInt32> = Set(
        """
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁\
        任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武\
        戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅\
        童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连\
        芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩\
        明佘池查麻苑迟邝
        """.unicodeScalars.map(\.value))

    static func guess(_ run: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> PartOfSpeech {
        if (2...3).contains(range.count) && surnames.contains(run[range.lowerBound]) {
            return personName
        }
        return otherProperNoun
    }
}
