"""Visible text and title of an HTML page (scripts and styles dropped, image alt text kept)."""

from __future__ import annotations

__all__ = ["html_text"]

_DROP_TAGS = ("script", "style", "noscript", "template", "head")
_BLOCKS = ("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "section")


def html_text(html: str | bytes) -> tuple[str, str]:
    """(title, visible text) of ``html``; alt and title attributes of images are kept."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for img in soup.find_all("img"):
        alt = " ".join(x for x in (img.get("alt"), img.get("title")) if x)
        img.replace_with(f" {alt} " if alt else " ")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_after("\n")
    lines = (ln.strip() for ln in soup.get_text(" ").splitlines())
    return title, "\n".join(ln for ln in lines if ln)
