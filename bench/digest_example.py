#!/usr/bin/env python
"""Render the digest of a small, self-written fixture (a day of strikes, then a ceasefire) to HTML
and, with Debian's Chromium, to a PNG for the docs (docs/digest.md).

Not a test: it reuses the fixture of tests/test_digest_events.py (text written for this project, so
the picture holds no third party's headlines) and the product's pipeline end to end.

    .venv/bin/python bench/digest_example.py [--out docs/img/digest-example.png]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.config import load_settings  # noqa: E402
from monitor.digest.compose import compose_digest  # noqa: E402
from monitor.digest.render import chart_data_uri, render_chart, render_html  # noqa: E402
from monitor.store import make_engine, upgrade  # noqa: E402
from tests.test_digest_events import CEASEFIRE, EVERYTHING, build_war  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(REPO / "docs" / "img" / "digest-example.png"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'example.db'}"
        settings = load_settings(None, database_url=url)
        # A small world: one story counts (not low volume), and a floor of 0.1 escalation stories a
        # day lets the picture show an index with its baseline -- flagged short: 11 days of history.
        settings = replace(settings, index=replace(settings.index, min_stories=1, min_base_mean=0.1))
        engine = make_engine(url)
        upgrade(engine)
        build_war(engine, settings)
        with engine.connect() as conn:
            digest = compose_digest(conn, EVERYTHING, CEASEFIRE, settings)
        html = Path(tmp) / "digest.html"
        png = render_chart(digest)
        html.write_text(render_html(digest, chart_src=chart_data_uri(png) if png else None), encoding="utf-8")
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if not chromium:
            print("no chromium: install Debian's chromium for the PNG", file=sys.stderr)
            return 1
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={args.out}", "--window-size=820,2200", html.as_uri()],
                       check=True, capture_output=True, timeout=120)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
