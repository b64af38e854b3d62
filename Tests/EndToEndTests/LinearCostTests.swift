import Foundation
import PresswatchTesting
import Testing

/// Memory grows with the input linearly and by a bounded amount per byte, for the input
/// shapes that once made it balloon (issue 18): millions of short lines (a 109-double
/// feature row per line and every result held whole: 1.3 GB for 4 MB), one line of
/// Chinese, Chinese without punctuation, text dense with numbers.
///
/// Not timed: what is measured is the peak resident memory of a `presswatch process` run
/// (`/usr/bin/time`, whose child starts small), which another engineer's build does not
/// change. Each shape runs at 1x and 4x; the fixed part (the lexicon, the IDF table) is
/// taken out by a run on one short line. Growth at 4x must stay within 6 times the growth at
/// 1x (linear is 4; quadratic 16), and at most 40 bytes of memory per input byte at 4x: the
/// issue's budget, 500 MB for 16 MiB less the fixed 80 MB, is 25, and the shapes take 15 to 31
/// in this debug build (session 7; 36 to 61 before; English short lines 18 since session 8,
/// 52 before); the old feature matrix alone was 250 for short lines.
@Suite(
    .serialized, .tags(.quality),
    .disabled(
        if: ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil,
        "under the address sanitizer, resident memory is mostly its shadow"))
struct LinearCostTests {
    static let unit = 256 * 1024
    static let maximumGrowthRatio = 6.0
    static let maximumBytesPerInputByte = 40.0
    /// Below this, growth at 1x is measurement noise: the ratio is taken against it.
    static let noiseFloor = 8 * 1024 * 1024

    @Test(arguments: LinearCostShape.allCases)
    func memoryGrowsLinearlyWithTheInput(_ shape: LinearCostShape) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            Issue.record(
                "/usr/bin/time is missing (Debian's package time; `make test` installs it)")
            return
        }
        let folder = try TemporaryFolder()
        let pipeline = TestData.repositoryFile("pipeline.yaml")
        try folder.write(
            "pipeline.yaml", try String(contentsOf: pipeline, encoding: .utf8) + "\nworkers: 1\n")
        let fixed = try peakBytes(of: Array(shape.text(bytes: 64).utf8), in: folder, "fixed")
        let one = try peakBytes(of: Array(shape.text(bytes: Self.unit).utf8), in: folder, "one")
        let input = Array(shape.text(bytes: 4 * Self.unit).utf8)
        let four = try peakBytes(of: input, in: folder, "four")
        let growthOne = max(one - fixed, Self.noiseFloor)
        let growthFour = max(four - fixed, 0)
        let ratio = Double(growthFour) / Double(growthOne)
        let perByte = Double(growthFour) / Double(input.count)
        #expect(
            ratio <= Self.maximumGrowthRatio,
            "\(shape): growth \(growthOne >> 20) MB at 1x, \(growthFour >> 20) MB at 4x")
        #expect(
            perByte <= Self.maximumBytesPerInputByte,
            "\(shape): \(growthFour >> 20) MB for \(input.count >> 10) KB")
    }

    /// The peak resident memory, in bytes, of `presswatch process` on `bytes`.
    private func peakBytes(of bytes: [UInt8], in folder: TemporaryFolder, _ name: String) throws
        -> Int
    {
        let input = folder.url.appendingPathComponent("\(name).txt")
        try Data(bytes).write(to: input)
        let report = folder.url.appendingPathComponent("\(name).time")
        let result = try runProgram(
            URL(fileURLWithPath: "/usr/bin/time"),
            [
                "-f", "%M", "-o", report.path, try presswatchBinary().path, "process", "--quiet",
                "--config", "pipeline.yaml", input.lastPathComponent,
            ], cwd: folder.url)
        try #require(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: report, encoding: .utf8)
        let kilobytes = try #require(Int(text.split(separator: "\n").last ?? ""))
        return kilobytes * 1024
    }
}

/// The shapes of input, made from a seeded generator: the same text every run.
enum LinearCostShape: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case shortLinesEnglish, shortLinesChinese, oneLineChinese, noPunctuationChinese
    case numbersEnglish

    var testDescription: String { rawValue }

    private static let han = Array(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
    )
    private static let words = [
        "the", "of", "and", "a", "to", "in", "was", "he", "is", "for", "on", "it", "at",
        "by", "his", "war", "men", "new", "day", "city", "home", "law", "train",
    ]

    /// About `bytes` bytes of this shape (whole characters; a little over at most).
    func text(bytes: Int) -> String {
        var random = SeededGenerator(seed: UInt64(rawValue.utf8.count) &* 0x9E37_79B9)
        var out = String.UnicodeScalarView()
        var written = 0
        func add(_ piece: String) {
            out.append(contentsOf: piece.unicodeScalars)
            written += piece.utf8.count
        }
        func hanRun(_ count: Int) -> String {
            String((0..<count).map { _ in Self.han[random.below(Self.han.count)] })
        }
        while written < bytes {
            switch self {
            case .shortLinesEnglish: add(Self.words[random.below(Self.words.count)] + "\n")
            case .shortLinesChinese: add(hanRun(1 + random.below(3)) + "\n")
            case .oneLineChinese:
                add(hanRun(8 + random.below(30)) + ["，", "。", "、"][random.below(3)])
            case .noPunctuationChinese: add(hanRun(14 + random.below(11)) + "\n")
            case .numbersEnglish:
                add(
                    "On May \(1 + random.below(28)), 19\(10 + random.below(20)), wheat rose "
                        + "\(random.below(100)).\(random.below(10)) per cent to "
                        + "$\(1 + random.below(999)),\(100 + random.below(900)) and "
                        + "\(1 + random.below(99_999)) tons.\n")
            }
        }
        return String(out)
    }
}

extension SeededGenerator {
    /// A number in 0..<bound, the way the shapes were first drawn (so they stay the same).
    fileprivate mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
