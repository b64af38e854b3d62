import PresswatchCore

/// Reads bylines: `■记者 林旭东`, `■记 者 胡佳英` / `通讯员 胡 侃`, `■摄影 王 强 陈明远`,
/// a pen name `■言成声`, or the inside of `（记者 张三 通讯员 李四）` after a dateline.
enum BylineParser {
    /// Role words, longest first so `摄影记者` wins over `记者`.
    private static let roleWords: [(word: [Unicode.Scalar], role: Byline.Role)] = {
        let table: [(String, Byline.Role)] = [
            ("本报记者", .reporter), ("见习记者", .reporter), ("特约记者", .reporter),
            ("摄影记者", .photographer), ("实习记者", .reporter), ("记者", .reporter),
            ("通讯员", .correspondent), ("摄影", .photographer), ("图片", .photographer),
            ("实习生", .other), ("编辑", .editor), ("撰稿", .author), ("作者", .author),
            ("文/图", .reporter), ("图文", .reporter), ("文", .reporter), ("图", .photographer),
        ]
        return table.map { (Array($0.0.unicodeScalars), $0.1) }
    }()

    /// The marks that open a byline line.
    static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "■" || scalar == "□" || scalar == "●" || scalar == "◆" || scalar == "▲"
    }

    /// Whether the line opens a byline: a ■ mark with a short, unpunctuated rest, or a role
    /// word followed by names (`通讯员 夏晓蕾 倪春军`).
    static func startsByline(_ line: SourceLine) -> Bool {
        let text = line.trimmed
        guard let first = text.first, text.count <= 40 else { return false }
        if isMarker(first) {
            let rest = text.dropFirst()
            return !rest.isEmpty && !rest.contains(where: { $0.isClausePunctuation })
                && !ScalarText.endsSentence(rest)
        }
        guard let parsed = parse(text, defaultRole: nil) else { return false }
        return !parsed.isEmpty
    }

    /// Whether the line continues the byline above it: more roles, or more names
    /// (`蒋林璐` under `■摄影 王 强 陈明远`).
    static func continuesByline(_ line: SourceLine) -> Bool {
        let text = line.trimmed
        guard !text.isEmpty, text.count <= 24 else { return false }
        if let first = text.first, isMarker(first) { return false }
        if parse(text, defaultRole: nil) != nil { return true }
        let names = tokens(text)
        return names.count <= 3 && names.allSatisfy { isName($0) }
    }

    /// The bylines of a byline line (its ■ mark removed). With `defaultRole` nil, every
    /// name must follow a role word and nil is returned otherwise; with a role, leading names
    /// take it (a pen name is an author).
    static func parse(_ text: ArraySlice<Unicode.Scalar>, defaultRole: Byline.Role?) -> [Byline]? {
        var bylines: [Byline] = []
        var role = defaultRole
        // Names printed before a role that follows them (`张三 李四/文 王五/图`).
        var waiting: [[Unicode.Scalar]] = []
        for token in tokens(text) {
            if let (name, tokenRole) = nameWithTrailingRole(token) {
                guard isName(name) else { return nil }
                for earlier in waiting + [name] { append(earlier, role: tokenRole, to: &bylines) }
                waiting.removeAll()
                role = nil
                continue
            }
            if let (word, tokenRole) = roleWord(prefixing: token) {
                guard waiting.isEmpty else { return nil }
                role = tokenRole
                let name = Array(token.dropFirst(word.count))
                if name.isEmpty { continue }
                guard isName(name) else { return nil }
                append(name, role: tokenRole, to: &bylines)
                continue
            }
            guard isName(token) else { return nil }
            if let role {
                append(token, role: role, to: &bylines)
            } else {
                waiting.append(token)
            }
        }
        return bylines.isEmpty || !waiting.isEmpty ? nil : bylines
    }

    /// `张三/文`, `李四/图`, `王五/摄`: a name with its role after a slash.
    private static func nameWithTrailingRole(_ token: [Unicode.Scalar]) -> (
        [Unicode.Scalar], Byline.Role
    )? {
        guard let slash = token.firstIndex(where: { $0 == "/" || $0 == "／" }), slash > 0 else {
            return nil
        }
        let role: Byline.Role
        switch token[(slash + 1)...].filter({ $0 != "/" && $0 != "／" }).string {
        case "文", "文图", "图文": role = .reporter
        case "图", "摄", "摄影": role = .photographer
        default: return nil
        }
        return (Array(token[..<slash]), role)
    }

    private static func append(
        _ name: [Unicode.Scalar], role: Byline.Role, to bylines: inout [Byline]
    ) {
        if bylines.last?.role == role {
            bylines[bylines.count - 1].names.append(name.string)
        } else {
            bylines.append(Byline(role: role, names: [name.string]))
        }
    }

    private static func roleWord(prefixing token: [Unicode.Scalar]) -> (
        [Unicode.Scalar], Byline.Role
    )? {
        for entry in roleWords where token.starts(with: entry.word) {
            // A one-scalar role (文, 图) only counts alone: 文 opens many a name.
            if entry.word.count == 1 && token.count != 1 { continue }
            return (entry.word, entry.role)
        }
        return nil
    }

    /// A person's name as bylines print them: 2 to 4 Han (or a Latin name).
    static func isName(_ token: [Unicode.Scalar]) -> Bool {
        if token.allSatisfy({ $0.isHan }) { return token.count >= 2 && token.count <= 5 }
        return token.count <= 24 && token.allSatisfy { $0.isLatinLetter || $0 == "." || $0 == "-" }
    }

    /// The role words the line join glues to a name.
    private static let gluedRoleWords = ["通讯员", "记者", "摄影"].map { Array($0.unicodeScalars) }

    /// Role words the line join glued to a name (`孟静斌通讯员`) stand apart again.
    private static func splitAtRoleWords(_ token: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        // Every line is asked whether it opens a byline: compare in place, no array per try.
        for word in gluedRoleWords where token.count > word.count {
            for start in 1...(token.count - word.count)
            where token[start] == word[0] && token[start..<start + word.count].elementsEqual(word) {
                let before = Array(token[..<start])
                // `本报记者` and the like are role words themselves.
                if start < 3 && roleWord(prefixing: token) != nil { continue }
                return [before] + splitAtRoleWords(Array(token[start...]))
            }
        }
        return [token]
    }

    /// The words of a byline: split at spaces and list marks, with letter-spaced names put
    /// together again (`胡 侃` → `胡侃`, `记 者` → `记者`): single Han scalars pair up.
    static func tokens(_ text: ArraySlice<Unicode.Scalar>) -> [[Unicode.Scalar]] {
        var raw: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text {
            if scalar.isSpaceLike || scalar == "：" || scalar == ":" || scalar == "、"
                || scalar == "，" || scalar == "," || isMarker(scalar)
            {
                if !current.isEmpty { raw.append(current) }
                current.removeAll()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { raw.append(current) }
        raw = raw.flatMap(splitAtRoleWords)
        var merged: [[Unicode.Scalar]] = []
        var index = 0
        while index < raw.count {
            let token = raw[index]
            // A spaced name may carry its role after a slash (`雷 斌/图`).
            if token.count == 1, token[0].isHan, index + 1 < raw.count,
                let second = raw[index + 1].split(whereSeparator: { $0 == "/" || $0 == "／" }).first,
                second.count == 1, second[second.startIndex].isHan
            {
                merged.append(token + raw[index + 1])
                index += 2
            } else {
                merged.append(token)
                index += 1
            }
        }
        return merged
    }
}
