import Foundation

/// Words that are never keywords.
///
/// Two tiers: function words break a phrase (`的`, `the`), while generic words (`研究`,
/// `工作`, `year`) may not stand alone but may be part of a phrase (`数值分析`, `征兵工作`).
/// A user's extra words (option `stopwords`) are function words: they never appear at all.
public struct StopWords: Sendable {
    public let function: Set<String>
    public let generic: Set<String>

    /// Both lists in one scalar-keyed table, for lookups straight from an article's text;
    /// the payload is the `Kind`.
    private let table: ScalarTable

    enum Kind: UInt32 {
        case function, generic
    }

    /// The built-in lists for Chinese and English.
    public static let builtIn = StopWords(
        function: words(chineseFunction).union(words(englishFunction)),
        generic: words(chineseGeneric).union(words(englishGeneric)))

    public init(function: Set<String>, generic: Set<String>) {
        self.function = function
        self.generic = generic
        var table = ScalarTable()
        table.reserve(function.count + generic.count, scalars: 4 * (function.count + generic.count))
        for (words, kind) in [(function, Kind.function), (generic, .generic)] {
            for word in words.sorted() {
                let key = word.unicodeScalars.map(\.value)
                key.withUnsafeBufferPointer { key in
                    let hash = scalarHash(key)
                    // A word in both lists is a function word.
                    guard table.find(key, hash: hash) == nil else { return }
                    table.append(key, hash: hash, payload: kind.rawValue)
                }
            }
        }
        self.table = table
    }

    /// Which list holds a word, if any.
    @inline(__always)
    func kind(of key: UnsafeBufferPointer<UInt32>, hash: UInt64) -> Kind? {
        table.find(key, hash: hash).flatMap(Kind.init(rawValue:))
    }

    /// The built-in lists plus the words of a file, one a line, `#` starting a comment.
    public static func builtIn(adding path: String?) throws -> StopWords {
        guard let path else { return builtIn }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StopWordsError(message: "cannot read \(path)")
        }
        var added = builtIn.function
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingWhitespaceAtEnds()
            guard !word.isEmpty else { continue }
            added.insert(word)
            added.insert(word.lowercased())
        }
        return StopWords(function: added, generic: builtIn.generic)
    }

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}

public struct StopWordsError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

// Pronouns, particles, prepositions, conjunctions, auxiliaries and news furniture.
private let chineseFunction = """
    的 了 着 过 是 在 和 与 及 或 对 为 以 并 等 中 上 下 也 而 其 该 此 这 那 之 于 把 被 由 从 到
    向 就 都 还 又 很 更 最 已 将 会 能 要 可 让 给 跟 同 但 却 若 则 即 乃 所 因 如 各 每 某 有 无 不
    我 你 他 她 它 我们 你们 他们 她们 它们 咱们 大家 自己 本 本文 本报 本报讯 记者 通讯员 编辑
    一个 一种 一些 一批 一次 一直 一起 一样 一般 这些 那些 这个 那个 这样 那样 这种 那种 这里 那里
    什么 怎么 怎样 如何 为什么 因为 所以 但是 然而 而且 并且 或者 以及 如果 虽然 尽管 不过 只是
    通过 根据 按照 对于 关于 由于 为了 随着 除了 经过 其中 其他 其它 另外 此外 同时 然后 之后 以后
    以前 之前 以来 以上 以下 期间 当时 已经 正在 曾经 还是 就是 不是 没有 可以 能够 应该 必须 可能
    非常 十分 特别 比较 相对 更加 越来越 不断 进一步 一定 有关 相关 所有 许多 很多 更多 多个 多种
    """

// Words of every article that say nothing of what this one is about.
private let chineseGeneric = """
    进行 开展 实现 加强 推进 推动 提高 提升 做好 做到 成为 作为 具有 存在 包括 需要 认为 表示
    指出 发现 表明 显示 采用 利用 使用 提出 研究 分析 方法 结果 问题 影响 作用 情况 方面 工作
    过程 条件 特点 目的 意义 主要 重要 不同 增加 应用 发展 文章 时间 方式 部分 内容 基础 水平
    近日 日前 目前 今年 去年 明年 昨天 今天 明天 当前 近年来 近年 现在 当天 日前 年底 年初 上午
    下午 晚上 全面 充分 积极 有效 有力 良好 主动 一系列 基于 探讨 讨论 介绍 研究表明 结果表明
    """

private let englishFunction = """
    a an the and or but nor so yet for of to in on at by with from into onto over under about
    above below after before since until while during between among through across against
    as than then that this these those there here it its it's they them their theirs we us our
    ours you your yours he him his she her hers i me my mine who whom whose which what when
    where why how all any both each either neither every some such no not only own same other
    be been being am is are was were do does did done doing have has had having will would shall
    should can could may might must if because though although unless whether also just very too
    more most less least many much few several again further once off out up down more
    """

private let englishGeneric = """
    said says say saying told tell according mr mrs ms dr one two three four five first second
    last next new year years month months week weeks day days today yesterday tomorrow time times
    people percent per cent including include includes made make makes get gets got like well
    way ways part lot number numbers still even now back around however among already later
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december third fourth fifth sixth seventh
    eighth ninth tenth hundred thousand million billion high low higher lower raise raised
    rise rose fell fall keep kept expect expected warn warns warned added asked called
    went came come take took taken give gave given big small large good bad row
    """
