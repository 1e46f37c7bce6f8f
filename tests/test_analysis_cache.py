"""The compiled analyser cache (monitor/analysis/cache.py, issue 12 §5).

Real files in a temporary cache directory, real pickles, real processes for the concurrent start.
The full-seeds comparison builds the automaton at most once per session: it reuses the process-wide
analyser and builds only the side of the comparison that one is not.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from monitor.analysis import cache
from monitor.analysis.analyzer import Analyzer
from monitor.analysis.cache import (
    ENV_CACHE,
    ENV_CACHE_DIR,
    cache_dir,
    cache_key,
    cache_path,
    get_loaded,
    load_analyzer,
    read_cache,
    write_cache,
)
from monitor.analysis.reference import load_reference, reference_version, seeds_dir

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLE = REPO.parent / "shared" / "seeds" / "000_d77072afcd8dea03.txt"

# A few sentences per language that reach every part of the reading (regions, actors, titles,
# signals by lemma, claims, modality cues, exclusions), so the comparison does not need ../shared.
SENTENCES = [
    ("en", "Putin offered to mediate between Israel and Iran, the Kremlin said."),
    ("en", "Iran warned Israel on Tuesday that it would retaliate for the strike on its consulate in Damascus."),
    ("en", "The film about the war won an award at the festival."),
    ("en", "Hamas and Israel agreed to a ceasefire and the release of hostages, Qatar's foreign minister said."),
    ("ar", "أعلن الكرملين أن بوتين عرض الوساطة بين إسرائيل وإيران"),
    ("ar", "سيطلقون صواريخ على إيران إذا استمرت الغارات"),
    ("fa", "سخنگوی وزارت خارجه ایران گفت تهران به حمله اسرائیل پاسخ خواهد داد"),
    ("he", "צה\"ל תקף מטרות של חיזבאללה בדרום לבנון"),
    ("ru", "Песков заявил, что Россия готова к переговорам с Украиной"),
    ("ru", "Израиль нанёс удар по Ирану, сообщили в Тегеране"),
]

TINY_REGIONS = """
[[region]]
id = "ISR"
name = "Israel"
[region.aliases]
en = ["Israel", "Israeli"]

[[region]]
id = "IRN"
name = "Iran"
[region.aliases]
en = ["Iran", "Iranian"]
[region.capital]
en = ["Tehran"]
"""
TINY_ACTORS = """
[[actor]]
id = "idf"
name = "Israel Defense Forces"
type = "military"
country = "ISR"
[actor.aliases]
en = ["IDF", "Israeli army"]
"""
TINY_LEXICON = """
language = "en"
[[entry]]
id = "en.attack.strike"
category = "attack"
polarity = "escalation"
weight = -9
plover = "ASSAULT"
patterns = ["strike", "struck"]
"""
NEW_ENTRY = """
[[entry]]
id = "en.attack.shell"
category = "attack"
polarity = "escalation"
weight = -9
plover = "ASSAULT"
patterns = ["shelled"]
"""


def _json(an: Analyzer, text: str, lang: str | None, day: date | None = None, title: str | None = None) -> str:
    return json.dumps(an.analyze(text, lang=lang, day=day, title=title).as_json(), ensure_ascii=False, sort_keys=True)


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    root = tmp_path / "seeds"
    for sub, name, text in (("regions", "r.toml", TINY_REGIONS), ("actors", "a.toml", TINY_ACTORS),
                            ("lexicon", "en.toml", TINY_LEXICON)):
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built_and_cached(tmp_path_factory: pytest.TempPathFactory) -> tuple[Analyzer, Analyzer]:
    """(an analyser compiled in this process, the same build read back from a cache file)."""
    first = get_loaded()  # the session's analyser; built or read from the cache
    if first.source == "cache":
        return Analyzer(load_reference()), first.analyzer
    directory = tmp_path_factory.mktemp("analyzer-cache")
    key = cache_key(first.analyzer.data_version)
    path = cache_path(directory, key)
    write_cache(path, key, first.analyzer)
    return first.analyzer, read_cache(path, key)


# ---------------------------------------------------------------- identical readings


def test_cached_analyser_reads_like_a_built_one(built_and_cached: tuple[Analyzer, Analyzer]) -> None:
    built, cached = built_and_cached
    assert cached is not built
    assert (cached.version, cached.data_version, cached.matcher.size) == (built.version, built.data_version,
                                                                          built.matcher.size)
    for lang, text in SENTENCES:
        assert _json(cached, text, lang, date(2025, 6, 13)) == _json(built, text, lang, date(2025, 6, 13)), text
        # and without a declared language (detection, then lemmatisers picked by script)
        assert _json(cached, text, None) == _json(built, text, None), text


@pytest.mark.shared
def test_cached_analyser_reads_the_seed_article_and_corpus_like_a_built_one(
    built_and_cached: tuple[Analyzer, Analyzer], shared: Path
) -> None:
    from monitor.corpus import read

    built, cached = built_and_cached
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    seed_built = _json(built, body, "ar", date(2025, 6, 13), title)
    assert _json(cached, body, "ar", date(2025, 6, 13), title) == seed_built
    assert '"vladimir-putin"' in seed_built  # the comparison compares a real reading
    n = 0
    for corpus in ("items-2023-10", "items-2026-03", "headlines-2025"):
        for item in islice(read(corpus, shared / "corpus"), 0, 400, 5):
            body = f"{item.title}. {item.summary}"
            assert _json(cached, body, item.language) == _json(built, body, item.language), item.ref
            n += 1
    assert n >= 200


# ---------------------------------------------------------------- rebuilds


def test_a_changed_reference_version_rebuilds(tiny: Path, tmp_path: Path) -> None:
    d = tmp_path / "cache"
    first = load_analyzer(tiny, directory=d)
    assert first.source == "built" and first.path is not None and first.path.is_file()
    again = load_analyzer(tiny, directory=d)
    assert (again.source, again.path) == ("cache", first.path)
    assert not again.analyzer.analyze("The IDF shelled Iran", lang="en").signals

    with (tiny / "lexicon" / "en.toml").open("a", encoding="utf-8") as f:
        f.write(NEW_ENTRY)
    changed = load_analyzer(tiny, directory=d)
    assert changed.source == "built", "new seeds must not be read with the old automaton"
    assert changed.path is not None and changed.path != first.path
    assert changed.analyzer.data_version == load_reference(tiny).version != first.analyzer.data_version
    assert [s.entry for s in changed.analyzer.analyze("The IDF shelled Iran", lang="en").signals] == ["en.attack.shell"]
    assert load_analyzer(tiny, directory=d).source == "cache"
    assert not list(d.glob("*.tmp")), "no temporary file is left behind"


def test_the_key_covers_versions_options_code_and_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    base = cache_key("abc")
    assert cache_key("abd") != base
    assert cache_key("abc", lemmas={}) != base
    assert cache_key("abc", claims_by_lemma=True) != base
    assert {"pyahocorasick", "simplemma", "pymorphy3", "python", "code"} <= set(base)
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: "edited")
    assert cache_key("abc") != base


def test_a_key_mismatch_in_the_file_is_a_quiet_rebuild(tiny: Path, tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    d = tmp_path / "cache"
    first = load_analyzer(tiny, directory=d)
    assert first.path is not None
    other = cache_key("another-version")
    write_cache(first.path, other, first.analyzer)  # a file under this name made for another key
    with caplog.at_level(logging.WARNING, logger="monitor.analysis.cache"):
        again = load_analyzer(tiny, directory=d)
    assert again.source == "built"
    assert not caplog.records
    assert load_analyzer(tiny, directory=d).source == "cache"


@pytest.mark.parametrize("damage", ["flip-payload-byte", "truncate", "not-a-cache-file", "empty", "others-can-write",
                                    "bad-pickle"])
def test_a_corrupt_cache_is_rebuilt_with_a_warning(tiny: Path, tmp_path: Path, damage: str,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    d = tmp_path / "cache"
    first = load_analyzer(tiny, directory=d)
    path = first.path
    assert path is not None
    data = bytearray(path.read_bytes())
    if damage == "flip-payload-byte":
        data[len(data) // 2] ^= 0x40
        path.write_bytes(data)
    elif damage == "truncate":
        path.write_bytes(data[: len(data) - 1000])
    elif damage == "not-a-cache-file":
        path.write_bytes(b"<html>" + bytes(data[6:]))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "others-can-write":
        path.chmod(0o666)
    elif damage == "bad-pickle":
        # a well-formed file (right key, right CRC) whose payload is not an analyser pickle
        import struct
        import zlib

        key = cache_key(first.analyzer.data_version)
        head = json.dumps(key, sort_keys=True, ensure_ascii=True).encode()
        payload = b"\x80\x05not a pickle"
        path.write_bytes(cache.MAGIC + struct.pack("<I", len(head)) + head
                         + struct.pack("<QI", len(payload), zlib.crc32(payload)) + payload)
    with caplog.at_level(logging.WARNING, logger="monitor.analysis.cache"):
        again = load_analyzer(tiny, directory=d)
    assert again.source == "built"
    assert [r.getMessage() for r in caplog.records] == ["analyser cache unusable, rebuilding"]
    assert again.analyzer.analyze("The IDF struck Tehran", lang="en").signals
    # the rebuild replaced the damaged file: the next start reads it
    assert load_analyzer(tiny, directory=d).source == "cache"
    assert path.stat().st_mode & 0o077 == 0


def test_an_unwritable_cache_directory_only_costs_the_rebuild(tiny: Path, tmp_path: Path,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with caplog.at_level(logging.WARNING, logger="monitor.analysis.cache"):
        loaded = load_analyzer(tiny, directory=blocker / "cache")
    assert (loaded.source, loaded.path) == ("built", None)
    assert [r.getMessage() for r in caplog.records] == ["analyser cache not written"]
    assert loaded.analyzer.analyze("The IDF struck Tehran", lang="en").signals


def test_the_cache_can_be_switched_off(tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path / "cache"))
    monkeypatch.setenv(ENV_CACHE, "off")
    assert cache_dir() is None
    loaded = load_analyzer(tiny)
    assert (loaded.source, loaded.path) == ("built", None)
    assert not (tmp_path / "cache").exists()


def test_where_the_cache_lives(tmp_path: Path) -> None:
    home = Path.home()
    assert cache_dir({}) == home / ".cache" / "monitor"
    assert cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "monitor"
    # XDG Base Directory Specification: relative paths are invalid and ignored
    assert cache_dir({"XDG_CACHE_HOME": "relative/dir"}) == home / ".cache" / "monitor"
    assert cache_dir({ENV_CACHE_DIR: str(tmp_path / "x"), "XDG_CACHE_HOME": "/elsewhere"}) == tmp_path / "x"
    for off in ("off", "0", "false", "NO"):
        assert cache_dir({ENV_CACHE: off, ENV_CACHE_DIR: str(tmp_path)}) is None


def test_old_cache_files_are_pruned(tiny: Path, tmp_path: Path) -> None:
    d = tmp_path / "cache"
    paths = []
    for i in range(cache.KEEP + 2):
        (tiny / "lexicon" / "extra.toml").write_text(f'language = "en"\n# version {i}\n', encoding="utf-8")
        loaded = load_analyzer(tiny, directory=d)
        assert loaded.source == "built" and loaded.path is not None
        os.utime(loaded.path, (1_000_000 + i, 1_000_000 + i))  # distinct ages on a fast filesystem
        paths.append(loaded.path)
    kept = sorted(d.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))
    assert len(kept) == cache.KEEP
    assert paths[-1] in kept and paths[0] not in kept


# ---------------------------------------------------------------- concurrency and versions


def test_a_writer_dying_mid_write_leaves_the_old_file_whole(tiny: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "cache"
    first = load_analyzer(tiny, directory=d)
    assert first.path is not None
    before = first.path.read_bytes()
    key = cache_key(first.analyzer.data_version)
    real_write = cache._CrcWriter.write

    def dies_halfway(self: cache._CrcWriter, b: bytes | memoryview) -> int:
        if self.size > 1000:
            raise KeyboardInterrupt("killed mid-write")
        return real_write(self, b)

    monkeypatch.setattr(cache._CrcWriter, "write", dies_halfway)
    with pytest.raises(KeyboardInterrupt):
        write_cache(first.path, key, first.analyzer)
    assert first.path.read_bytes() == before, "readers still see the whole old file"
    assert not list(d.glob("*.tmp")), "the dying writer removed its temporary file"
    monkeypatch.undo()
    assert load_analyzer(tiny, directory=d).source == "cache"


_WORKER = """
import json, sys
from pathlib import Path
from monitor.analysis.cache import load_analyzer
loaded = load_analyzer(Path(sys.argv[1]), directory=Path(sys.argv[2]))
r = loaded.analyzer.analyze("The IDF struck Tehran", lang="en")
print(json.dumps({"source": loaded.source, "reading": r.as_json()}, sort_keys=True))
"""


def test_concurrent_cold_starts_all_get_a_whole_cache(tiny: Path, tmp_path: Path) -> None:
    d = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, str(tiny), str(d)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert not any("unusable" in e for _, e in outs), "no process saw a half-written file"
    results = [json.loads(o) for o, _ in outs]
    assert len({json.dumps(r["reading"]) for r in results}) == 1
    assert results[0]["reading"]["signals"]
    assert len(list(d.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))) == 1
    assert not list(d.glob("*.tmp"))
    assert load_analyzer(tiny, directory=d).source == "cache"


def test_reference_version_is_the_loaded_version(tiny: Path) -> None:
    assert reference_version(tiny) == load_reference(tiny).version
    assert reference_version() == load_reference(seeds_dir()).version
    (tiny / "rules").mkdir()
    (tiny / "rules" / "x.toml").write_text("[[relation]]\na = 'ISR'\nb = 'IRN'\n", encoding="utf-8")
    assert reference_version(tiny) == load_reference(tiny).version
