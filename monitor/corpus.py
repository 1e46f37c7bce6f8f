"""Read the development corpora in ``../shared/corpus`` as plain items with stable references.

The evaluation commands (``monitor eval stories``) and the benchmarks read
three corpora that sit beside the project, never inside it (their texts
belong to their outlets).  Gold sets refer to an item by a short, stable
reference instead of copying its text:

- ``i26:<id>``  — ``items-2026-03`` (the corpus's own item id);
- ``i23:<hash>`` — ``items-2023-10`` (blake2b of the item's link; links are unique there);
- ``h25:<hash>`` — ``headlines-2025`` (blake2b of source, title and link, the corpus's own key).

    python -m monitor.corpus list --corpus headlines-2025 --day 2025-10-09
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

CORPORA = ("items-2023-10", "items-2026-03", "headlines-2025")
PREFIX = {"items-2023-10": "i23", "items-2026-03": "i26", "headlines-2025": "h25"}


@dataclass(frozen=True, slots=True)
class CorpusItem:
    ref: str
    corpus: str
    source: str  # the feed it came from
    publisher: str  # the outlet (several feeds of one outlet are one publisher)
    language: str | None
    title: str  # raw: may hold HTML entities or tags
    summary: str
    link: str | None
    published: datetime | None


def default_root() -> Path:
    """``../shared/corpus`` beside the project checkout."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def parse_time(s: str | None) -> datetime | None:
    """An ISO date-time of the corpora (``Z`` allowed; naive is UTC); None if absent or malformed."""
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _hash(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()


def _host(url: str) -> str:
    return re.sub(r"^https?://(www\.|feeds\.|rss\.)?", "", url).split("/")[0]


def read_2023(root: Path) -> Iterator[CorpusItem]:
    # The feed URL names the outlet; the one item whose album is a bare URL
    # (https://www.aljazeera.com) belongs to Al Jazeera's feed's outlet.
    raw: list[dict[str, object]] = []
    for f in sorted(root.glob("*/*.json")):
        raw.extend(json.loads(f.read_text(encoding="utf-8")))
    host_outlet: dict[str, str] = {}
    for it in raw:
        album = str(it.get("album") or "")
        if album and not album.startswith("http"):
            host_outlet.setdefault(_host(str(it["source"])), album)
    for it in raw:
        album = str(it.get("album") or "")
        outlet = album if album and not album.startswith("http") else host_outlet.get(_host(str(it["source"])), album)
        link = str(it.get("link") or "")
        yield CorpusItem(
            ref="i23:" + _hash(link), corpus="items-2023-10", source=str(it["source"]), publisher=outlet,
            language=str(it.get("language") or "") or None, title=str(it.get("title") or ""),
            summary=str(it.get("description") or ""), link=link or None, published=parse_time(str(it.get("date_published") or "")),
        )


def outlet_2026(source_name: str) -> str:
    """One publisher per outlet: QNA's four feeds are QNA, Mivzakim's five are Mivzakim, …"""
    s = re.sub(r"\s*\((TG|Arabic|English|News|Local|Houthi|Disclosures|Iraq|Palestine Info)\)\s*$", "", source_name)
    s = re.sub(r"\s+(English|Persian|Breaking|Main|Military|Politics|World|General|Qatar|TV English)$", "", s)
    s = re.sub(r"\s+(General|Qatar)$", "", s)
    return {"Al Masirah TV": "Al Masirah", "Tasnim News": "Tasnim"}.get(s, s)


def read_2026(root: Path) -> Iterator[CorpusItem]:
    for f in sorted(root.glob("*.json")):
        for it in json.loads(f.read_text(encoding="utf-8")):
            name = str(it["source_name"])
            yield CorpusItem(
                ref="i26:" + str(it["id"]), corpus="items-2026-03", source=name, publisher=outlet_2026(name),
                language=it.get("language"), title=it.get("title_original") or "",
                summary=it.get("content_original") or "", link=it.get("url"), published=parse_time(it.get("published")),
            )


# Google News titles end in " - <outlet>"; the outlet is the publisher.
_GOOGLE_SUFFIX = re.compile(r"\s+-\s+([^-]{2,80})$")


def read_2025(root: Path) -> Iterator[CorpusItem]:
    for f in sorted(root.glob("headlines-*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                title, source = row["title"], row["source"]
                publisher = "BBC News"
                if source.startswith("google"):
                    m = _GOOGLE_SUFFIX.search(title)
                    publisher = m.group(1).strip() if m else "Google News"
                yield CorpusItem(
                    ref="h25:" + _hash(source, title, row["link"]), corpus="headlines-2025", source=source,
                    publisher=publisher, language="en", title=title, summary="", link=row["link"],
                    published=parse_time(row["first_seen_utc"]),
                )


def read(corpus: str, root: Path | None = None) -> Iterator[CorpusItem]:
    base = (root or default_root()) / corpus
    if not base.is_dir():
        raise FileNotFoundError(f"corpus {corpus!r} not found at {base}")
    reader = {"items-2023-10": read_2023, "items-2026-03": read_2026, "headlines-2025": read_2025}[corpus]
    return reader(base)


def index(corpora: Iterable[str] = CORPORA, root: Path | None = None) -> dict[str, CorpusItem]:
    """Every item of the named corpora by reference (corpora that are absent are skipped)."""
    out: dict[str, CorpusItem] = {}
    for c in corpora:
        try:
            for it in read(c, root):
                out[it.ref] = it
        except FileNotFoundError:
            continue
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m monitor.corpus", description="List corpus items with their references.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list", help="one JSON line per item")
    ls.add_argument("--corpus", choices=CORPORA, required=True)
    ls.add_argument("--day", type=date.fromisoformat, help="UTC publication day")
    ls.add_argument("--lang")
    ls.add_argument("--grep", help="regular expression on title + summary")
    ls.add_argument("--summary-chars", type=int, default=300)
    args = ap.parse_args(argv)
    pat = re.compile(args.grep, re.I) if args.grep else None
    for it in sorted(read(args.corpus), key=lambda x: (x.published or datetime.min.replace(tzinfo=UTC), x.ref)):
        if args.day and (it.published is None or it.published.astimezone(UTC).date() != args.day):
            continue
        if args.lang and it.language != args.lang:
            continue
        if pat and not pat.search(it.title + " " + it.summary):
            continue
        print(json.dumps({
            "ref": it.ref, "published": it.published.isoformat() if it.published else None, "lang": it.language,
            "publisher": it.publisher, "title": it.title, "summary": re.sub(r"<[^>]+>", " ", it.summary)[: args.summary_chars],
        }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
