//! Saved web pages (`.html`, `.htm`, `.xhtml`) → Markdown-structured text and page metadata.
//!
//! Parsing is html5ever's (through `scraper`), which never recurses and expands only the fixed
//! HTML entities, so entity bombs cannot grow. The main content is found the way reader modes
//! find it: chrome elements (`nav`, `footer`, `aside`, forms, scripts, hidden elements, share /
//! related / newsletter blocks) are set aside, every paragraph with real text scores its parent
//! and grandparent, link-heavy blocks are discounted, and the best block (widened while its
//! parent adds little) is the article. That block is rendered as Markdown the importer reads:
//! `h1`–`h6` → `#` headings, `p` → paragraphs, lists as `- ` / `1. ` lines (nested lists
//! indented), `blockquote` → `> `, table rows as paragraphs, footnote references → `[^n]` and
//! endnotes → `[^n]: text`. Everything else with text is reported as chrome.
//!
//! Measured against `dom_smoothie` (a readability port) on the fixtures in
//! `tests/formats.rs`: see docs/formats.md for why this one is used.

use std::collections::{HashMap, HashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

use super::{iso_date, push_chrome, Converted};
use crate::corpus::metadata::Metadata;

/// Largest page read (bytes of text); a browser's saved page is rarely over a few MB.
pub const MAX_HTML_BYTES: usize = 32 * 1024 * 1024;
/// Most tags a page may have (counted as `<` before parsing): bounds the tree's memory.
pub const MAX_TAGS: usize = 1_000_000;
/// Most character references (`&amp;`, `&#160;`…) a page may have: html5ever spends tens of
/// microseconds on each, so an entity bomb is refused before parsing.
pub const MAX_REFERENCES: usize = 100_000;
/// Deepest element nesting rendered with structure; deeper text is kept as plain text.
const MAX_DEPTH: usize = 200;
/// Deepest nesting a page may have at all: html5ever's scope checks walk the stack of open
/// elements, so time grows with depth × tags. Real pages nest a few dozen deep.
pub const MAX_NESTING: usize = 1_000;
/// Shortest paragraph (characters) that counts towards finding the main content.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// Content shorter than this (characters outside links) is looked for again without class
/// furniture words.
const RETRY_BELOW_CHARS: usize = 500;

/// Why a page could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HtmlError {
    #[error("web page is {0} MB, larger than the {max} MB limit for pages", max = MAX_HTML_BYTES / (1024 * 1024))]
    TooLarge(usize),
    #[error("web page has more than {MAX_TAGS} tags; not read")]
    TooManyTags,
    #[error("web page nests elements more than {MAX_NESTING} deep; not read")]
    TooDeep,
    #[error("web page has more than {MAX_REFERENCES} character references (&…;); not read")]
    TooManyReferences,
}

/// Elements that close themselves or whose end tag may be left out: they do not deepen the
/// page however they are written.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
];

/// How deep the page's elements nest, counted from its tags without parsing (comments and the
/// text of scripts and styles skipped); stops counting past [`MAX_NESTING`].
fn nesting(page: &[u8]) -> usize {
    let mut depth: usize = 0;
    let mut deepest = 0;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &page[at..]) {
        at += found + 1;
        let rest = &page[at..];
        if rest.starts_with(b"!--") {
            at += memchr::memmem::find(rest, b"-->").map_or(rest.len(), |end| end + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name: Vec<u8> = rest[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .take(16)
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.is_empty() || !name[0].is_ascii_alphabetic() {
            continue;
        }
        let name = String::from_utf8_lossy(&name);
        if NOT_NESTING.contains(&name.as_ref()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        let tag_end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
        if tag_end > 0 && rest[tag_end - 1] == b'/' {
            continue;
        }
        if matches!(
            name.as_ref(),
            "script" | "style" | "textarea" | "title" | "xmp"
        ) {
            // Up to the matching end tag, in any case.
            let end = memchr::memmem::find_iter(rest, b"</")
                .find(|&i| {
                    rest.get(i + 2..i + 2 + name.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                })
                .unwrap_or(rest.len());
            at += end;
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if deepest > MAX_NESTING {
            break;
        }
    }
    deepest
}

/// Decodes a page saved in a legacy charset that its `<meta charset>` names (windows-1251,
/// KOI8-R…). `None` when the page is UTF-8, UTF-16 with a BOM, or names no known charset: the
/// ordinary decoding then applies.
pub fn decode_legacy(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(&[0xef, 0xbb, 0xbf])
        || bytes.starts_with(&[0xff, 0xfe])
        || bytes.starts_with(&[0xfe, 0xff])
    {
        return None;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    if encoding == encoding_rs::UTF_8 || encoding == encoding_rs::UTF_16LE {
        return None;
    }
    let (text, _, _) = encoding.decode(bytes);
    Some(text.into_owned())
}

/// Converts a page to Markdown text, its metadata, and the chrome left out.
pub fn convert(page: &str) -> Result<Converted, HtmlError> {
    if page.len() > MAX_HTML_BYTES {
        return Err(HtmlError::TooLarge(page.len() / (1024 * 1024)));
    }
    if memchr::memchr_iter(b'<', page.as_bytes()).count() > MAX_TAGS {
        return Err(HtmlError::TooManyTags);
    }
    if memchr::memchr_iter(b'&', page.as_bytes()).count() > MAX_REFERENCES {
        return Err(HtmlError::TooManyReferences);
    }
    if nesting(page.as_bytes()) > MAX_NESTING {
        return Err(HtmlError::TooDeep);
    }
    let document = Html::parse_document(page);
    let root = document.tree.root();
    let metadata = read_metadata(root);
    let body = root
        .descendants()
        .find(|n| element_name(*n) == Some("body"))
        .unwrap_or(root);

    // Furniture words in classes ("sidebar", "social", "nav") sometimes sit on a wrapper of the
    // whole article ("panel-two-col-sidebar-right", "js-social-anchor"): when the content found
    // is short, look again without them, and keep that if it finds much more (as reader modes
    // do).
    let mut by_class = true;
    let mut stats = measure(body, true);
    let mut content = choose_content(body, &stats);
    let plain = |stats: &HashMap<NodeId, Stats>, node: NodeRef<'_, Node>| {
        stats.get(&node.id()).map_or(0, |s| s.text - s.links)
    };
    if plain(&stats, content) < RETRY_BELOW_CHARS {
        let loose = measure(body, false);
        let found = choose_content(body, &loose);
        if plain(&loose, found) > 2 * plain(&stats, content) + MIN_PARAGRAPH_CHARS {
            (by_class, stats, content) = (false, loose, found);
        }
    }

    let parts = with_siblings(content, &stats, by_class);
    drop(stats);

    let mut chrome = Vec::new();
    let mut renderer = Renderer::new(&mut chrome);
    renderer.by_class = by_class;
    for part in &parts {
        renderer.block(*part, 0);
    }
    renderer.flush();
    let mut blocks = std::mem::take(&mut renderer.blocks);
    drop(renderer);
    // What lies outside the content, in document order, is chrome too.
    let mut outside = Vec::new();
    match (parts.len(), content.parent()) {
        (2.., Some(parent)) => {
            collect_outside(body, parent, &mut outside);
            for child in parent.children() {
                if !parts.iter().any(|p| p.id() == child.id())
                    && (child.value().is_element() || child.value().is_text())
                {
                    chrome_lines(child, &mut outside);
                }
            }
        }
        _ => collect_outside(body, content, &mut outside),
    }
    outside.append(&mut chrome);
    let mut chrome = outside;

    // Short lines above the article's own h1 (a section label, a content type) are chrome.
    if let Some(h1) = blocks.iter().position(|b| b.starts_with("# ")) {
        let before: usize = blocks[..h1].iter().map(String::len).sum();
        if h1 > 0 && before < 300 {
            for block in blocks.drain(..h1) {
                for line in block.lines() {
                    push_chrome(&mut chrome, line);
                }
            }
        }
    }
    // The title first, as the importer's header expects it.
    let starts_with_title = blocks.first().is_some_and(|b| b.starts_with("# "));
    if let (false, Some(title)) = (starts_with_title, &metadata.title) {
        // A lesser heading that is the title (a page with no h1) becomes the title.
        let same = blocks.first().is_some_and(|b| {
            b.starts_with('#')
                && crate::text::fold(b.trim_start_matches('#').trim()) == crate::text::fold(title)
        });
        if same {
            blocks[0] = format!("# {title}");
        } else {
            blocks.insert(0, format!("# {title}"));
        }
    }
    Ok(Converted {
        text: blocks.join("\n\n") + "\n",
        metadata,
        chrome,
    })
}

fn element_name(node: NodeRef<'_, Node>) -> Option<&str> {
    node.value().as_element().map(|e| e.name())
}

// ---------------------------------------------------------------------------------------------
// Metadata

fn read_metadata(root: NodeRef<'_, Node>) -> Metadata {
    let mut og_title = None;
    let mut title_tag = None;
    let mut h1 = None;
    let mut h2 = None;
    let mut date = None;
    let mut time_date = None;
    let mut site = None;
    let mut url = None;
    let mut canonical = None;
    let mut ld = LinkedData::default();
    for node in root.descendants() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        match el.name() {
            "meta" => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"))
                    .map(str::to_ascii_lowercase);
                let value = el.attr("content").map(clean_inline);
                let (Some(key), Some(value)) = (key, value) else {
                    continue;
                };
                if value.is_empty() {
                    continue;
                }
                match key.as_str() {
                    "og:title" => {
                        og_title.get_or_insert(value);
                    }
                    "og:site_name" => {
                        site.get_or_insert(value);
                    }
                    "og:url" => {
                        url.get_or_insert(value);
                    }
                    "article:published_time"
                    | "datepublished"
                    | "dc.date"
                    | "dcterms.date"
                    | "date"
                    | "citation_publication_date"
                        if date.is_none() =>
                    {
                        date = iso_date(&value);
                    }
                    _ => {}
                }
            }
            "link" => {
                let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    if let Some(href) = el.attr("href") {
                        canonical.get_or_insert(clean_inline(href));
                    }
                }
            }
            "title" if title_tag.is_none() => title_tag = Some(inline_text(node)),
            "h1" if h1.is_none() && !is_chrome(node, true) => {
                let text = inline_text(node);
                if !text.is_empty() {
                    h1 = Some(text);
                }
            }
            "h2" if h2.is_none() && !is_chrome(node, true) => {
                let text = inline_text(node);
                if !text.is_empty() {
                    h2 = Some(text);
                }
            }
            "time" if time_date.is_none() => {
                time_date = el.attr("datetime").and_then(iso_date);
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                ld.read(&inline_raw(node));
            }
            _ => {}
        }
    }
    let site = site.or(ld.publisher.clone());
    let headings: Vec<String> = h1.iter().chain(h2.iter()).cloned().collect();
    let title = og_title
        .map(|t| without_site_suffix(&t, site.as_deref(), &headings))
        .or(h1)
        .or(ld.headline.clone())
        .or_else(|| title_tag.map(|t| without_site_suffix(&t, site.as_deref(), &headings)))
        .filter(|t| !t.is_empty());
    Metadata {
        title,
        publisher: site,
        date: date.or(ld.date).or(time_date),
        url: url.or(canonical).filter(|u| u.starts_with("http")),
        ..Metadata::default()
    }
}

/// `"Title | Site"`, `"Title – Site"` → `"Title"` when the part after the last separator is
/// the site's name or a short name-like tail, or the part before it is a heading of the page.
fn without_site_suffix(title: &str, site: Option<&str>, headings: &[String]) -> String {
    let fold = crate::text::fold;
    for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] {
        if let Some(at) = title.rfind(separator) {
            let (head, tail) = (&title[..at], &title[at + separator.len()..]);
            let is_site = site.is_some_and(|s| fold(s) == fold(tail));
            let is_heading = headings.iter().any(|h| fold(h) == fold(head));
            if is_site
                || is_heading
                || (tail.split_whitespace().count() <= 5 && head.len() > tail.len())
            {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// What a page's JSON-LD says.
#[derive(Debug, Default)]
struct LinkedData {
    date: Option<String>,
    publisher: Option<String>,
    headline: Option<String>,
}

impl LinkedData {
    fn read(&mut self, json: &str) {
        // serde_json stops at 128 levels of nesting; the walk below at 16.
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(json) {
            self.walk(&value, 0);
        }
    }

    fn walk(&mut self, value: &serde_json::Value, depth: usize) {
        use serde_json::Value;
        if depth > 16 {
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.walk(v, depth + 1)),
            Value::Object(map) => {
                if let Some(Value::String(d)) = map.get("datePublished") {
                    if self.date.is_none() {
                        self.date = iso_date(d);
                    }
                }
                if let Some(Value::String(h)) = map.get("headline") {
                    self.headline.get_or_insert_with(|| clean_inline(h));
                }
                match map.get("publisher") {
                    Some(Value::String(p)) => {
                        self.publisher.get_or_insert_with(|| clean_inline(p));
                    }
                    Some(Value::Object(p)) => {
                        if let Some(Value::String(name)) = p.get("name") {
                            self.publisher.get_or_insert_with(|| clean_inline(name));
                        }
                    }
                    _ => {}
                }
                for (key, v) in map {
                    if key == "@graph" || key == "mainEntity" || key == "mainEntityOfPage" {
                        self.walk(v, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Chrome

/// Elements that never hold the report's text.
const CHROME_TAGS: &[&str] = &[
    "nav", "footer", "aside", "form", "script", "style", "noscript", "template", "iframe", "svg",
    "button", "select", "input", "textarea", "object", "embed", "canvas", "dialog", "menu", "head",
    "title", "meta", "link", "label",
];

/// Elements whose text is not even chrome (code, styles, controls).
const SILENT_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "meta", "link", "title",
];

/// Words in a class or id that mark page furniture.
const NEGATIVE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "cookies",
    "consent",
    "breadcrumb",
    "breadcrumbs",
    "advert",
    "ads",
    "promo",
    "sidebar",
    "comments",
    "comment",
    "menu",
    "navbar",
    "nav",
    "skip",
    "pagination",
    "pager",
    "donate",
    "donation",
    "popup",
    "modal",
    "toolbar",
    "widget",
    "banner",
    "masthead",
    "recommended",
    "more-stories",
    "tags",
    "sr",
    "visually",
    "hidden",
];

/// Words in a class or id that mark the article; they outweigh a negative word.
const POSITIVE_WORDS: &[&str] = &[
    "article", "content", "main", "body", "text", "story", "post", "entry", "report", "page",
];

fn class_words(node: NodeRef<'_, Node>) -> Vec<String> {
    let Some(el) = node.value().as_element() else {
        return Vec::new();
    };
    let mut words = Vec::new();
    for attr in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        for token in attr.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
            if !token.is_empty() && token.len() < 40 {
                words.push(token.to_ascii_lowercase());
            }
        }
    }
    words
}

fn is_notes_container(node: NodeRef<'_, Node>) -> bool {
    class_words(node).iter().any(|w| {
        matches!(
            w.as_str(),
            "footnotes" | "footnote" | "endnotes" | "endnote" | "notes" | "fn"
        )
    })
}

/// True for an element that is page chrome: by tag, by being hidden, by its ARIA role, or (when
/// `by_class`) by a furniture word in its class or id, unless an article word is there too or
/// the element is the page's `main` or an `article`.
fn is_chrome(node: NodeRef<'_, Node>, by_class: bool) -> bool {
    let Some(el) = node.value().as_element() else {
        return false;
    };
    let name = el.name();
    if CHROME_TAGS.contains(&name) {
        return true;
    }
    if name == "header" {
        // A page header is chrome; an article's own header (with its h1) is not.
        // Looked for near the top only: nested headers must not make this quadratic.
        let has_h1 = node
            .descendants()
            .take(2_000)
            .any(|d| element_name(d) == Some("h1"));
        return !has_h1;
    }
    if el.attr("hidden").is_some()
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    if let Some(role) = el.attr("role") {
        if matches!(
            role.to_ascii_lowercase().as_str(),
            "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog"
        ) {
            return true;
        }
    }
    if !by_class || is_notes_container(node) || matches!(name, "main" | "article" | "body") {
        return false;
    }
    if el
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("main"))
    {
        return false;
    }
    let words = class_words(node);
    words.iter().any(|w| NEGATIVE_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| POSITIVE_WORDS.contains(&w.as_str()))
}

/// Lines of text under `node` (for the chrome report).
fn chrome_lines(node: NodeRef<'_, Node>, chrome: &mut Vec<String>) {
    if element_name(node).is_some_and(|n| SILENT_TAGS.contains(&n)) {
        return;
    }
    let mut ignored = Vec::new();
    let mut renderer = Renderer::new(&mut ignored);
    renderer.everything = true;
    renderer.block(node, 0);
    renderer.flush();
    for block in &renderer.blocks {
        for line in block.lines() {
            push_chrome(chrome, line.trim_start_matches(['#', '>', ' ']));
        }
    }
}

/// Chrome outside the chosen content: every subtree of `node` that does not hold `content`.
fn collect_outside(node: NodeRef<'_, Node>, content: NodeRef<'_, Node>, chrome: &mut Vec<String>) {
    let mut current = node;
    // Walk down the ancestors of the content without recursion.
    let ancestors: HashSet<NodeId> = content.ancestors().map(|a| a.id()).collect();
    loop {
        if current.id() == content.id() {
            return;
        }
        let mut next = None;
        for child in current.children() {
            if child.id() == content.id() || ancestors.contains(&child.id()) {
                next = Some(child);
            } else if child.value().is_element() || child.value().is_text() {
                chrome_lines(child, chrome);
            }
        }
        match next {
            Some(n) => current = n,
            None => return,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Finding the content

#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    /// Characters of text (chrome excluded).
    text: usize,
    /// Characters of that text inside links.
    links: usize,
    /// Readability-style score from the paragraphs below.
    score: f64,
}

/// Text and link length of every element under `root`, and paragraph scores given to the
/// parents and grandparents of paragraphs. Iterative: any depth is fine.
fn measure(root: NodeRef<'_, Node>, by_class: bool) -> HashMap<NodeId, Stats> {
    let mut stats: HashMap<NodeId, Stats> = HashMap::new();
    // Post-order via an explicit stack: (node, children visited).
    let mut stack: Vec<(NodeRef<'_, Node>, bool)> = vec![(root, false)];
    while let Some((node, visited)) = stack.pop() {
        if !visited {
            if is_chrome(node, by_class) && node.id() != root.id() {
                continue;
            }
            stack.push((node, true));
            for child in node.children() {
                stack.push((child, false));
            }
            continue;
        }
        let mut own = Stats::default();
        match node.value() {
            Node::Text(text) => {
                own.text = text.trim().chars().count();
            }
            Node::Element(el) => {
                for child in node.children() {
                    if let Some(s) = stats.get(&child.id()) {
                        own.text += s.text;
                        own.links += s.links;
                    }
                }
                if el.name() == "a" {
                    own.links = own.text;
                }
                let is_paragraph = matches!(el.name(), "p" | "pre" | "blockquote" | "li" | "td");
                if is_paragraph && own.text >= MIN_PARAGRAPH_CHARS {
                    let points = 1.0 + (own.text as f64 / 100.0).min(3.0);
                    let points = points * (1.0 - density(own.text, own.links));
                    for (k, ancestor) in node.ancestors().take(3).enumerate() {
                        let share = points / (k as f64 + 1.0);
                        stats.entry(ancestor.id()).or_default().score += share;
                    }
                }
            }
            _ => {}
        }
        let entry = stats.entry(node.id()).or_default();
        entry.text = own.text;
        entry.links = own.links;
    }
    stats
}

fn density(text: usize, links: usize) -> f64 {
    if text == 0 {
        0.0
    } else {
        (links as f64 / text as f64).min(1.0)
    }
}

/// The element holding the article: the best-scored block, widened while its parent adds
/// little text; the body when nothing scores.
fn choose_content<'a>(
    body: NodeRef<'a, Node>,
    stats: &HashMap<NodeId, Stats>,
) -> NodeRef<'a, Node> {
    let mut best: Option<(f64, NodeRef<'a, Node>)> = None;
    for node in body.descendants() {
        let Some(s) = stats.get(&node.id()) else {
            continue;
        };
        if s.score <= 0.0 || !node.value().is_element() {
            continue;
        }
        let mut score = s.score * (1.0 - density(s.text, s.links));
        let words = class_words(node);
        if words.iter().any(|w| POSITIVE_WORDS.contains(&w.as_str())) {
            score *= 1.25;
        }
        if matches!(element_name(node), Some("article" | "main")) {
            score *= 1.5;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, node));
        }
    }
    let Some((_, mut chosen)) = best else {
        return body;
    };
    // Widen: a parent that adds at most a fifth more text (a heading, a dateline, the notes).
    while let Some(parent) = chosen.parent() {
        if parent.id() == body.id() || !parent.value().is_element() {
            break;
        }
        let (Some(p), Some(c)) = (stats.get(&parent.id()), stats.get(&chosen.id())) else {
            break;
        };
        let extra_text = (p.text - p.links).saturating_sub(c.text - c.links);
        let extra_links = p.links.saturating_sub(c.links);
        let is_cell = matches!(element_name(chosen), Some("td" | "th"));
        if is_cell || extra_text as f64 > (c.text - c.links) as f64 * 0.1 + 40.0 || extra_links > 40
        {
            break;
        }
        chosen = parent;
    }
    chosen
}

/// The content and the siblings that carry on its article: an article split into several
/// blocks (by an advert, a pull quote, a "read more" box) keeps its other blocks when they
/// score a fifth of the best or are plain paragraphs of some length, as reader modes do.
fn with_siblings<'a>(
    content: NodeRef<'a, Node>,
    stats: &HashMap<NodeId, Stats>,
    by_class: bool,
) -> Vec<NodeRef<'a, Node>> {
    let Some(parent) = content.parent().filter(|p| p.value().is_element()) else {
        return vec![content];
    };
    if matches!(element_name(content), Some("body" | "td" | "th")) {
        return vec![content];
    }
    let best = stats.get(&content.id()).map_or(0.0, |s| s.score);
    let mut parts = Vec::new();
    for sibling in parent.children() {
        if sibling.id() == content.id() {
            parts.push(sibling);
            continue;
        }
        if !sibling.value().is_element() || is_chrome(sibling, by_class) {
            continue;
        }
        let Some(s) = stats.get(&sibling.id()) else {
            continue;
        };
        let links = density(s.text, s.links);
        let scored = best > 0.0 && s.score >= best * 0.2 && links < 0.5;
        let paragraph = element_name(sibling) == Some("p") && s.text >= 80 && links < 0.25;
        if scored || paragraph {
            parts.push(sibling);
        }
    }
    parts
}

// ---------------------------------------------------------------------------------------------
// Rendering

/// Text as it reads: entities are already decoded by the parser; whitespace runs (newlines
/// included) become one space, non-breaking and odd spaces become spaces, soft hyphens and
/// zero-width characters go.
fn clean_inline(text: &str) -> String {
    crate::text::normalize_whitespace(text)
}

/// All text under a node, on one line.
fn inline_text(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            out.push_str(t);
            out.push(' ');
        }
    }
    clean_inline(&out)
}

/// The raw text of an element (a script's JSON).
fn inline_raw(node: NodeRef<'_, Node>) -> String {
    node.children()
        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
        .collect()
}

/// A footnote label from a link target such as `#fn3`, `#_ftn3`, `#footnote-3`, `#note3`.
fn note_target(href: &str) -> Option<(String, bool)> {
    let fragment = href.rsplit_once('#')?.1.to_ascii_lowercase();
    let digits: String = fragment
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let stem = fragment[..fragment.len() - digits.len()].trim_end_matches(['-', '_', ':', '.']);
    let stem = stem.trim_start_matches('_');
    let back = stem.contains("ref") || stem.contains("back");
    let note = ["fn", "ftn", "footnote", "note", "endnote", "edn", "en"]
        .iter()
        .any(|s| stem.starts_with(s));
    note.then(|| (digits.trim_start_matches('0').to_string(), back))
}

/// A label from marker text: "3", "[3]", "(3)".
fn marker_label(text: &str) -> Option<String> {
    let t = text.trim().trim_matches(['[', ']', '(', ')']).trim();
    (!t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.trim_start_matches('0').to_string())
        .filter(|l| !l.is_empty())
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "caption",
    "body",
    "html",
    "fieldset",
    "footer",
    "nav",
    "aside",
    "form",
];

fn is_block(node: NodeRef<'_, Node>) -> bool {
    element_name(node).is_some_and(|n| BLOCK_TAGS.contains(&n))
}

struct Renderer<'c> {
    blocks: Vec<String>,
    inline: String,
    chrome: &'c mut Vec<String>,
    /// Render chrome elements too (used to list the chrome itself).
    everything: bool,
    /// Inside an endnote list: paragraphs and items become `[^n]: ` definitions.
    in_notes: bool,
    /// The last block is a table's list of rows, which the next data row continues.
    in_table_rows: bool,
    /// Class and id furniture words make an element chrome (see [`is_chrome`]).
    by_class: bool,
}

impl<'c> Renderer<'c> {
    fn new(chrome: &'c mut Vec<String>) -> Self {
        Renderer {
            blocks: Vec::new(),
            inline: String::new(),
            chrome,
            everything: false,
            in_notes: false,
            in_table_rows: false,
            by_class: true,
        }
    }

    /// Ends the paragraph being built.
    fn flush(&mut self) {
        let lines: Vec<String> = self
            .inline
            .split('\n')
            .map(clean_inline)
            .filter(|l| !l.is_empty())
            .collect();
        self.inline.clear();
        if lines.is_empty() {
            return;
        }
        self.in_table_rows = false;
        let mut text = lines.join("\n");
        // A paragraph opened by a back link to its reference is a footnote definition.
        if let Some(rest) = text.strip_prefix("[^") {
            if let Some(close) = rest.find(']') {
                if !rest[close + 1..].starts_with(':') {
                    text = format!("[^{}]:{}", &rest[..close], &rest[close + 1..]);
                }
            }
        }
        self.blocks.push(text);
    }

    fn skip(&mut self, node: NodeRef<'_, Node>) -> bool {
        if !self.everything && is_chrome(node, self.by_class) {
            chrome_lines(node, self.chrome);
            return true;
        }
        false
    }

    /// Renders a block-level subtree.
    fn block(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        if depth > MAX_DEPTH {
            // Past any sane nesting: the text, flat.
            self.inline.push(' ');
            self.inline.push_str(&inline_text(node));
            return;
        }
        match node.value() {
            Node::Text(t) => {
                self.inline.push_str(t);
                return;
            }
            Node::Element(_) => {}
            Node::Document | Node::Fragment => {
                for child in node.children() {
                    self.block(child, depth + 1);
                }
                return;
            }
            _ => return,
        }
        if self.skip(node) {
            return;
        }
        let name = element_name(node).unwrap_or("");
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = usize::from(name.as_bytes()[1] - b'0');
                let text = self.inline_of(node, depth);
                let text = clean_inline(&text.replace('\n', " "));
                if !text.is_empty() {
                    self.blocks.push(format!("{} {text}", "#".repeat(level)));
                }
                let folded = crate::text::fold(&text);
                if ["notes", "endnotes", "footnotes", "end notes"].contains(&folded.as_str()) {
                    self.in_notes = true;
                }
            }
            "ul" | "ol" => {
                self.flush();
                let mut lines = Vec::new();
                let notes = self.in_notes || is_notes_container(node);
                self.list(node, 0, depth, notes, &mut lines);
                if !lines.is_empty() {
                    self.blocks.push(lines.join("\n"));
                }
            }
            "blockquote" => {
                self.flush();
                let mut inner = Renderer::new(self.chrome);
                inner.everything = self.everything;
                for child in node.children() {
                    inner.block(child, depth + 1);
                }
                inner.flush();
                let quoted: Vec<String> = inner
                    .blocks
                    .iter()
                    .map(|b| {
                        b.lines()
                            .map(|l| format!("> {l}"))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                self.blocks.extend(quoted);
            }
            "table" | "thead" | "tbody" | "tfoot" => {
                self.flush();
                self.in_table_rows = false;
                for child in node.children() {
                    self.block(child, depth + 1);
                }
                self.in_table_rows = false;
            }
            "tr" => {
                self.flush();
                self.row(node, depth);
            }
            "br" => self.inline.push('\n'),
            "hr" => self.flush(),
            "pre" => {
                self.flush();
                let mut text = String::new();
                for d in node.descendants() {
                    if let Node::Text(t) = d.value() {
                        text.push_str(t);
                    }
                }
                self.inline = text;
                self.flush();
            }
            _ if is_block(node) => {
                self.flush();
                let notes_before = self.in_notes;
                if is_notes_container(node) {
                    self.in_notes = true;
                }
                for child in node.children() {
                    self.block(child, depth + 1);
                }
                self.flush();
                if is_notes_container(node) {
                    self.in_notes = notes_before;
                }
            }
            _ => self.inline_node(node, depth),
        }
    }

    /// A table row: one paragraph of its cells, or the cells as blocks when they hold blocks
    /// (a layout table).
    fn row(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        let cells: Vec<NodeRef<'_, Node>> = node
            .children()
            .filter(|c| matches!(element_name(*c), Some("td" | "th")))
            .filter(|c| !self.skip(*c))
            .collect();
        let layout = cells
            .iter()
            .any(|c| c.descendants().skip(1).any(|d| is_block(d)));
        if layout {
            for cell in cells {
                for child in cell.children() {
                    self.block(child, depth + 1);
                }
                self.flush();
            }
            return;
        }
        let texts: Vec<String> = cells
            .iter()
            .map(|c| clean_inline(&self.inline_of(*c, depth).replace('\n', " ")))
            .filter(|t| !t.is_empty())
            .collect();
        if texts.is_empty() {
            return;
        }
        let header = cells.iter().all(|c| element_name(*c) == Some("th"));
        let row = texts.join(" | ");
        // Data rows are the items of one list; a header row stands above them.
        match self.blocks.last_mut() {
            Some(last) if !header && self.in_table_rows => {
                last.push_str("\n- ");
                last.push_str(&row);
            }
            _ if header => {
                self.blocks.push(row);
                self.in_table_rows = false;
                return;
            }
            _ => self.blocks.push(format!("- {row}")),
        }
        self.in_table_rows = true;
    }

    /// A list's lines: `- item` / `N. item`, nested lists indented two spaces a level; in an
    /// endnote list, `[^N]: text`.
    fn list(
        &mut self,
        node: NodeRef<'_, Node>,
        level: usize,
        depth: usize,
        notes: bool,
        lines: &mut Vec<String>,
    ) {
        let ordered = element_name(node) == Some("ol");
        let mut number: usize = node
            .value()
            .as_element()
            .and_then(|e| e.attr("start"))
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(1);
        for item in node.children() {
            if depth + level > MAX_DEPTH {
                break;
            }
            if item.value().is_element() && self.skip(item) {
                continue;
            }
            if element_name(item) != Some("li") {
                // Stray text or a list directly inside a list.
                if matches!(element_name(item), Some("ul" | "ol")) {
                    self.list(item, level + 1, depth + 1, notes, lines);
                }
                continue;
            }
            let mut text = String::new();
            let mut nested = Vec::new();
            for child in item.children() {
                if matches!(element_name(child), Some("ul" | "ol")) {
                    nested.push(child);
                } else if child.value().is_element() && is_block(child) {
                    text.push(' ');
                    text.push_str(&self.inline_of(child, depth + 1));
                    text.push(' ');
                } else {
                    self.inline_into(child, depth + 1, &mut text);
                }
            }
            let text = clean_inline(&text.replace('\n', " "));
            let indent = "  ".repeat(level);
            if notes {
                let id_label = item
                    .value()
                    .as_element()
                    .and_then(|e| e.id())
                    .and_then(|id| note_target(&format!("#{id}")))
                    .map(|(l, _)| l);
                let label = id_label.unwrap_or_else(|| number.to_string());
                let text = text
                    .strip_prefix(&format!("[^{label}]"))
                    .map(|t| t.trim_start_matches([':', '.', ' ']).to_string())
                    .unwrap_or(text);
                if !text.is_empty() {
                    lines.push(format!("[^{label}]: {text}"));
                }
            } else if !text.is_empty() {
                let marker = if ordered {
                    format!("{number}.")
                } else {
                    "-".to_string()
                };
                lines.push(format!("{indent}{marker} {text}"));
            }
            number += 1;
            for list in nested {
                self.list(list, level + 1, depth + 1, notes, lines);
            }
        }
    }

    /// The inline text of a node as a string (links, emphasis and footnote markers resolved).
    fn inline_of(&mut self, node: NodeRef<'_, Node>, depth: usize) -> String {
        let mut out = String::new();
        for child in node.children() {
            self.inline_into(child, depth + 1, &mut out);
            if is_block(child) {
                out.push(' ');
            }
        }
        out
    }

    fn inline_node(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        let mut out = std::mem::take(&mut self.inline);
        self.inline_into(node, depth, &mut out);
        self.inline = out;
    }

    fn inline_into(&mut self, node: NodeRef<'_, Node>, depth: usize, out: &mut String) {
        match node.value() {
            Node::Text(t) => {
                out.push_str(t);
                return;
            }
            Node::Element(_) => {}
            _ => return,
        }
        if depth > MAX_DEPTH {
            out.push_str(&inline_text(node));
            return;
        }
        if self.skip(node) {
            return;
        }
        let Some(el) = node.value().as_element() else {
            return;
        };
        match el.name() {
            "br" => out.push('\n'),
            "img" => {}
            "a" => {
                let text = inline_text(node);
                if let Some((label, back)) = el.attr("href").and_then(note_target) {
                    if marker_label(&text).is_some() || text.is_empty() || text == "↩" {
                        if back && !out.trim().is_empty() {
                            // A back link after a note's text: "↩".
                            return;
                        }
                        out.push_str(&format!("[^{label}]"));
                        return;
                    }
                }
                if text == "↩" || text == "↑" {
                    return;
                }
                for child in node.children() {
                    self.inline_into(child, depth + 1, out);
                }
            }
            "sup" => {
                let text = inline_text(node);
                let link = node
                    .descendants()
                    .filter_map(|d| d.value().as_element().and_then(|e| e.attr("href")))
                    .find_map(note_target);
                match (link, marker_label(&text)) {
                    (Some((label, back)), _) => {
                        if !back || out.trim().is_empty() {
                            out.push_str(&format!("[^{label}]"));
                        }
                    }
                    (None, Some(label)) => out.push_str(&format!("[^{label}]")),
                    (None, None) => out.push_str(&text),
                }
            }
            _ => {
                for child in node.children() {
                    self.inline_into(child, depth + 1, out);
                    if is_block(child) {
                        out.push(' ');
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> String {
        format!("<!doctype html><html><head><title>A page | Site</title></head><body>{body}</body></html>")
    }

    fn paragraphs(opening: &str, count: usize) -> String {
        (0..count)
            .map(|i| {
                format!(
                    "<p>{opening} {i}: the authorities detained several reporters after the \
                     protests and the courts upheld the fines against their associations.</p>"
                )
            })
            .collect()
    }

    #[test]
    fn a_furniture_word_on_the_article_wrapper_does_not_lose_the_article() {
        // "sidebar" and "social" on wrappers of the whole article (page-layout class names).
        let html = page(&format!(
            "<nav><a href=\"/\">Home</a></nav>\
             <div class=\"panel-two-col-sidebar-right\"><div class=\"js-social-anchor\">\
             <h1>Reporters detained</h1>{}</div></div>\
             <footer><p>Copyright line of the site</p></footer>",
            paragraphs("Paragraph", 6)
        ));
        let converted = convert(&html).unwrap();
        for i in 0..6 {
            assert!(
                converted.text.contains(&format!("Paragraph {i}:")),
                "{}",
                converted.text
            );
        }
        assert!(!converted.text.contains("Copyright line"));
        assert!(converted
            .chrome
            .iter()
            .any(|c| c.contains("Copyright line")));
    }

    #[test]
    fn an_article_split_around_an_advert_keeps_both_halves() {
        let html = page(&format!(
            "<div id=\"wrap\"><div class=\"body-a\">{}</div>\
             <div class=\"advert\"><a href=\"/buy\">Buy a thing today</a></div>\
             <div class=\"body-b\">{}</div>\
             <div class=\"related\"><a href=\"/x\">Another story entirely</a></div></div>",
            paragraphs("First half", 5),
            paragraphs("Second half", 3)
        ));
        let converted = convert(&html).unwrap();
        assert!(
            converted.text.contains("First half 4:"),
            "{}",
            converted.text
        );
        assert!(
            converted.text.contains("Second half 2:"),
            "{}",
            converted.text
        );
        assert!(!converted.text.contains("Buy a thing"));
        assert!(!converted.text.contains("Another story"));
    }

    #[test]
    fn structure_becomes_markdown() {
        let html = page(
            "<nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>\
             <article><h1>Rights in the steppe</h1>\
             <p>The first paragraph has enough words to count as real article text here.</p>\
             <h2>What we ask</h2><p>We ask the government of Kazakhstan to act:</p>\
             <ul><li>Free the <em>detained</em> writers.<ul><li>All of them.</li></ul></li>\
             <li>Stop&nbsp;the raids&shy;.</li></ul>\
             <blockquote><p>A quoted line from a witness, long enough to stand alone.</p></blockquote>\
             </article><footer>Copyright notice</footer>",
        );
        let converted = convert(&html).unwrap();
        assert_eq!(
            converted.text,
            "# Rights in the steppe\n\n\
             The first paragraph has enough words to count as real article text here.\n\n\
             ## What we ask\n\nWe ask the government of Kazakhstan to act:\n\n\
             - Free the detained writers.\n  - All of them.\n- Stop the raids.\n\n\
             > A quoted line from a witness, long enough to stand alone.\n"
        );
        assert_eq!(
            converted.chrome,
            vec!["Home About us".to_string(), "Copyright notice".to_string()]
        );
        assert_eq!(
            converted.metadata.title.as_deref(),
            Some("Rights in the steppe")
        );
    }

    #[test]
    fn footnote_references_and_endnotes_become_markdown_footnotes() {
        let html = page(
            "<main><p>A claim that needs a source and is long enough to count.<sup><a href='#fn1' id='fnref1'>1</a></sup> \
             Another one too.<a href='#_ftn2'>[2]</a></p>\
             <section class='footnotes'><ol><li id='fn1'>The first source. <a href='#fnref1'>↩</a></li>\
             <li id='fn2'>The second source.</li></ol></section></main>",
        );
        let text = convert(&html).unwrap().text;
        assert!(text.contains("count.[^1] Another one too.[^2]"), "{text}");
        assert!(
            text.contains("[^1]: The first source.\n[^2]: The second source."),
            "{text}"
        );
    }

    #[test]
    fn word_style_notes_are_definitions() {
        let html = page(
            "<div class='content'><p>Text with a note that is long enough to be counted here.<a href='#_ftn1' name='_ftnref1'>[1]</a></p>\
             <div id='ftn1'><p><a href='#_ftnref1' name='_ftn1'>[1]</a> The note itself.</p></div></div>",
        );
        let text = convert(&html).unwrap().text;
        assert!(text.contains("counted here.[^1]"), "{text}");
        assert!(text.contains("[^1]: The note itself."), "{text}");
    }

    #[test]
    fn metadata_comes_from_meta_tags_then_json_ld_then_the_page() {
        let html = "<html><head><title>Plain title – Example Org</title>\
            <meta property='og:site_name' content='Example Org'>\
            <link rel='canonical' href='https://example.org/a'>\
            <script type='application/ld+json'>{\"@graph\":[{\"datePublished\":\"2024-02-05T08:00:00Z\"}]}</script>\
            </head><body><p>Body text long enough to be the article of this page.</p></body></html>";
        let meta = convert(html).unwrap().metadata;
        assert_eq!(meta.title.as_deref(), Some("Plain title"));
        assert_eq!(meta.publisher.as_deref(), Some("Example Org"));
        assert_eq!(meta.date.as_deref(), Some("2024-02-05"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn br_lines_and_table_rows_stay_lines() {
        let html = page(
            "<div class='content'><p>First line of an address block here<br>Second line<br/>Third line</p>\
             <table><tr><th>Recommendation</th><th>Position</th></tr>\
             <tr><td>Release the journalists held without charge</td><td>Supported</td></tr></table></div>",
        );
        let text = convert(&html).unwrap().text;
        assert!(
            text.contains("First line of an address block here\nSecond line\nThird line\n\n"),
            "{text}"
        );
        assert!(text.contains("Recommendation | Position\n\n- Release the journalists held without charge | Supported"), "{text}");
    }

    #[test]
    fn legacy_charsets_named_by_the_page_are_decoded() {
        let mut bytes = b"<meta charset=\"windows-1251\"><p>".to_vec();
        bytes.extend([0xcf, 0xf0, 0xe0, 0xe2, 0xe0]); // "Права"
        let text = decode_legacy(&bytes).unwrap();
        assert!(text.ends_with("Права"), "{text}");
        assert_eq!(decode_legacy(b"<meta charset=utf-8><p>x"), None);
    }

    #[test]
    fn nesting_counts_open_elements_but_not_void_optional_or_raw_text() {
        assert_eq!(
            nesting(b"<div><p>a<p>b<br><img src=x><span>c</span></div>"),
            2
        );
        assert_eq!(nesting(b"<ul><li>a<li>b</ul><!-- <div><div> -->"), 1);
        assert_eq!(
            nesting(b"<SCRIPT>if (a<b) { x = '<div><div>'; }</Script><div>"),
            1
        );
        let deep = "<div>".repeat(MAX_NESTING + 5);
        assert_eq!(convert(&deep), Err(HtmlError::TooDeep));
    }

    #[test]
    fn too_many_tags_is_refused() {
        let html = "<b>".repeat(MAX_TAGS + 1);
        assert_eq!(convert(&html), Err(HtmlError::TooManyTags));
    }
}
