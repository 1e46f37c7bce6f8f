#!/usr/bin/env python
"""The analyser's readings of ../shared/corpus, one JSON line an item: for comparing two versions
and for counting what a rule changed (issue 8; not a test).

Each line is ``[where, lang, [[entry, text, counted, modality, note], ...]]`` for one corpus item
(``where`` = file:item, as ``monitor seeds check --corpus`` names it), in corpus order, so the files
written by two checkouts compare with ``cmp`` or ``diff``:

    .venv/bin/python bench/corpus_readings.py --out /tmp/new.jsonl          # this checkout
    (cd ../other-checkout && .venv/bin/python bench/corpus_readings.py --out /tmp/old.jsonl)
    cmp /tmp/old.jsonl /tmp/new.jsonl

``--note TEXT`` prints instead the items with a signal whose note contains TEXT (and their count),
e.g. the disaster rule of analyser 2.7 (docs/methodology.md §12.16):

    .venv/bin/python bench/corpus_readings.py --note "toll of a disaster"

Reads ``items-2023-10``, ``headlines-2025`` and ``items-2026-03`` (``--corpus`` to choose);
``--lang`` keeps one language (items without one are kept: the analyser detects it); ``--gold``
adds the PLOVER gold items, read without a date.  Exits
cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = ("items-2023-10", "headlines-2025", "items-2026-03")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", help="a folder under ../shared/corpus (repeatable)")
    ap.add_argument("--lang", help="only items in this language (and items without a language)")
    ap.add_argument("--out", metavar="PATH", help="write the readings here (JSON lines)")
    ap.add_argument("--note", metavar="TEXT", help="instead: list the items with a signal whose note contains TEXT")
    ap.add_argument("--gold", action="store_true", help="also read the PLOVER gold items (tests/gold/plover-*.jsonl)")
    args = ap.parse_args()
    roots = [SHARED / "corpus" / c for c in (args.corpus or CORPORA)]
    if not all(r.is_dir() for r in roots):
        print(f"corpus not found under {SHARED / 'corpus'}: nothing to read", file=sys.stderr)
        return 0
    from monitor.analysis.seedcheck import iter_items
    from monitor.analysis.service import get_analyzer

    an = get_analyzer()
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115 (closed below)
    hits = 0
    try:
        for root in roots:
            for where, text, lang, day in iter_items(root):
                if args.lang and lang not in (None, args.lang):
                    continue
                r = an.analyze(text, lang=lang, day=day)
                if args.note is not None:
                    noted = [s for s in r.signals if args.note in s.note]
                    if noted:
                        hits += 1
                        print(f"{where} [{r.language}] {noted[0].text!r}: {r.sentences[noted[0].sentence][:160]}")
                    continue
                row = [where, lang, [[s.entry, s.text, s.counted, s.modality, s.note] for s in r.signals]]
                line = json.dumps(row, ensure_ascii=False)
                if out is not None:
                    out.write(line + "\n")
                else:
                    print(line)
        for g in sorted((REPO / "tests" / "gold").glob("plover-*.jsonl")) if args.gold else ():
            for line in g.read_text(encoding="utf-8").splitlines():
                it = json.loads(line)
                if args.lang and it["lang"] != args.lang:
                    continue
                r = an.analyze(it["text"], lang=it["lang"])
                row = [it["id"], it["lang"], [[s.entry, s.text, s.counted, s.modality, s.note] for s in r.signals]]
                if out is not None:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                elif args.note is None:
                    print(json.dumps(row, ensure_ascii=False))
    finally:
        if out is not None:
            out.close()
    if args.note is not None:
        print(f"{hits} items with a signal noted {args.note!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
