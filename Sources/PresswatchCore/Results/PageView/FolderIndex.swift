import Foundation
import Plot

/// `index.html`: the folder's page views, newest first, each with its file name and time,
/// its articles (headline, summary, keywords) and a link to its `NAME.html`.
///
/// Each page view carries what its entry needs in a JSON data block in its head (never
/// executed: `type="application/json"`), so the index is made from the page views alone,
/// whatever other formats are configured, reading only the head of each.
public enum FolderIndex {
    public static let fileName = "index.html"
    static let entryID = "presswatch-entry"

    /// One page of the folder as the index lists it.
    public struct Entry: Sendable, Equatable, Codable {
        public struct Article: Sendable, Equatable, Codable {
            public var headline: String?
            public var summary: String?
            public var keywords: [String]
        }

        /// The input's file name.
        public var file: String
        public var articles: [Article]
        /// The page view's file name (set when read from the folder).
        public var page: String?
        /// When the input was last changed (else its page view), seconds since 1970.
        public var time: Int?
    }

    /// The data block of a page view: the input's name and each article's headline,
    /// summary and keywords. `<`, `>` and `&` are written as `\u003c` … so no string in it
    /// can close the `<script>` element (JSON reads them back the same).
    static func entryJSON(_ document: Document, findings: [PageFindings]) -> String {
        let articles: [JSONValue] = document.articles.indices.map { index in
            .object([
                ("headline", .string(orNull: document.articles[index].headline)),
                ("summary", .string(orNull: findings[index].summary)),
                ("keywords", .array(findings[index].keywords.map(JSONValue.string))),
            ])
        }
        let value = JSONValue.object([
            ("file", .string(String(OutputNames.fileName(of: document.source.file)))),
            ("articles", .array(articles)),
        ])
        var out: [UInt8] = []
        for byte in JSONWriter(layout: .compact).bytes(value) {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Rewrites `FOLDER/index.html` from the page views in the folder, atomically; returns
    /// how many pages it lists.
    @discardableResult
    public static func write(folder: String) throws(OutputError) -> Int {
        let entries = entries(inFolder: folder)
        try AtomicFile.write(render(entries), to: join(folder, fileName))
        return entries.count
    }

    /// The page views in a folder (not hidden, not the index), newest first, then by name.
    public static func entries(inFolder folder: String) -> [Entry] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder))
            ?? []
        var entries: [Entry] = []
        for name in names
        where name.hasSuffix(OutputNames.suffix(of: .html)) && name != fileName
            && !name.hasPrefix(".")
        {
            let path = join(folder, name)
            guard var entry = readEntry(path) else { continue }
            entry.page = name
            entry.time = modificationTime(join(folder, entry.file)) ?? modificationTime(path)
            entries.append(entry)
        }
        return entries.sorted { ($0.time ?? 0, $1.page ?? "") > ($1.time ?? 0, $0.page ?? "") }
    }

    /// The entry block of a page view; nil for an HTML file Presswatch did not write.
    static func readEntry(_ path: String) -> Entry? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // The block is in the head, after the stylesheet: the first 64 KiB hold it unless a
        // page has a great many articles. Read on only until it closes: the page's lines
        // after it can come to hundreds of megabytes, which reading to the end held at once.
        let chunk = 65536
        // Locals, not statics: a static `Data` keeps its storage behind a tagged pointer the
        // leak checker cannot follow, so every run under the address sanitizer reported it.
        let opening = Data("id=\"\(entryID)\">".utf8)
        let closing = Data("</script>".utf8)
        var data = Data()
        var start: Int?
        // Where the next search begins: a mark may straddle two chunks.
        var from = 0
        while true {
            guard let more = try? handle.read(upToCount: chunk) else { return nil }
            data += more
            if start == nil {
                if let found = data.range(of: opening, in: from..<data.endIndex) {
                    start = found.upperBound
                    from = found.upperBound
                } else {
                    from = max(data.count - opening.count, 0)
                }
            }
            if let start {
                if let end = data.range(of: closing, in: from..<data.endIndex) {
                    return try? JSONDecoder().decode(
                        Entry.self, from: data.subdata(in: start..<end.lowerBound))
                }
                from = max(data.count - closing.count, start)
            }
            if more.count < chunk { return nil }
        }
    }

    /// The index page of some entries, in the order given.
    public static func render(_ entries: [Entry]) -> [UInt8] {
        let html = HTML(
            .attribute(named: "lang", value: "und"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(
                    .attribute(named: "http-equiv", value: "Content-Security-Policy"),
                    .content(PageViewStyle.indexPolicy)),
                .element(named: "title", text: "Pages"),
                .style(PageViewStyle.css)
            ),
            .body(
                .header(
                    .class("top"), .h1("Pages"),
                    .p(
                        .class("facts"),
                        .text(entries.count == 1 ? "1 page" : "\(entries.count) pages"),
                        .text(", newest first"))),
                .main(
                    .class("pages"),
                    .forEach(entries) { entry in
                        .section(
                            .h2(.a(.href(link(entry.page ?? "")), .plain(entry.file))),
                            .unwrap(entry.time) { time in
                                let stamp = Timestamp.iso8601(secondsSince1970: time)
                                return .element(
                                    named: "time",
                                    nodes: [
                                        .attribute(named: "datetime", value: stamp),
                                        .text(readable(stamp)),
                                    ])
                            },
                            .ol(
                                .forEach(entry.articles) { article in
                                    .li(
                                        .strong(.plain(article.headline ?? "(no headline)")),
                                        .unwrap(article.summary) { .p(.plain($0)) },
                                        .if(
                                            !article.keywords.isEmpty,
                                            .p(
                                                .class("kw"),
                                                .plain(article.keywords.joined(separator: " · ")))))
                                }))
                    })
            )
        )
        return Array(html.render().utf8)
    }

    /// `2026-12-06T22:31:05Z` as `2026-12-06 22:31 UTC`.
    private static func readable(_ stamp: String) -> String {
        let scalars = Array(stamp.unicodeScalars)
        guard scalars.count >= 16 else { return stamp }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<10])
        view.append(" ")
        view.append(contentsOf: scalars[11..<16])
        return String(view) + " UTC"
    }

    /// A relative link to a file in the same folder: every byte outside the unreserved set
    /// percent-encoded, so no name can become another URL or leave the attribute.
    static func link(_ name: String) -> String {
        var out = "./"
        for byte in name.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-._~".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func modificationTime(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let date = attributes[.modificationDate] as? Date
        else { return nil }
        return Int(date.timeIntervalSince1970)
    }

    /// The folder part of a path (empty for a bare name), as `write(folder:)` takes it.
    public static func folder(of path: String) -> String {
        let name = OutputNames.fileName(of: path)
        return String(String(path.utf8.dropLast(name.utf8.count))!)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }
}
