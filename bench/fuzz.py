"""Benchmark (not a test): the long fuzzing run, and analysis time against input size.

The properties of tests/test_fuzz.py, run with many random examples instead of the suite's
fixed 60 (issue 14, "Faults not yet tried: fuzzing"):

* parse + normalise over mutated real feeds (../shared/corpus/news-feeds and
  feedparser-tests, seeds up to ``--seed-size``; byte flips, truncation, entities, wrong
  encoding declarations, huge attributes, bidi controls, NUL, glued documents);
* parse + normalise over arbitrary bytes;
* the analyser over random Unicode (real words of five languages, any code point, bidi and
  joiner controls, combining marks, tokens of up to 60,000 characters).

Each property reports examples run, failures (Hypothesis's shrunk example), and the
slowest example.  Then ``--sizes``: hostile texts of growing size (mixed scripts, bidi
controls, no sentence ends in half of them) read with the analysis.max_chars cap off;
linear growth shows as a flat "CPU ms per 100k chars" column.

    .venv/bin/python bench/fuzz.py [--examples 5000] [--sizes 25k,50k,...,1m] [--json out.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings, target  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from monitor.analysis.analyzer import Analyzer  # noqa: E402
from monitor.analysis.service import get_analyzer  # noqa: E402
from monitor.feeds.normalise import normalise_feed  # noqa: E402
from monitor.feeds.parse import parse_feed  # noqa: E402
from tests.fuzzing import (  # noqa: E402
    BIDI,
    FETCHED_AT,
    check_parsed,
    check_raw,
    check_reading,
    feeds,
    gold_words,
    languages,
    seed_files,
    texts,
    titles,
)


def _size(text: str) -> int:
    text = text.strip().lower()
    for suffix, factor in (("m", 1_000_000), ("k", 1_000)):
        if text.endswith(suffix):
            return int(float(text[:-1]) * factor)
    return int(text)


SLOW_EXAMPLE = 5.0  # seconds: an example slower than this is printed as it happens


class Slowest:
    """The slowest example seen by a property (seconds and a short description)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.what = ""
        self.count = 0

    def time(self, what: str, fn: Callable[[], None]) -> None:
        start = time.perf_counter()
        try:
            fn()
        finally:
            elapsed = time.perf_counter() - start
            self.count += 1
            if elapsed > self.seconds:
                self.seconds, self.what = elapsed, what
            if elapsed > SLOW_EXAMPLE:
                print(f"  slow example: {elapsed:.1f} s, {what}", flush=True)
            if self.count % 1000 == 0:
                print(f"  {self.count} examples", flush=True)


def run_property(name: str, test: Callable[[], None], slowest: Slowest) -> dict[str, Any]:
    start = time.perf_counter()
    failure = None
    try:
        test()
    except Exception as exc:  # Hypothesis re-raises the shrunk failure
        failure = "".join(traceback.format_exception_only(exc)).strip()
    out = {
        "property": name, "examples": slowest.count, "seconds": round(time.perf_counter() - start, 1),
        "failure": failure, "slowest_s": round(slowest.seconds, 3), "slowest": slowest.what,
    }
    print(f"{name}: {slowest.count} examples in {out['seconds']} s, "
          f"{'FAILED: ' + failure if failure else 'no failure'}; slowest {out['slowest_s']} s ({slowest.what})",
          flush=True)
    return out


def fuzz(examples: int, seed_size: int, an: Analyzer) -> list[dict[str, Any]]:
    profile = settings(
        max_examples=examples, derandomize=False, database=None, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    results = []
    seeds = seed_files(seed_size)
    if seeds:
        slow = Slowest()

        @profile
        @given(feeds(seeds))
        def mutated(case: tuple[str, bytes, dict[str, str]]) -> None:
            name, doc, headers = case

            def one() -> None:
                raw = parse_feed(doc, headers, "https://feeds.example.org/feed.xml")
                check_raw(raw)
                check_parsed(normalise_feed(raw, fetched_at=FETCHED_AT, default_language="en"))

            slow.time(f"{name}, {len(doc):,} bytes", one)

        results.append(run_property(f"parse+normalise, mutated real feeds ({len(seeds)} seeds)", mutated, slow))
    else:
        print("../shared/corpus is not present: the mutated-feed property is skipped")

    slow_bytes = Slowest()

    @profile
    @given(st.binary(max_size=65536), st.sampled_from(["application/rss+xml", "text/xml; charset=utf-16", "application/json", ""]))
    def arbitrary(doc: bytes, content_type: str) -> None:
        def one() -> None:
            raw = parse_feed(doc, {"content-type": content_type} if content_type else {}, "https://feeds.example.org/")
            check_raw(raw)
            check_parsed(normalise_feed(raw, fetched_at=FETCHED_AT))

        slow_bytes.time(f"{len(doc):,} bytes", one)

    results.append(run_property("parse+normalise, arbitrary bytes", arbitrary, slow_bytes))

    slow_an = Slowest()

    @settings(profile, max_examples=max(1, examples // 5))
    @given(text=texts, title=titles, lang=languages, cap=st.sampled_from([None, 0, 500, 100_000]))
    def analyser(text: str, title: str | None, lang: str | None, cap: int | None) -> None:
        target(float(len(text)), label="characters")  # steer generation towards long texts too

        def one() -> None:
            r = an.analyze(text, lang=lang or None, title=title, day=date(2024, 4, 14), country="ISR", max_chars=cap)
            check_reading(r, given=len(text) + len(title or ""), max_chars=cap)

        slow_an.time(f"{len(text) + len(title or ''):,} chars, cap {cap}", one)

    results.append(run_property("analyser, random Unicode", analyser, slow_an))
    return results


def hostile_text(size: int, rng: random.Random, *, sentence_ends: bool) -> str:
    """Mixed-script text of ``size`` characters: real words of five languages, bidi and
    joiner controls, combining marks, a long token now and then; with or without
    sentence ends (a scraped page is one endless "sentence")."""
    pools = gold_words()
    langs = sorted(pools)
    parts: list[str] = []
    n = 0
    while n < size:
        roll = rng.random()
        if roll < 0.80:
            piece = rng.choice(pools[rng.choice(langs)])
        elif roll < 0.90:
            piece = rng.choice(BIDI) * rng.randint(1, 3)
        elif roll < 0.97:
            piece = "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 8)))
        else:
            piece = rng.choice("aبשж") * rng.randint(200, 2_000)
        if sentence_ends and rng.random() < 0.06:
            piece += rng.choice(".!?؟")
        elif not sentence_ends:
            piece = piece.rstrip(".!?؟。")
        parts.append(piece)
        n += len(piece) + 1
    return " ".join(parts)[:size]


def linearity(an: Analyzer, sizes: list[int], repeat: int) -> list[dict[str, Any]]:
    rng = random.Random(14)  # fixed: the same texts on every run
    rows = []
    for shape, ends in (("sentences", True), ("one endless sentence", False)):
        # One text, read in prefixes: every size has the same mix, so only the length changes.
        whole = hostile_text(max(sizes), rng, sentence_ends=ends)
        an.analyze(whole[:2000], lang="en", day=date(2024, 4, 14))  # warm caches
        for size in sizes:
            text = whole[:size]
            best = wall = float("inf")
            for _ in range(repeat):
                # CPU time of the process (analysis is single-threaded): on a shared machine it
                # moves far less with other people's load than wall time does.  The collector
                # is paused while timing: its full passes grow with the heap, not with the text.
                gc.collect()
                gc.disable()
                try:
                    cpu, start = time.process_time(), time.perf_counter()
                    an.analyze(text, lang="en", day=date(2024, 4, 14), max_chars=None)
                    best = min(best, time.process_time() - cpu)
                    wall = min(wall, time.perf_counter() - start)
                finally:
                    gc.enable()
            row = {"shape": shape, "chars": len(text), "cpu_ms": round(best * 1000, 1), "wall_ms": round(wall * 1000, 1),
                   "ms_per_100k": round(best * 1000 * 100_000 / len(text), 1)}
            rows.append(row)
            print(f"  {shape:22} {len(text):>10,} chars {row['cpu_ms']:>10,.1f} ms CPU ({row['wall_ms']:,.1f} wall) "
                  f"{row['ms_per_100k']:>8,.1f} CPU ms/100k chars", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--examples", type=int, default=5_000, help="examples per feed property (the analyser gets a fifth)")
    p.add_argument("--seed-size", type=_size, default=_size("2m"), help="largest seed feed to mutate (default 2m)")
    p.add_argument("--sizes", default="25k,50k,100k,200k,500k,1m", help="text sizes for the linearity table")
    p.add_argument("--repeat", type=int, default=2, help="timings per size (the best is kept)")
    p.add_argument("--skip-fuzz", action="store_true", help="only the linearity table")
    p.add_argument("--json", metavar="PATH", help="write the results here")
    args = p.parse_args(argv)

    start = time.perf_counter()
    an = get_analyzer()
    print(f"analyser ready in {time.perf_counter() - start:.1f} s; Python {platform.python_version()}, "
          f"{platform.machine()}", flush=True)
    results: dict[str, Any] = {"python": platform.python_version(), "examples": args.examples}
    if not args.skip_fuzz:
        results["fuzz"] = fuzz(args.examples, args.seed_size, an)
    print("analysis time against input size (analysis.max_chars off):", flush=True)
    rows = linearity(an, [_size(s) for s in args.sizes.split(",")], args.repeat)
    results["linearity"] = rows
    for shape in {r["shape"] for r in rows}:
        per = [r["ms_per_100k"] for r in rows if r["shape"] == shape]
        print(f"  {shape}: CPU ms per 100k chars from {min(per)} to {max(per)} "
              f"(largest/smallest size: {per[-1] / per[0]:.2f}x per character)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False))
    failed = [r for r in results.get("fuzz", []) if r["failure"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
