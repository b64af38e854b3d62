import Foundation

/// The page view's stylesheet and its one small script, inline in every file (a page view
/// must open offline, from a mail attachment or a USB stick), and the Content-Security-Policy
/// that allows exactly these two and nothing else: no request can leave the file.
enum PageViewStyle {
    /// Ten article colours (a line tint and an outline each), reused in turn on a page with
    /// more articles. Set as custom properties by class, not by `style` attributes, which
    /// the policy would have to allow.
    static let palette: [(outline: String, tint: String)] = [
        ("#c62828", "#fde7e7"), ("#1565c0", "#e3eefb"), ("#2e7d32", "#e5f4e5"),
        ("#ef6c00", "#fff0df"), ("#6a1b9a", "#f1e6f8"), ("#00838f", "#dff5f7"),
        ("#ad1457", "#fbe6f0"), ("#5d4037", "#f2ebe7"), ("#9e9d24", "#f6f6dc"),
        ("#283593", "#e8eaf8"),
    ]

    static let css: String = {
        var rules = """
            :root{--ink:#1d1d1f;--muted:#6e6e73;--rule:#dadade;--paper:#fbfbf8}
            *{box-sizing:border-box}
            body{margin:0;color:var(--ink);background:var(--paper);font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif}
            a{color:inherit}
            .top{padding:14px 20px 10px;background:#fff;border-bottom:1px solid var(--rule)}
            .top h1{margin:0;font-size:1.25rem;overflow-wrap:anywhere}
            .facts,.hint{margin:2px 0 0;color:var(--muted);font-size:.85rem}
            .click{display:none}
            .js .click{display:inline}
            .legend{display:flex;flex-wrap:wrap;gap:6px 12px;margin:6px 0 0;padding:0;list-style:none;font-size:.8rem;color:var(--muted)}
            .warnings{margin:12px 20px 0;padding:8px 12px;background:#fff4e5;border:1px solid #f0b060;border-radius:6px}
            .warnings h2{margin:0 0 4px;font-size:.95rem}
            .warnings ul{margin:0;padding-left:1.2em}
            main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:20px;padding:16px 20px;align-items:start}
            .page>h2{margin:0 0 8px;font-size:1rem;color:var(--muted);font-weight:600}
            .lines{background:#fff;border:1px solid var(--rule);border-radius:6px;padding:4px 0;font-size:13px;line-height:1.5;counter-reset:line}
            .line{display:grid;grid-template-columns:3.2em minmax(0,1fr) auto;column-gap:8px;padding:0 8px 0 4px;border-left:5px solid transparent;min-height:1.5em}
            .line{counter-increment:line}
            .line::before{content:counter(line);color:#9a9aa0;text-align:right;font-variant-numeric:tabular-nums}
            .line .t{white-space:pre-wrap;overflow-wrap:anywhere}
            .line .role{font-size:11px;color:var(--muted);align-self:center;text-transform:uppercase;letter-spacing:.04em}
            .line.art{background:var(--t);border-left-color:var(--c)}
            .line.other{color:#a0a0a6;background:repeating-linear-gradient(135deg,#f4f4f5 0 6px,#fff 6px 12px)}
            .line.other .role{color:#a0a0a6}
            .m-headline .t{font-weight:700;font-size:1.08em}
            .m-kicker .t,.m-subtitle .t{font-weight:600}
            .m-byline .t,.m-dateline .t{font-style:italic}
            .line.sel{box-shadow:inset 0 0 0 2px var(--c)}
            :target{outline:2px dashed var(--muted)}
            .articles{display:grid;gap:16px}
            article{background:#fff;border:2px solid var(--c);border-left-width:8px;border-radius:6px;padding:12px 16px;cursor:pointer}
            article.sel{box-shadow:0 0 0 4px var(--t)}
            article h3{margin:0;font-size:1.2rem;line-height:1.35}
            article h3.none{color:var(--muted);font-style:italic;font-weight:400}
            .kicker,.subtitle{margin:2px 0;color:#444;font-weight:600}
            .credits{margin:4px 0 8px;color:var(--muted);font-size:.85rem}
            .credits>*+*::before{content:"·";display:inline-block;margin:0 .4em;color:var(--muted)}
            .summary{margin:8px 0;padding:6px 10px;background:var(--t);border-radius:4px}
            .summary h4,.figures h4{margin:0 0 2px;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
            .summary p{margin:0}
            .keywords{display:flex;flex-wrap:wrap;gap:4px 6px;margin:8px 0;padding:0;list-style:none}
            .keywords li{padding:1px 8px;border:1px solid var(--c);border-radius:999px;font-size:.85rem;background:#fff}
            .figures{margin:8px 0;overflow-x:auto}
            .figures table{border-collapse:collapse;font-size:.85rem;min-width:60%}
            .figures th,.figures td{padding:2px 8px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
            .figures td.v{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .body p{margin:0 0 .6em}
            mark.num{background:#fff1a8;border-bottom:2px solid #d4a500;padding:0 1px;border-radius:2px;color:inherit}
            .pages{grid-template-columns:minmax(0,1fr);max-width:60rem}
            .pages>section{background:#fff;border:1px solid var(--rule);border-radius:6px;padding:12px 16px}
            .pages h2{margin:0;font-size:1.1rem;overflow-wrap:anywhere}
            .pages h2 a{color:#1556b0}
            .pages time{color:var(--muted);font-size:.85rem}
            .pages ol{margin:8px 0 0;padding-left:1.4em}
            .pages li{margin:0 0 8px}
            .pages li p{margin:2px 0}
            .pages .kw{color:var(--muted);font-size:.85rem}
            @media (max-width:800px){main{grid-template-columns:minmax(0,1fr);padding:10px}.articles{order:-1}.top{padding:10px}.line{grid-template-columns:2.6em minmax(0,1fr)}.line .role{display:none}article{padding:10px 12px}.pages{padding:10px}}
            @media print{body{background:#fff;font-size:11pt}.hint,.legend,.page{display:none}main{display:block;padding:0}article{break-inside:avoid-page;border-width:1px;border-left-width:4px;margin:0 0 12pt;cursor:auto}article.sel{box-shadow:none}mark.num{background:none;border-bottom:1px solid #999}.summary{background:none;border-left:2px solid #999}a{text-decoration:none}}

            """
        for (index, colour) in palette.enumerated() {
            rules += ".c\(index){--c:\(colour.outline);--t:\(colour.tint)}\n"
        }
        return rules
    }()

    /// Click an article: its lines are outlined and scrolled to; click a line: its article is.
    /// It marks the page `js` first, which shows the hint that clicking works (and lets the
    /// tests see that the policy let it run). Without JavaScript the article's link to its
    /// lines still works.
    static let script = """
        (function(){document.documentElement.classList.add('js');var on=[];function pick(i){on.forEach(function(e){e.classList.remove('sel')});on=Array.prototype.slice.call(document.querySelectorAll('[data-a="'+i+'"]'));on.forEach(function(e){e.classList.add('sel')})}
        document.addEventListener('click',function(ev){if(ev.target.closest('a'))return;var t=ev.target.closest('[data-a]');if(!t)return;var i=t.getAttribute('data-a');pick(i);var to=t.tagName==='ARTICLE'?document.getElementById('L'+t.getAttribute('data-first')):document.getElementById('a'+i);if(to)to.scrollIntoView({block:'nearest',behavior:'smooth'})})})();
        """

    /// Nothing but the inline stylesheet and script above, by their digests: no other script
    /// runs, no font, image or frame loads, no form posts anywhere.
    static let pagePolicy = policy(scripts: [script])
    /// The folder index runs no script.
    static let indexPolicy = policy(scripts: [])

    private static func policy(scripts: [String]) -> String {
        let allowed = scripts.isEmpty ? "'none'" : scripts.map(digest).joined(separator: " ")
        return "default-src 'none'; style-src \(digest(css)); script-src \(allowed); "
            + "img-src 'none'; base-uri 'none'; form-action 'none'"
    }

    private static func digest(_ text: String) -> String {
        var hash = SHA256()
        hash.update(text.utf8)
        return "'sha256-" + Data(hash.finalize()).base64EncodedString() + "'"
    }
}
