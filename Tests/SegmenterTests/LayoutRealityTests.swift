import PresswatchCore
import PresswatchTesting
import Testing

@testable import Segmenter

/// One test per thing real pages do, on small hand-made pages.
@Suite(.tags(.fast)) struct LayoutRealityTests {
    private func layout(_ lines: [String]) -> PageLayout {
        PageAnalyzer.analyze(lines.joined(separator: "\n") + "\n")
    }

    private func body(_ article: LaidOutArticle) -> [String] { article.paragraphs.map(\.text) }

    @Test func articlesThatRunTogetherComeApartWithTheirHeadlinesAfterThem() {
        let page = layout([
            "■记者 张三", "",
            "本报讯 今年我市新建公园十二座，", "市民休闲去处明显增多。", "",
            "公园建设由市园林局牵头，全年投", "入资金三千万元，覆盖全部街道。", "",
            "我市新建公园十二座", "",
            "■李四", "",
            "城市的温度，藏在一座座公园里。", "公园多了，市民的笑容也多了。", "",
            "公园多了 笑容多了",
        ])
        #expect(page.articles.count == 2)
        let first = page.articles[0]
        #expect(first.headline == "我市新建公园十二座")
        #expect(first.dateline == "本报讯")
        #expect(first.bylines == [Byline(role: .reporter, names: ["张三"])])
        #expect(first.kind == .news)
        #expect(body(first) == ["今年我市新建公园十二座，市民休闲去处明显增多。", "公园建设由市园林局牵头，全年投入资金三千万元，覆盖全部街道。"])
        #expect(first.lines == LineRange(first: 1, last: 9))
        let second = page.articles[1]
        #expect(second.headline == "公园多了 笑容多了")
        #expect(second.kind == .commentary)
        #expect(second.bylines == [Byline(role: .author, names: ["李四"])])
        #expect(second.dateline == nil)
        #expect(second.lines == LineRange(first: 11, last: 16))
    }

    @Test func aBylineMayStandBetweenBodyAndHeadlineOrAfterTheHeadline() {
        let page = layout([
            "本报讯 全市今年新增就业岗位两", "万个，比去年多三成。", "",
            "■记者 王五", "",
            "我市新增就业岗位两万个", "",
            "本报讯 全市今年新建学校五所，", "新增学位八千个。", "",
            "我市新建学校五所",
            "■记者 赵六",
        ])
        #expect(page.articles.count == 2)
        #expect(page.articles[0].bylines == [Byline(role: .reporter, names: ["王五"])])
        #expect(page.articles[0].headline == "我市新增就业岗位两万个")
        #expect(page.articles[1].bylines == [Byline(role: .reporter, names: ["赵六"])])
        #expect(page.articles[1].headline == "我市新建学校五所")
    }

    @Test func bylinesInBracketsAfterTheDatelineAreBylinesNotBody() {
        let page = layout(["本报讯 （记者 张三 通讯员 李四） 今天上午，", "全市安全生产会议召开。"])
        let article = page.articles[0]
        #expect(article.dateline == "本报讯")
        #expect(
            article.bylines == [
                Byline(role: .reporter, names: ["张三"]),
                Byline(role: .correspondent, names: ["李四"]),
            ])
        #expect(body(article) == ["今天上午，全市安全生产会议召开。"])
    }

    @Test func letterSpacedRolesAndNamesAreReadWithoutTheirSpaces() {
        let page = layout([
            "■记 者 胡佳英", "通讯员 胡 侃 夏晓蕾", "",
            "本报讯 谁去招商？市领导带队去招", "商。", "",
            "市领导带队招商",
        ])
        #expect(
            page.articles[0].bylines == [
                Byline(role: .reporter, names: ["胡佳英"]),
                Byline(role: .correspondent, names: ["胡侃", "夏晓蕾"]),
            ])
    }

    @Test func photoCreditsAfterACaptionMakeAPhoto() {
        let page = layout([
            "昨天，在企业的研发中心，员工", "们正对设计的产品进行检验。", "",
            "■摄影 王 强 陈明远", "蒋林璐", "",
            "重研发 助发展",
        ])
        let photo = page.articles[0]
        #expect(photo.kind == .photo)
        #expect(photo.bylines == [Byline(role: .photographer, names: ["王强", "陈明远", "蒋林璐"])])
        #expect(photo.headline == "重研发 助发展")
        #expect(photo.dateline == nil)
    }

    @Test func datelinesAreReportedAndLeftOutOfTheBody() {
        let cases = [
            ("本报讯", "本报讯 市政府昨天召开常务会议。"),
            ("新华社北京6月17日电", "新华社北京6月17日电 市政府昨天召开常务会议。"),
            ("平湖晚报讯", "平湖晚报讯 市政府昨天召开常务会议。"),
            ("中新网6月17日讯", "中新网6月17日讯 市政府昨天召开常务会议。"),
        ]
        for (dateline, line) in cases {
            let article = layout([line]).articles[0]
            #expect(article.dateline == dateline)
            #expect(body(article) == ["市政府昨天召开常务会议。"])
            #expect(article.kind == .brief)
        }
        #expect(layout(["记者从市统计局获悉，全市经济稳中有进。"]).articles[0].dateline == nil)
    }

    @Test func aHeadlineMayComeBeforeItsArticle() {
        let page = layout(["市政府召开常务会议", "", "本报讯 市政府昨天召开常务会议，", "研究部署近期工作。"])
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == "市政府召开常务会议")
        #expect(body(page.articles[0]) == ["市政府昨天召开常务会议，研究部署近期工作。"])
    }

    @Test func aPageMaySetEveryHeadlineBeforeItsArticle() {
        let page = layout([
            "我市新建公园十二座", "",
            "■记者 张三", "",
            "本报讯 今年我市新建公园十二座，", "市民休闲去处明显增多。", "",
            "各地推出特色活动——", "",
            "欢度多彩假日", "",
            "■记者 李四", "",
            "本报讯 假期里，各地推出各具特色", "的活动，丰富人们的假日生活。",
        ])
        #expect(page.articles.count == 2)
        #expect(page.articles.map(\.headline) == ["我市新建公园十二座", "欢度多彩假日"])
        #expect(page.articles[1].kicker == "各地推出特色活动——")
        #expect(
            page.articles.map(\.bylines) == [
                [Byline(role: .reporter, names: ["张三"])], [Byline(role: .reporter, names: ["李四"])],
            ])
        #expect(page.articles[1].lines == LineRange(first: 8, last: 15))
    }

    @Test func aHeadlineSplitOverTwoLinesWithAKickerAboveAndASubtitleBelow() {
        let page = layout([
            "本报讯 上半年经济运行稳中有进，", "发展质量稳步提升。", "",
            "国家统计局今天发布数据——", "",
            "上半年中国经济稳中有进 高", "质量发展势头良好", "——来自统计部门的报告",
        ])
        let article = page.articles[0]
        #expect(article.kicker == "国家统计局今天发布数据——")
        #expect(article.headline == "上半年中国经济稳中有进 高质量发展势头良好")
        #expect(article.subtitle == "——来自统计部门的报告")
    }

    @Test func boldDoublingIsRepairedInHeadlinesButRealReduplicationStaysInTheBody() {
        let page = layout([
            "本报讯 市民天天来公园锻炼，谢谢", "园林工人的辛苦付出。", "",
            "““招商日招商日””发力发力 ““一把手一把手””亲力亲力",
        ])
        #expect(page.articles[0].headline == "“招商日”发力 “一把手”亲力")
        #expect(body(page.articles[0]) == ["市民天天来公园锻炼，谢谢园林工人的辛苦付出。"])
        #expect(BoldDoubling.undouble([Array("天天向上".unicodeScalars)]) == nil)
        let spaced = layout(["本报讯 市民天天来公园锻炼。", "", "公 园 之 夏 欢乐多"])
        #expect(spaced.articles[0].headline == "公园之夏 欢乐多")
    }

    @Test func columnLinesJoinWithoutSpacesAndBlankLinesAreTold() {
        let page = layout([
            "本报讯 稳投资，方能稳经济、稳增", "",
            "长。项目是稳投资的关键，全年实", "际利用外资完成 4.14亿美元，使", "用 Microsoft Office 办公。", "",
            "新的一年，全市将继续抓好招商引", "资工作，力争再创佳绩。",
            "春风吹，战鼓擂。全市上下干劲十", "足，奋力开创新局面。",
        ])
        #expect(
            body(page.articles[0]) == [
                "稳投资，方能稳经济、稳增长。项目是稳投资的关键，全年实际利用外资完成4.14亿美元，使用Microsoft Office办公。",
                "新的一年，全市将继续抓好招商引资工作，力争再创佳绩。",
                "春风吹，战鼓擂。全市上下干劲十足，奋力开创新局面。",
            ])
        #expect(page.articles[0].paragraphs.map(\.firstLine) == [1, 7, 9])
    }

    @Test func englishWordsBrokenOverColumnLinesKeepTheirSpace() {
        let page = layout([
            "本报讯 他说：“We will build the", "new park next year, develop-", "ment included.”市民纷纷点赞。",
        ])
        #expect(
            body(page.articles[0]) == [
                "他说：“We will build the new park next year, development included.”市民纷纷点赞。"
            ])
    }

    @Test func aColumnCutAfterAParagraphsFirstLineIsNotAHeadline() {
        let page = layout([
            "本报讯 乡贤文化作为一种软实", "力，一直以来在乡村发展中发挥着", "重要作用。", "",
            "为全面建设未来乡村打造二十分钟", "",
            "医疗圈，街道创新建设了乡贤云诊", "室，方便村民就医。", "",
            "云诊室建在乡村",
        ])
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == "云诊室建在乡村")
        #expect(body(page.articles[0]).first == "乡贤文化作为一种软实力，一直以来在乡村发展中发挥着重要作用。")
        #expect(body(page.articles[0]).last == "为全面建设未来乡村打造二十分钟医疗圈，街道创新建设了乡贤云诊室，方便村民就医。")
    }

    @Test func pageFurnitureGoesToOtherWithItsRole() {
        let page = layout([
            "平湖日报 2023年2月8日 星期三", "第2版", "",
            "本报讯 市政府昨天召开常务会议，", "研究部署近期工作。", "",
            "市政府召开常务会议", "",
            " 平湖发布 今平湖客户端", "责任编辑：王五 版式：赵六", "新闻热线：0573-12345678",
        ])
        #expect(page.articles.count == 1)
        #expect(page.other.map(\.role) == ["header", "page", "promotion", "editor", "hotline"])
        #expect(page.other[2].text == "平湖发布 今平湖客户端")
        #expect(page.articles[0].lines == LineRange(first: 4, last: 7))
        #expect(body(page.articles[0]) == ["市政府昨天召开常务会议，研究部署近期工作。"])
        // Inside a run of text the same words are body text.
        let inside = layout(["本报讯 市民昨天纷纷下载", "今平湖客户端报名参加", "活动。"])
        #expect(inside.other.isEmpty)
        #expect(body(inside.articles[0]) == ["市民昨天纷纷下载今平湖客户端报名参加活动。"])
    }

    @Test func aHeadlineMayCarryACommaAndACaptionMayLackAFullStop() {
        let page = layout([
            "本报讯 全市经济运行稳中向好，主", "要指标好于预期。", "",
            "稳字当头，进中求好", "",
            "■记者 王五", "",
            "工人们在新建的生产线上忙碌", "",
            "■摄影 陈明远", "",
            "新线投产",
        ])
        #expect(page.articles.count == 2)
        #expect(page.articles[0].headline == "稳字当头，进中求好")
        #expect(page.articles[0].bylines == [Byline(role: .reporter, names: ["王五"])])
        #expect(page.articles[1].kind == .photo)
        #expect(page.articles[1].headline == "新线投产")
        #expect(body(page.articles[1]) == ["工人们在新建的生产线上忙碌"])
    }
}
