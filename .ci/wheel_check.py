"""CI step (issue 11 §3): a wheel, installed where no checkout is, does what the checkout does.

Builds a wheel from the files the package consists of (pyproject.toml, README.md, monitor/,
seeds/, migrations/), installs it in a fresh venv in a temporary directory, and from an empty
working directory (no config/, no seeds/ beside it) runs what a new user runs:

- ``monitor init`` on a temporary SQLite database: schema from the packaged migrations, reference
  data from the packaged seeds (non-zero counts);
- ``monitor analyze`` on the seed article (../shared/seeds, as tests/test_analyzer.py's golden
  test; a built-in sentence without ../shared): the JSON must equal the checkout's, and the
  golden facts must hold;
- the demo's steps: ingest the packaged sample feeds, ``monitor index`` (equal to the checkout's),
  ``index explain``, ``digest preview``, ``status``, and a poll of the sample feeds served on
  loopback (as ``make demo`` does).

Run it with the checkout's interpreter: ``make wheel-check`` (called by ``.ci/run``).  The build
and install reuse pip's cache; a run takes about 40 s.  ``--keep`` leaves the temporary directory.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO.parent / "shared" / "seeds" / "000_d77072afcd8dea03.txt"
FALLBACK_TEXT = "Putin offered to mediate between Israel and Iran, the Kremlin said, after Israeli strikes on Tehran."
PACKAGE_FILES = ("pyproject.toml", "README.md", "monitor", "seeds", "migrations")

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}")
    if not ok:
        failures.append(what)


def clean_env(cwd: Path) -> dict[str, str]:
    """The caller's environment without settings that would make the two runs differ."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_") and k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # each run directory its own analyser cache: the wheel builds its analyser from its own seeds once
    # (not from the checkout's cache file, which has the same key), and later commands load it
    env["MONITOR_CACHE_DIR"] = str(cwd / "cache")
    return env


def run(cmd: Sequence[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=clean_env(cwd), capture_output=True, text=True,
                          timeout=600, check=False)
    if done.returncode != 0:
        print(f"  $ {' '.join(str(c) for c in cmd)}\n  exit {done.returncode}\n{done.stdout[-2000:]}{done.stderr[-4000:]}")
    return done


def step(title: str) -> float:
    print(f"\n== {title}")
    return time.perf_counter()


def build_and_install(tmp: Path) -> Path:
    t0 = step("build the wheel from the package's own files")
    src = tmp / "src"
    src.mkdir()
    for name in PACKAGE_FILES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, src / name)
    done = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp / "dist", src], tmp)
    if done.returncode != 0:
        sys.exit("wheel-check: the wheel did not build")
    (wheel,) = (tmp / "dist").glob("tension_monitor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("seeds", "migrations"):
        want = {f"monitor/_data/{folder}/{p.relative_to(src / folder).as_posix()}"
                for p in (src / folder).rglob("*") if p.is_file()}
        check(want <= names, f"{wheel.name} carries all {len(want)} files of {folder}/ as monitor/_data/{folder}/")
    print(f"  {time.perf_counter() - t0:.1f} s")

    t0 = step("install it in a fresh venv (the checkout's dependency versions, from pip's cache)")
    venv = tmp / "venv"
    if run([sys.executable, "-m", "venv", venv], tmp).returncode != 0:
        sys.exit("wheel-check: cannot create a venv")
    pins = tmp / "pins.txt"
    pins.write_text("".join(f"{name}=={version}\n" for name, version in runtime_pins()), encoding="utf-8")
    # --no-deps with the pinned closure: no resolver run (~12 s on a loaded CI machine), and the
    # wheel's readings are compared with the checkout's on the same library versions.
    # --no-compile: byte-compiling numpy, matplotlib, SQLAlchemy … took 60 s of a 70 s install on a
    # loaded machine (11 s without); Python compiles what it imports anyway.
    done = run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                "--no-deps", "--no-compile", "-r", pins, wheel], tmp)
    if done.returncode != 0:
        sys.exit("wheel-check: the wheel did not install")
    location = run([venv / "bin" / "python", "-c", "import monitor; print(monitor.__file__)"], tmp).stdout.strip()
    check(not Path(location).resolve().is_relative_to(REPO), f"the venv imports monitor from {location}, outside the checkout")
    print(f"  {time.perf_counter() - t0:.1f} s")
    return venv


def runtime_pins() -> list[tuple[str, str]]:
    """The installed versions of tension-monitor's runtime dependencies and theirs (no extras)."""
    from importlib import metadata

    from packaging.requirements import Requirement  # pytest's dependency, in the checkout's venv

    seen: dict[str, str] = {}
    todo = ["tension-monitor"]
    while todo:
        dist = metadata.distribution(todo.pop())
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            key = req.name.lower().replace("_", "-")
            if key not in seen:
                seen[key] = metadata.version(req.name)  # PackageNotFoundError: `make install` first
                todo.append(req.name)
    return sorted(seen.items())


def golden(reading: dict[str, object]) -> None:
    """tests/test_analyzer.py::test_seed_article_golden, on the JSON the command prints."""
    regions = {m["id"] for m in reading["regions"]}  # type: ignore[attr-defined]
    actors = {m["id"]: m for m in reading["actors"]}  # type: ignore[attr-defined]
    check({"RUS", "ISR", "IRN", "USA", "middle-east", "gaza-strip", "PSE"} <= regions, "golden: regions")
    check({"vladimir-putin", "benjamin-netanyahu", "masoud-pezeshkian", "dmitry-peskov", "kremlin"} <= set(actors), "golden: actors")
    check(actors.get("masoud-pezeshkian", {}).get("role") == "President of Iran", "golden: Pezeshkian's role on 2025-06-13")
    offers = [c for c in reading["claims"] if c["speaker"] == "vladimir-putin" and c["stance"] == "offer"]  # type: ignore[attr-defined]
    check(bool(offers) and offers[0]["polarity"] == "de-escalation" and {"ISR", "IRN"} <= set(offers[0]["targets"]),
          "golden: Putin's de-escalating offer to Israel and Iran")
    scores = reading["scores"]
    check(scores["de_escalation"] > scores["escalation"] > 0, "golden: de-escalation > escalation > 0")  # type: ignore[index]


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def dashboard(monitor: Sequence[str | Path], db: Sequence[str], work: Path) -> bool:
    """``monitor serve`` from the wheel on a free loopback port: pages, a search, the CSS, /healthz."""
    import socket
    import urllib.parse
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*monitor, *db, "serve", "--port", str(port)], cwd=work, env=clean_env(work),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # up to ~20 s for the server to come up
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        wanted = {"/": "Overview", "/articles?q=" + urllib.parse.quote("إسرائيل"): "id=\"article-",
                  "/static/style.css": "{", "/healthz": '"ok"'}
        for path, text in wanted.items():
            with urllib.request.urlopen(base + path, timeout=10) as r:
                if r.status != 200 or text not in r.read().decode("utf-8"):
                    print(f"  {path}: no {text!r}")
                    return False
        return True
    except OSError as exc:
        print(f"  monitor serve: {exc}")
        return False
    finally:
        proc.terminate()
        proc.wait(10)


def first_steps(side: str, monitor: Sequence[str | Path], work: Path, feeds: Path,
                article: list[str]) -> tuple[dict[str, str], list[tuple[bool, str]]]:
    """init, analyze the seed article, ingest the sample feeds, the index: what both sides must agree on.

    Returns the outputs and the checks (printed by the caller: this runs beside the build).
    """
    work.mkdir()
    db = ["--db", f"sqlite:///{work / 'monitor.db'}"]
    out: dict[str, str] = {}
    results: list[tuple[bool, str]] = []

    def check(ok: bool, what: str) -> None:
        results.append((ok, what))

    init = run([*monitor, *db, "init", "--no-sources"], work)
    check(init.returncode == 0, f"{side}: monitor init")
    counts = re.search(r"reference data (\w+): (\d+) regions, (\d+) actors, (\d+) lexicon entries", init.stdout)
    check(counts is not None and all(int(n) > 0 for n in counts.groups()[1:]),
          f"{side}: init loaded the reference data ({counts.group(0) if counts else init.stdout.strip()!r})")
    out["init"] = counts.group(0) if counts else ""
    analysed = run([*monitor, "analyze", *article, "--date", "2025-06-13", "--format", "json"], work)
    check(analysed.returncode == 0, f"{side}: monitor analyze on the seed article")
    out["analyze"] = analysed.stdout
    ingested = run([*monitor, *db, "ingest", feeds, "--format", "json"], work)
    check(ingested.returncode == 0, f"{side}: monitor ingest of the sample feeds")
    index = run([*monitor, *db, "index", "--format", "json", "--scope", "global", "--scope", "pair:IRN-ISR"], work)
    rows = json.loads(index.stdout or "[]") if index.returncode == 0 else []
    check(bool(rows), f"{side}: monitor index has values")
    out["index"] = json.dumps([{k: v for k, v in row.items() if k != "computed_at"} for row in rows], sort_keys=True)
    return out, results


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="monitor-wheel-check-")).resolve()
    if tmp.is_relative_to(REPO):
        sys.exit(f"wheel-check: the temporary directory {tmp} is inside the checkout")
    article = ["--file", str(ARTICLE), "--lang", "ar"] if ARTICLE.is_file() else ["--text", FALLBACK_TEXT, "--lang", "en"]
    try:
        # The checkout's side needs no wheel: it runs while the wheel builds and installs.
        with ThreadPoolExecutor(max_workers=1) as pool:
            checkout_side = pool.submit(first_steps, "checkout", [sys.executable, "-m", "monitor.cli"],
                                        tmp / "run-checkout", REPO / "seeds" / "feeds", article)
            venv = build_and_install(tmp)
            wheel_monitor: list[str | Path] = [venv / "bin" / "monitor"]
            t0 = step("monitor init, analyze, ingest, index from an empty directory (the wheel; the checkout alongside)")
            if not ARTICLE.is_file():
                print(f"  ({ARTICLE} is absent: a built-in sentence stands in for the seed article, without golden facts)")
            feeds = Path(run([venv / "bin" / "python", "-c", "from monitor._data import data_dir; print(data_dir('seeds') / 'feeds')"],
                             tmp).stdout.strip())
            check(feeds.is_relative_to(venv) and any(feeds.glob("*.xml")), f"the sample feeds ship in the wheel ({feeds})")
            wheel, wheel_checks = first_steps("wheel", wheel_monitor, tmp / "run-wheel", feeds, article)
            checkout, checkout_checks = checkout_side.result()
        for ok, what in wheel_checks + checkout_checks:
            check(ok, what)
        check(wheel["init"] == checkout["init"], f"the same reference data as the checkout: {wheel['init']!r}")
        check(bool(wheel["analyze"]) and wheel["analyze"] == checkout["analyze"], "the same reading of the seed article as the checkout")
        if ARTICLE.is_file() and wheel["analyze"]:
            golden(json.loads(wheel["analyze"]))
        check(wheel["index"] == checkout["index"], "the same index values as the checkout")
        print(f"  {time.perf_counter() - t0:.1f} s")

        t0 = step("the demo's other steps, from the wheel")
        work = tmp / "run-wheel"
        db = ["--db", f"sqlite:///{work / 'monitor.db'}"]
        explained = run([*wheel_monitor, *db, "index", "explain", "--day", "2025-06-13", "--scope", "pair:IRN-ISR"], work)
        check(explained.returncode == 0 and "contributing stories" in explained.stdout, "monitor index explain")
        page = work / "digest.html"
        preview = run([*wheel_monitor, *db, "digest", "preview", "--date", "2025-06-13", "--out", page], work)
        check(preview.returncode == 0 and page.is_file() and "<html" in page.read_text(encoding="utf-8").lower(),
              "monitor digest preview (templates ship in the wheel)")
        status = run([*wheel_monitor, *db, "status"], work)
        check(status.returncode == 0 and "5 stored" in status.stdout, "monitor status: 5 articles stored")
        # a poll through the real fetcher, as `make demo` does: the sample feeds on loopback
        server, base = serve(Path(feeds))
        try:
            config = work / "demo.toml"
            config.write_text('[http]\nallowlist = ["127.0.0.1"]\n', encoding="utf-8")
            polled_db = ["--config", str(config), "--db", f"sqlite:///{work / 'polled.db'}"]
            ok = run([*wheel_monitor, *polled_db, "init", "--no-sources"], work).returncode == 0
            for name, lang_code in (("sample-ar", "ar"), ("sample-en", "en")):
                ok &= run([*wheel_monitor, *polled_db, "sources", "add", name, f"{base}/{name}.xml",
                           "--publisher", "Sample Desk", "--language", lang_code], work).returncode == 0
            polled = run([*wheel_monitor, *polled_db, "poll", "--all", "--strict", "--format", "json"], work)
            rows = json.loads(polled.stdout or "[]") if polled.returncode == 0 else []
            check(ok and polled.returncode == 0 and sum(int(r.get("new", 0)) for r in rows) == 5,
                  "monitor poll of the sample feeds on loopback: 5 new articles")
        finally:
            server.shutdown()
        check(dashboard(wheel_monitor, db, work), "monitor serve: the overview, a search, /static and /healthz "
                                                  "(templates and the style sheet ship in the wheel)")
        print(f"  {time.perf_counter() - t0:.1f} s")
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nwheel-check: {len(failures)} failure(s) in {time.perf_counter() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
