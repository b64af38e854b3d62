// Keyword tagger speed on news articles, one core, tokens made beforehand:
//   swift run -c release KeywordTaggerBenchmark [FILE.jsonl] [ROUNDS]
// FILE holds one JSON object a line with `text` (paragraphs split by \n); by default the
// 600 news articles of Tests/Data/summaries (about 650 characters each).
import Foundation
import KeywordTagger
import PresswatchCore
import Segmenter

struct Item: Decodable { var text: String }

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
let arguments = CommandLine.arguments.dropFirst()
let file = arguments.first ?? root + "/Tests/Data/summaries/headlines-public.jsonl"
let rounds = arguments.dropFirst().first.flatMap { Int($0) } ?? 20

do {
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let segmenter = try WordSegmenter.load(resources: ResourceLocator())
    var articles: [Article] = []
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let item = try JSONDecoder().decode(Item.self, from: Data(line.utf8))
        var article = Article(
            index: articles.count, lines: LineRange(first: 1, last: 1),
            paragraphs: item.text.split(separator: "\n").map(String.init))
        article.tokens = segmenter.tokenize(article.text)
        articles.append(article)
    }
    let scalars = articles.reduce(0) { $0 + $1.scalars.count }
    let tagger = try KeywordTagger(
        options: KeywordTaggerOptions(), context: ProcessorContext(configDirectory: "."))
    var document = Document(
        source: SourceInfo(file: "bench", bytes: 0, sha256: "", encoding: .utf8, lines: 1),
        text: "")
    document.articles = articles
    try tagger.process(&document)  // warm-up: tables loaded, caches filled
    // The thread's CPU time: what one core spends, whatever else the machine is doing.
    func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let clock = ContinuousClock()
    let cpuStart = cpuSeconds()
    let elapsed = try clock.measure {
        for _ in 0..<rounds {
            document.articles = articles
            try tagger.process(&document)
        }
    }
    let cpu = cpuSeconds() - cpuStart
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let count = Double(articles.count * rounds)
    print(
        String(
            format: "keyword_tagger: %.0f articles (mean %d characters): %.0f articles/s per core"
                + " (%.3f s CPU); %.0f articles/s wall clock (%.3f s)",
            count, scalars / max(articles.count, 1), count / cpu, cpu, count / wall, wall))
} catch {
    FileHandle.standardError.write(Data("KeywordTaggerBenchmark: \(error)\n".utf8))
    exit(1)
}
