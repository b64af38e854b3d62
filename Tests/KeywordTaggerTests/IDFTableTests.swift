import Foundation
import PresswatchCore
import PresswatchTesting
import Testing

@testable import KeywordTagger

@Suite(.tags(.fast)) struct IDFTableTests {
    private func table(_ text: String) throws -> IDFTable {
        try Array(text.utf8).withUnsafeBytes { try IDFTable(bytes: $0, source: "idf.txt") }
    }

    @Test func wordsTakeTheirValueAndUnknownWordsTheMedian() throws {
        let idf = try table("劳动防护 13.9\n生化 5.5\r\n会议 2\n\nAT&T 8.25\n")
        #expect(idf.idf("劳动防护") == 13.9)
        #expect(idf.idf("会议") == 2)
        #expect(idf.idf("AT&T") == 8.25)
        #expect(idf.median == 8.25)
        #expect(idf.idf("没有的词") == 8.25)
    }

    @Test func aBadLineIsReportedWithItsNumber() {
        #expect(throws: IDFTableError(message: "idf.txt:2: expected `word idf`")) {
            try table("会议 2.0\n会议 两\n")
        }
        #expect(throws: IDFTableError.self) { try table("\n\n") }
    }

    @Test func theShippedTableIsFoundWithoutBundleModuleAndLoadedOnce() throws {
        let path = try ResourceLocator().require(KeywordTagger.idfResource, target: "KeywordTagger")
        let first = try IDFTable.shared(at: path)
        #expect(first.count == 270_132)
        #expect(first === (try IDFTable.shared(at: path)))
    }
}
