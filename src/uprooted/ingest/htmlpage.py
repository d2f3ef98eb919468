"""HTML page -> main text, title, publication date, outlet (trafilatura + htmldate, offline).

Both libraries are given an already-parsed tree or a string, never a URL, so nothing is
fetched. The title is kept as the first line of the text because headlines often state the
figure ("45,000 flee Mosul") and extraction reads the text only.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from uprooted.ingest.dates import parse_date

# trafilatura and htmldate log every page they find thin; that is not our user's concern.
for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)

# Block elements after which a line break belongs when flattening an HTML fragment.
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "ul",
    "ol",
    "table",
    "dd",
    "dt",
}


@dataclass
class HtmlExtract:
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    lang: str | None = None  # the page's own declared language (<html lang>, content-language)


def parse_tree(html: str) -> lxml.html.HtmlElement | None:
    """A parsed page, or None when lxml finds nothing in it."""
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        try:  # lxml rejects str input with an encoding declaration; bytes are fine
            return lxml.html.document_fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError, TypeError):
            return None


def page_date(tree: lxml.html.HtmlElement) -> date | None:
    """The page's original publication date per htmldate (not 'last modified')."""
    from htmldate import find_date

    try:
        found = find_date(copy.deepcopy(tree), original_date=True, extensive_search=True)
    except Exception:  # htmldate can trip over odd markup; a page without a date is fine
        return None
    return parse_date(found) if found else None


def extract_html(html: str, *, url: str | None = None) -> HtmlExtract:
    """Main text and metadata of one page; text is "" when nothing readable was found."""
    import trafilatura

    tree = parse_tree(html)
    if tree is None:
        return HtmlExtract(text="", warnings=["not parseable as HTML"])
    published = page_date(tree)
    lang = page_lang(tree)
    result = None
    try:
        result = trafilatura.bare_extraction(
            copy.deepcopy(tree),
            url=url,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params=None,
        )
    except Exception:  # trafilatura bugs on odd pages: fall back below rather than lose the page
        result = None
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    title = _clean(getattr(result, "title", None)) if result is not None else None
    outlet = _clean(getattr(result, "sitename", None)) if result is not None else None
    page_url = url or (getattr(result, "url", None) if result is not None else None)
    if not body:
        body = fragment_text(tree)
    if not title:
        found = tree.find(".//title")
        title = _clean(found.text_content()) if found is not None else None
    if not outlet and page_url:
        outlet = host_of(page_url)
    text = with_title(title, body)
    return HtmlExtract(text=text, title=title, published=published, outlet=outlet, url=page_url, lang=lang)


def page_lang(tree: lxml.html.HtmlElement) -> str | None:
    """The language a page declares: <html lang>, xml:lang, a content-language meta or og:locale."""
    try:
        root = tree.getroottree().getroot()
        for key in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
            value = root.get(key)
            if value and value.strip():
                return value.strip()
        for meta in tree.iter("meta"):
            name = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
            if name in ("content-language", "language", "og:locale", "dc.language"):
                value = (meta.get("content") or "").strip()
                if value:
                    return value.split(",")[0].strip()
    except Exception:  # an odd tree: no declared language
        return None
    return None


def with_title(title: str | None, body: str) -> str:
    """Headline first, then the body, unless the body already opens with it."""
    body = body.strip()
    if title and not body.startswith(title):
        return f"{title}\n\n{body}" if body else title
    return body


def fragment_text(fragment: str | lxml.html.HtmlElement) -> str:
    """Plain text of an HTML fragment (a feed summary), one line per block element.

    Hand-written: trafilatura discards short fragments as boilerplate and html2txt joins
    paragraphs into one line, which would merge sentences that extraction keeps apart.
    """
    if isinstance(fragment, str):
        if "<" not in fragment:
            return " ".join(fragment.split())
        try:
            tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
        except (etree.ParserError, ValueError, TypeError):
            return " ".join(fragment.split())
    else:
        tree = copy.deepcopy(fragment)
    for bad in tree.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def host_of(url: str | None) -> str | None:
    """'https://www.example.org/a' -> 'example.org'."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None
