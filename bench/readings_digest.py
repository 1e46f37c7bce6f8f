"""Identity check (not a test): one SHA-256 over the analyser's readings of a fixed sample.

A change meant to make the analyser faster, and nothing else, must leave every
reading byte-identical (issue 8, speed budget).  This script reads a fixed
sample with the analyser and prints one digest over the JSON of all readings,
plus one per language of the sample, so a refactoring of the hot path
(text.py, lemmas.py, matcher.py, analyzer.py) can be checked in seconds:

* the first ``--n`` items (default 1000) per language of ../shared/corpus/items-2026-03
  (title and text, the declared language, the publication day) and of
  ../shared/corpus/items-2023-10 (English: title and description);
* every item of tests/gold/*.jsonl that has a text (both splits: only the
  digest is printed, never an item), read as ``monitor eval`` reads it (day,
  outlet country), and once more as an opinion piece;
* per language, one long text of the corpus items' sentences with their ends
  removed (an endless sentence, cut into pieces by ``bound_sentence``), read
  whole and again under a ``max_chars`` cap (the truncated reading).

A reading's JSON is ``Reading.as_json()`` (regions, actors, signals with every
field, claims, scores, versions, truncation) plus its sentences, with sorted
keys.  Record the digest before a change and compare after::

    .venv/bin/python bench/readings_digest.py                 # digests
    .venv/bin/python bench/readings_digest.py --dump /tmp/a.jsonl   # and every reading, one a line,
    diff <(…--dump /tmp/a.jsonl) …                            # to find which item changed

The digest depends on the seeds and the lemmatisers as well as the code: compare
runs of one checkout with the same ``MONITOR_SEEDS``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.analysis.analyzer import Analyzer  # noqa: E402
from monitor.analysis.reference import load_reference  # noqa: E402

SHARED = REPO.parent / "shared"

# one sample item: (group, text, keyword arguments of Analyzer.analyze)
Item = tuple[str, str, dict[str, Any]]


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def corpus_items(n: int) -> Iterator[Item]:
    folder = SHARED / "corpus" / "items-2026-03"
    taken: dict[str, int] = {}
    for f in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        for it in json.loads(f.read_text(encoding="utf-8")):
            lang = str(it.get("language") or "")
            if taken.get(lang, 0) >= n:
                continue
            taken[lang] = taken.get(lang, 0) + 1
            yield lang, it.get("content_original") or "", {
                "lang": lang, "title": it.get("title_original") or "", "day": _day(it.get("published"))}
    folder = SHARED / "corpus" / "items-2023-10"
    count = 0
    for f in sorted(folder.glob("*/*.json")) if folder.is_dir() else []:
        for it in json.loads(f.read_text(encoding="utf-8")):
            if count >= n:
                return
            count += 1
            yield "en-2023", it.get("description") or "", {
                "lang": it.get("language"), "title": it.get("title") or "", "day": _day(it.get("date_published"))}


def gold_items() -> Iterator[Item]:
    for f in sorted((REPO / "tests" / "gold").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            it = json.loads(line)
            if "text" not in it:
                continue
            kw = {"lang": it.get("lang"), "day": _day(it.get("date")), "country": it.get("outlet_country")}
            yield f"gold-{it.get('lang')}", it["text"], kw
            yield f"gold-{it.get('lang')}", it["text"], {**kw, "opinion": True}


def long_items(corpus: list[Item]) -> Iterator[Item]:
    by_lang: dict[str, list[str]] = {}
    for group, text, kw in corpus:
        by_lang.setdefault(group, []).append(kw.get("title", "") + " " + text)
    for group, texts in sorted(by_lang.items()):
        joined = " ".join(t.replace(".", ",").replace("؟", "،").replace("?", ",").replace("!", ",")
                          for t in texts)[:20_000]
        lang = next((kw["lang"] for g, _, kw in corpus if g == group), None)
        yield f"long-{group}", joined, {"lang": lang, "title": "", "max_chars": None}
        yield f"long-{group}", joined, {"lang": lang, "title": "Headline", "max_chars": 5_000}


def reading_json(analyzer: Analyzer, text: str, kw: dict[str, Any]) -> str:
    r = analyzer.analyze(text, **kw)
    out = r.as_json()
    out["sentences"] = list(r.sentences)
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="corpus items per language and folder")
    ap.add_argument("--dump", metavar="PATH", help="also write every reading, one JSON line each")
    args = ap.parse_args()
    analyzer = Analyzer(load_reference())
    corpus = list(corpus_items(args.n))
    items = corpus + list(gold_items()) + list(long_items(corpus))
    total = hashlib.sha256()
    per: dict[str, Any] = {}
    counts: dict[str, int] = {}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    start = time.process_time()
    for group, text, kw in items:
        line = reading_json(analyzer, text, kw)
        data = line.encode() + b"\n"
        total.update(data)
        per.setdefault(group, hashlib.sha256()).update(data)
        counts[group] = counts.get(group, 0) + 1
        if dump is not None:
            dump.write(f"{group}\t{line}\n")
    cpu = time.process_time() - start
    if dump is not None:
        dump.close()
    print(f"analyser {analyzer.version}, data {analyzer.data_version}; {len(items)} readings, {cpu:.1f} s CPU")
    for group in sorted(per):
        print(f"{group:<14} {counts[group]:>5}  {per[group].hexdigest()}")
    print(f"{'ALL':<14} {len(items):>5}  {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
