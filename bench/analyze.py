"""Benchmark (not a test): analyser throughput per language on one core, matcher memory and build time.

Texts are title + summary sized (about 80 words): real items from
../shared/corpus/items-2026-03 (ar, fa, he, ru, en) when present, else the
project's own gold sentences (tests/gold) concatenated to ~80 words.

    .venv/bin/python bench/analyze.py [--seconds 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.analysis.analyzer import Analyzer  # noqa: E402
from monitor.analysis.reference import load_reference  # noqa: E402

SHARED = REPO.parent / "shared"
LANGS = ("ar", "en", "fa", "he", "ru")


def rss_mb() -> float:
    # current resident set size from /proc (Linux); ru_maxrss is the peak
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def words(text: str, n: int = 80) -> str:
    return " ".join(text.split()[:n])


def corpus_texts() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
    folder = SHARED / "corpus" / "items-2026-03"
    if folder.is_dir():
        pending: dict[str, tuple[str, str]] = {}
        for f in sorted(folder.glob("*.json")):
            for it in json.loads(f.read_text(encoding="utf-8")):
                lang = it.get("language")
                if lang not in out:
                    continue
                title = it.get("title_original") or ""
                text = title + " " + (it.get("content_original") or "")
                # short items are joined with the next ones until ~80 words
                t0, b0 = pending.get(lang, (title, ""))
                body = (b0 + " " + text).strip()
                if len(body.split()) >= 80:
                    out[lang].append((t0, words(body, 80)))
                    pending.pop(lang, None)
                else:
                    pending[lang] = (t0, body)
        return out
    for lang in LANGS:
        gold = REPO / "tests" / "gold" / f"{lang}.jsonl"
        if gold.exists():
            sents = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            for i in range(0, len(sents) - 4, 4):
                out[lang].append((sents[i], words(" ".join(sents[i : i + 5]), 80)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=5.0, help="time per language")
    ap.add_argument("--json", metavar="PATH")
    ap.add_argument("--lemmas", choices=("chosen", "surface"), default="chosen",
                    help="matching keys: the lemmatisers chosen per language (default) or surface forms only (v1)")
    args = ap.parse_args()

    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    ref = load_reference()
    t1 = time.perf_counter()
    analyzer = Analyzer(ref, lemmas={} if args.lemmas == "surface" else None)
    t2 = time.perf_counter()
    gc.collect()
    after = rss_mb()
    texts = corpus_texts()
    source = "items-2026-03" if (SHARED / "corpus" / "items-2026-03").is_dir() else "tests/gold"
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; texts from {source}")
    print(f"analyser {analyzer.version}, keys {analyzer.keyer.signature}")
    print(f"reference data {ref.version}: {len(ref.regions)} regions, {len(ref.actors)} actors, "
          f"{len(ref.lexicon)} lexicon entries; {analyzer.matcher.size:,} patterns")
    print(f"load seeds {t1 - t0:.2f} s, build matcher {t2 - t1:.2f} s, resident memory +{after - before:.0f} MB "
          f"(process {after:.0f} MB)\n")
    results: dict[str, dict[str, float]] = {}
    print(f"{'lang':<5} {'texts':>6} {'words/text':>10} {'articles/s':>11} {'ms/article':>11}")
    for lang in LANGS:
        items = texts.get(lang) or []
        if not items:
            print(f"{lang:<5} (no texts)")
            continue
        # warm-up: fills the token cache the way a running daemon has it filled
        for title, body in items[:200]:
            analyzer.analyze(body, lang=lang, title=title)
        n = 0
        start = time.perf_counter()
        deadline = start + args.seconds
        while time.perf_counter() < deadline:
            title, body = items[n % len(items)]
            analyzer.analyze(body, lang=lang, title=title)
            n += 1
        elapsed = time.perf_counter() - start
        avg_words = sum(len(b.split()) for _, b in items) / len(items)
        rate = n / elapsed
        results[lang] = {"texts": len(items), "words": round(avg_words, 1), "articles_per_s": round(rate), "ms": round(1000 / rate, 3)}
        print(f"{lang:<5} {len(items):>6} {avg_words:>10.0f} {rate:>11,.0f} {1000 / rate:>11.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of the process: {peak:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "lemmas": analyzer.keyer.signature, "build_s": round(t2 - t1, 2), "load_s": round(t1 - t0, 2), "matcher_mb": round(after - before),
            "peak_mb": round(peak), "patterns": analyzer.matcher.size, "per_language": results,
        }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
