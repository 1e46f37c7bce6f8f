#!/usr/bin/env python
"""How many distinct word forms real news fills the analyser's word caches with (issue 14).

Not a test: it measures and prints.  Reads every item of the named corpora (default: all three
corpora of ``../shared/corpus``, about six weeks of news in five languages) with the analyser, then
prints the sizes of the word caches that a long-running reader keeps -- the tokenizer's
(``text._CACHE``), ``normalise_token``'s, and the lemma keys' per language -- beside their bounds
(``text.WORD_CACHE_MAX``, ``Keyer._CACHE_MAX``).  The bounds are sized from these figures
(docs/benchmarks.md, "Flat after warm-up").

    .venv/bin/python bench/vocabulary.py
    .venv/bin/python bench/vocabulary.py items-2023-10
"""
from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor import corpus  # noqa: E402
from monitor.analysis import text  # noqa: E402
from monitor.analysis.cache import get_analyzer  # noqa: E402
from monitor.analysis.lemmas import Keyer  # noqa: E402
from monitor.feeds.normalise import html_to_text, normalise_language  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", default=["items-2023-10", "items-2026-03", "headlines-2025"])
    args = ap.parse_args(argv)
    analyzer = get_analyzer()
    keyer = analyzer.keyer
    n = 0
    for name in args.corpora:
        for it in corpus.read(name):
            summary = html_to_text(it.summary or "")[:2000]
            analyzer.analyze(summary, title=html_to_text(it.title or ""), lang=normalise_language(it.language))
            n += 1
    # lemma keys of the analyser's keyer (pre-filled with the lexicon's own words when it was built)
    per_lang = {lang: len(c) for lang, c in keyer._by_lang.items()}
    print(f"{n:,} items of {', '.join(args.corpora)}")
    print(f"tokenizer cache: {len(text._CACHE):,} forms (bound {text.WORD_CACHE_MAX:,})")
    print(f"normalise_token: {text.normalise_token.cache_info().currsize:,} forms "
          f"(bound {text.normalise_token.cache_info().maxsize:,})")
    print("lemma keys per language: " + ", ".join(f"{k} {v:,}" for k, v in sorted(per_lang.items(), key=str))
          + f" (bound {Keyer._CACHE_MAX:,} each)")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
