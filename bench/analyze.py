"""Benchmark (not a test): analyser throughput per language on one core, matcher memory and build time.

Texts are title + summary sized (about 80 words): real items from
../shared/corpus/items-2026-03 (ar, fa, he, ru, en) when present, else the
project's own gold sentences (tests/gold) concatenated to ~80 words.

    .venv/bin/python bench/analyze.py [--seconds 5] [--json out.json]

``--long`` measures time against text length instead (issue 14 §5): one text
per size, from 50 KB to 5 MB, built by repeating real sentences (the same
corpus), read with the analysis.max_chars cap off, in two shapes: ordinary
sentences, and the same words with every sentence end removed (one endless
sentence, as in a scraped page).  Linear growth shows as a flat ms per 100 KB.

    .venv/bin/python bench/analyze.py --long [--sizes 50k,100k,...,5m] [--langs en,ar]
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
from monitor.analysis.text import split_sentences  # noqa: E402

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


def _size(text: str) -> int:
    units = {"k": 1000, "m": 1000**2}
    return int(float(text[:-1]) * units[text[-1].lower()]) if text[-1].lower() in units else int(text)


def long_text(sentences: list[str], chars: int, *, one_sentence: bool = False) -> str:
    """Real sentences repeated up to ``chars`` characters; ``one_sentence``: their ends removed."""
    out: list[str] = []
    n = i = 0
    while n < chars:
        s = sentences[i % len(sentences)]
        if one_sentence:
            s = s.rstrip(".!?…؟۔") + ","
        out.append(s)
        n += len(s) + 1
        i += 1
    return " ".join(out)[:chars]


def bench_long(analyzer: Analyzer, langs: list[str], sizes: list[int], results: dict[str, object]) -> None:
    texts = corpus_texts()
    # CPU time of this process as well as wall time: on a shared machine the wall
    # clock measures the neighbours too, CPU time the analyser
    print(f"{'lang':<5} {'shape':<13} {'chars':>10} {'sentences':>10} {'wall s':>7} {'CPU s':>7} {'CPU ms/100 KB':>14}")
    for lang in langs:
        sentences = [s for _, body in texts.get(lang) or [] for s in split_sentences(body) if len(s) > 20]
        if not sentences:
            print(f"{lang:<5} (no texts)")
            continue
        analyzer.analyze(" ".join(sentences[:400]), lang=lang, title="warm-up")  # fills the token and key caches
        for shape in ("sentences", "one sentence"):
            rows = []
            for chars in sizes:
                text = long_text(sentences, chars, one_sentence=shape == "one sentence")
                gc.collect()
                start, cpu = time.perf_counter(), time.process_time()
                r = analyzer.analyze(text, lang=lang, title="Headline", max_chars=None)
                elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
                per = cpu * 1000 / (len(text) / 100_000)
                rows.append({"chars": len(text), "sentences": len(r.sentences), "wall_s": round(elapsed, 3),
                             "cpu_s": round(cpu, 3), "cpu_ms_per_100k": round(per, 1)})
                print(f"{lang:<5} {shape:<13} {len(text):>10,} {len(r.sentences):>10,} {elapsed:>7.2f} {cpu:>7.2f} "
                      f"{per:>14.0f}", flush=True)
            results[f"{lang}/{shape}"] = rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=5.0, help="time per language")
    ap.add_argument("--json", metavar="PATH")
    ap.add_argument("--lemmas", choices=("chosen", "surface"), default="chosen",
                    help="matching keys: the lemmatisers chosen per language (default) or surface forms only (v1)")
    ap.add_argument("--long", action="store_true", help="time against text length, 50 KB to 5 MB, cap off (issue 14 §5)")
    ap.add_argument("--sizes", default="50k,100k,200k,500k,1m,2m,5m", help="with --long: text sizes in characters")
    ap.add_argument("--langs", default="en,ar", help="with --long: languages")
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
    if args.long:
        long_results: dict[str, object] = {}
        bench_long(analyzer, args.langs.split(","), [_size(s) for s in args.sizes.split(",")], long_results)
        if args.json:
            Path(args.json).write_text(json.dumps({"long": long_results}, indent=2))
        return 0
    results: dict[str, dict[str, float]] = {}
    # CPU time beside wall time: on a shared machine the wall clock measures the neighbours too
    print(f"{'lang':<5} {'texts':>6} {'words/text':>10} {'articles/s':>11} {'ms/article':>11} {'CPU ms/article':>15}")
    for lang in LANGS:
        items = texts.get(lang) or []
        if not items:
            print(f"{lang:<5} (no texts)")
            continue
        # warm-up: fills the token cache the way a running daemon has it filled
        for title, body in items[:200]:
            analyzer.analyze(body, lang=lang, title=title)
        n = 0
        start, cpu = time.perf_counter(), time.process_time()
        deadline = start + args.seconds
        while time.perf_counter() < deadline:
            title, body = items[n % len(items)]
            analyzer.analyze(body, lang=lang, title=title)
            n += 1
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        avg_words = sum(len(b.split()) for _, b in items) / len(items)
        rate = n / elapsed
        results[lang] = {"texts": len(items), "words": round(avg_words, 1), "articles_per_s": round(rate), "ms": round(1000 / rate, 3),
                         "cpu_ms": round(1000 * cpu / n, 3)}
        print(f"{lang:<5} {len(items):>6} {avg_words:>10.0f} {rate:>11,.0f} {1000 / rate:>11.2f} {1000 * cpu / n:>15.3f}")
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
