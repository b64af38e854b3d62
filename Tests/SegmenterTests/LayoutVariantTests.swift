import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// The layout variants of issue #12, one small hand-made page each: credits that close a
/// text, slash bylines, jump lines, kickers, editor's notes, indents, mixed headline sides.
@Suite(.tags(.fast)) struct LayoutVariantTests {
    private func layout(_ lines: [String]) -> PageLayout {
        PageAnalyzer.analyze(lines.joined(separator: "\n") + "\n")
    }

    @Test func aBracketedCreditClosingTheTextIsItsByline() {
        let page = layout([
            "市长会见外国客人", "",
            "本报讯 市长王明昨天会见了来访的", "外国客人，双方就合作深入交流。（记者 张三 李四）",
        ])
        let article = page.articles[0]
        #expect(article.bylines == [Byline(role: .reporter, names: ["张三", "李四"])])
        #expect(article.paragraphs.map(\.text) == ["市长王明昨天会见了来访的外国客人，双方就合作深入交流。"])
    }

    @Test func aPhotoCreditInBracketsMakesAPhoto() {
        let page = layout([
            "本报讯 全市今年新增就业岗位两万个，", "比去年多三成。", "",
            "新增就业岗位两万个", "",
            "昨天，市民在新建的公园里散步。", "（王强 陈明 摄）", "",
            "公园里的春天",
        ])
        #expect(page.articles.count == 2)
        let photo = page.articles[1]
        #expect(photo.kind == .photo)
        #expect(photo.headline == "公园里的春天")
        #expect(photo.bylines == [Byline(role: .photographer, names: ["王强", "陈明"])])
    }

    @Test func slashBylinesGiveEachNameItsRole() {
        #expect(
            BylineParser.parse(Array("张三 李四/文 王五/图".unicodeScalars)[...], defaultRole: nil)
                == [
                    Byline(role: .reporter, names: ["张三", "李四"]),
                    Byline(role: .photographer, names: ["王五"]),
                ])
        #expect(
            BylineParser.parse(Array("雷 斌/图".unicodeScalars)[...], defaultRole: nil)
                == [Byline(role: .photographer, names: ["雷斌"])])
        // A slash that names no role is no byline.
        #expect(BylineParser.parse(Array("张三/李四".unicodeScalars)[...], defaultRole: nil) == nil)
    }

    @Test func jumpLinesArePageFurniture() {
        for line in ["（下转第二版）", "上接第1版", "(转A3版)", "下转第十二版"] {
            #expect(
                Furniture.role(of: SourceLine(number: 1, raw: Array(line.unicodeScalars))) == "jump"
            )
        }
        for line in ["转版", "下转第二版的内容很多", "第二版"] {
            #expect(
                Furniture.role(of: SourceLine(number: 1, raw: Array(line.unicodeScalars))) != "jump"
            )
        }
    }

    @Test func aKickerAloneInItsBlockJoinsTheHeadlineBelow() {
        let page = layout([
            "本报讯 全市今年新增就业岗位两万个，", "比去年多三成。", "",
            "就业形势总体稳定", "",
            "市政府常务会议提出——", "",
            "全力稳住经济大盘", "",
            "本报讯 市政府昨天召开常务会议，", "研究部署稳经济工作。",
        ])
        #expect(page.articles.map(\.headline) == ["就业形势总体稳定", "全力稳住经济大盘"])
        #expect(page.articles[1].kicker == "市政府常务会议提出——")
    }

    @Test func anEditorsNoteOpensTheArticleAndTheDatelineIsReadBelowIt() {
        let page = layout([
            "乡村振兴看变化", "",
            "编者按：今年以来，各地乡村面貌焕", "然一新，本报推出系列报道。", "",
            "本报讯 记者近日走访多个村庄，", "看到道路宽了，房子新了，村民们的", "日子一天比一天红火，笑容多了。",
        ])
        #expect(page.articles.count == 1)
        let article = page.articles[0]
        #expect(article.headline == "乡村振兴看变化")
        #expect(article.dateline == "本报讯")
        #expect(
            article.paragraphs.map(\.text) == [
                "编者按：今年以来，各地乡村面貌焕然一新，本报推出系列报道。",
                "记者近日走访多个村庄，看到道路宽了，房子新了，村民们的日子一天比一天红火，笑容多了。",
            ])
    }

    @Test func anIndentOpensAParagraphInTextWithoutBlankLines() {
        // The second line ends a sentence at the margin: only the indent below tells that a
        // paragraph ends there.
        let page = layout([
            "　　全市今年新增就业岗位两万个，", "比去年多三成，就业形势总体稳定。",
            "　　新增岗位主要来自制造业和服务", "业，其中服务业占到六成左右。",
        ])
        #expect(page.articles[0].paragraphs.map(\.firstLine) == [1, 3])
    }

    /// Headlines before and after their bodies on one page: each goes to its own body.
    @Test func headlinesBeforeAndAfterOnOnePage() {
        let page = layout([
            "外交部：中方愿同各方加强合作", "",
            "本报讯 外交部发言人6日表示，中方愿同各方一道，", "加强合作，共同应对挑战。", "",
            "本报讯 今年以来，全省新增就业岗位超过十万个，", "就业形势总体稳定。", "",
            "全省新增就业岗位超十万个", "",
            "■记者 张明华", "",
            "本报讯 记者从市交通局获悉，地铁三号线将于下月", "开通试运营。", "",
            "地铁三号线下月试运营",
        ])
        #expect(
            page.articles.map(\.headline) == [
                "外交部：中方愿同各方加强合作", "全省新增就业岗位超十万个", "地铁三号线下月试运营",
            ])
        #expect(page.articles[2].bylines.map(\.names) == [["张明华"]])
    }
}
