"""`monitor ingest` names file sources so that they never collide (issue 9 §3).

Two outlets' archives with a file of the same name (`2025-06-01.xml`) used to
become one source `file:2025-06-01`, crediting one outlet with the other's
articles. These tests run the command as typed, on real files in a temporary
folder and a real database (SQLite, and PostgreSQL where it runs), and read it back.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.cli import main
from monitor.config import SourceSpec
from monitor.ingest import FeedFile, file_source_name, ingest_bytes
from monitor.store import make_engine
from monitor.store.models import articles, publishers, sources
from monitor.store.sources import source_id_by_name, sync_sources

DAY = "2025-06-01.xml"


def feed(outlet: str, n: int = 2) -> str:
    items = "".join(
        f"<item><title>{outlet} story {i} about the talks</title>"
        f"<link>https://{outlet}.example/news/{i}</link><guid>https://{outlet}.example/news/{i}</guid>"
        f"<pubDate>Sun, 01 Jun 2025 0{i}:00:00 GMT</pubDate></item>"
        for i in range(1, n + 1)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet} news</title>'
            f"<link>https://{outlet}.example/</link>{items}</channel></rss>")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """archive/bbc/2025-06-01.xml and archive/cnn/2025-06-01.xml: one folder per outlet, same file names."""
    root = tmp_path / "archive"
    for outlet in ("bbc", "cnn"):
        (root / outlet).mkdir(parents=True)
        (root / outlet / DAY).write_text(feed(outlet), encoding="utf-8")
    return root


@pytest.fixture
def db(tmp_path: Path, db_url: str) -> str:
    """A real database (an SQLite file; PostgreSQL too where it runs) with the schema and no sources."""
    (tmp_path / "monitor.toml").write_text("[analysis]\nenabled = false\n")
    assert ingest_cli(tmp_path, db_url, "init", "--no-sources") == 0
    return db_url


def ingest_cli(tmp_path: Path, db: str, *args: str) -> int:
    return main(["--config", str(tmp_path / "monitor.toml"), "--db", db, *args])


def ingest(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert ingest_cli(tmp_path, db, "ingest", *args, "--format", "json") == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def file_sources(db: str) -> dict[str, str]:
    """Every file source's name -> its publisher."""
    engine = make_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(
            select(sources.c.name, publishers.c.name.label("publisher"))
            .join(publishers, publishers.c.id == sources.c.publisher_id)
            .where(sources.c.url.like("file:%"))
        ).all()
    engine.dispose()
    return {r.name: r.publisher for r in rows}


def outlets_by_publisher(db: str) -> dict[str, set[str]]:
    """Publisher -> the outlets (hosts of the article links) stored under it."""
    engine = make_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(
            select(publishers.c.name, articles.c.url)
            .join(sources, sources.c.id == articles.c.source_id)
            .join(publishers, publishers.c.id == sources.c.publisher_id)
        ).all()
    engine.dispose()
    out: dict[str, set[str]] = {}
    for pub, url in rows:
        out.setdefault(pub, set()).add(url.split("/")[2].split(".")[0])
    return out


def test_outlet_folders_with_same_file_names_stay_two_sources(
    tmp_path: Path, db: str, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = ingest(tmp_path, db, capsys, str(archive))
    assert {r["source"] for r in rows} == {"file:bbc/2025-06-01", "file:cnn/2025-06-01"}
    assert all(r["new"] == 2 and r["problem"] is None for r in rows)
    assert file_sources(db) == {"file:bbc/2025-06-01": "bbc", "file:cnn/2025-06-01": "cnn"}
    assert outlets_by_publisher(db) == {"bbc": {"bbc"}, "cnn": {"cnn"}}


def test_each_outlet_folder_with_its_publisher(
    tmp_path: Path, db: str, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(tmp_path, db, capsys, str(archive / "bbc"), "--publisher", "BBC News")
    ingest(tmp_path, db, capsys, str(archive / "cnn"), "--publisher", "CNN")
    assert file_sources(db) == {"file:BBC News/2025-06-01": "BBC News", "file:CNN/2025-06-01": "CNN"}
    assert outlets_by_publisher(db) == {"BBC News": {"bbc"}, "CNN": {"cnn"}}


def test_reingest_maps_to_the_same_sources_however_the_path_is_written(
    tmp_path: Path, db: str, archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ingest(tmp_path, db, capsys, str(archive))
    before = file_sources(db)
    monkeypatch.chdir(tmp_path)
    for args in (
        [str(archive)],                                  # the same command again
        ["archive"],                                     # relative
        ["archive/../archive/bbc", "archive/cnn"],       # other roots, not normalised
        [str(archive / "bbc" / DAY), str(archive / "cnn" / DAY)],  # the files themselves, absolute
    ):
        rows = ingest(tmp_path, db, capsys, *args)
        assert sum(int(str(r["new"])) for r in rows) == 0, args
        assert sum(int(str(r["unchanged"])) for r in rows) == 4, args
        assert {r["source"] for r in rows} == {r["source"] for r in first}, args
        assert file_sources(db) == before, args
    # a symlinked folder reaches the same files
    (tmp_path / "link").symlink_to(archive)
    rows = ingest(tmp_path, db, capsys, "link")
    assert sum(int(str(r["new"])) for r in rows) == 0
    assert file_sources(db) == before


def test_publisher_always_wins(tmp_path: Path, db: str, archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingest(tmp_path, db, capsys, str(archive))
    assert file_sources(db)["file:bbc/2025-06-01"] == "bbc"
    rows = ingest(tmp_path, db, capsys, str(archive / "bbc"), "--publisher", "BBC News")
    assert rows[0]["source"] == "file:bbc/2025-06-01", "a known file keeps its source (and name)"
    assert rows[0]["new"] == 0
    assert file_sources(db) == {"file:bbc/2025-06-01": "BBC News", "file:cnn/2025-06-01": "cnn"}
    ingest(tmp_path, db, capsys, str(archive))
    assert file_sources(db)["file:bbc/2025-06-01"] == "BBC News", "without --publisher the publisher is kept"
    # a new file with --publisher gets it at once, and the name says whose it is
    (archive / "bbc" / "2025-06-02.xml").write_text(feed("bbc", 1), encoding="utf-8")
    rows = ingest(tmp_path, db, capsys, str(archive), "--publisher", "BBC News")
    assert {str(r["source"]) for r in rows if r["new"]} == {"file:BBC News/bbc/2025-06-02"}
    assert set(file_sources(db).values()) == {"BBC News"}, "--publisher wins for every file of the run"
    # with --source the source's own publisher applies: --publisher there is refused, not ignored
    capsys.readouterr()
    assert ingest_cli(tmp_path, db, "ingest", str(archive / "bbc" / DAY), "--source", "file:bbc/2025-06-01",
                      "--publisher", "Other") == 1
    assert "--publisher" in capsys.readouterr().err


def test_outlet_folders_ingested_one_by_one_without_publisher(
    tmp_path: Path, db: str, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The names still differ; the publisher, taken from the file name, is the same: said, not silent."""
    first = ingest(tmp_path, db, capsys, str(archive / "bbc"))
    second = ingest(tmp_path, db, capsys, str(archive / "cnn"))
    assert first[0]["source"] == "file:2025-06-01"
    assert str(second[0]["source"]).startswith("file:2025-06-01~")
    assert second[0]["new"] == 2
    assert "--publisher" in str(second[0]["problem"])
    assert len(file_sources(db)) == 2
    again = ingest(tmp_path, db, capsys, str(archive / "cnn"))
    assert again[0]["source"] == second[0]["source"] and again[0]["new"] == 0


def test_flat_folder_keeps_its_names(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder of feeds, one per outlet: names and publishers are the file stems, as before."""
    flat = tmp_path / "feeds"
    flat.mkdir()
    for outlet in ("bbc", "cnn"):
        (flat / f"{outlet}.xml").write_text(feed(outlet), encoding="utf-8")
    ingest(tmp_path, db, capsys, str(flat))
    assert file_sources(db) == {"file:bbc": "bbc", "file:cnn": "cnn"}


def test_database_with_old_stem_names(tmp_path: Path, db: str, archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A `file:<stem>` source from an older version keeps working, and the mix it holds is reported."""
    now = datetime(2025, 6, 2, tzinfo=UTC)
    engine = make_engine(db)
    with engine.begin() as conn:  # what older versions did with `monitor ingest archive`
        for outlet in ("bbc", "cnn"):
            f = archive / outlet / DAY
            sync_sources(conn, [SourceSpec(name="file:2025-06-01", url=f.resolve().as_uri(), publisher="2025-06-01", enabled=False)], now)
            ingest_bytes(conn, source_id_by_name(conn, "file:2025-06-01"), f.read_bytes(), now=now)
    engine.dispose()
    assert outlets_by_publisher(db) == {"2025-06-01": {"bbc", "cnn"}}

    rows = {str(r["source"]): r for r in ingest(tmp_path, db, capsys, str(archive))}
    old = rows["file:2025-06-01"]  # the file whose path the old source holds still maps to it
    assert old["file"] == str(archive / "cnn" / DAY)
    assert old["new"] == 0 and old["problem"] is None
    moved = rows["file:bbc/2025-06-01"]
    assert moved["new"] == 2
    assert "monitor sources remove file:2025-06-01" in str(moved["problem"])
    assert ingest(tmp_path, db, capsys, str(archive))[0]["problem"] == moved["problem"], "said until repaired"

    # the repair the message gives
    assert ingest_cli(tmp_path, db, "sources", "remove", "file:2025-06-01") == 0
    rows2 = ingest(tmp_path, db, capsys, str(archive))
    assert all(r["problem"] is None for r in rows2)
    assert file_sources(db) == {"file:bbc/2025-06-01": "bbc", "file:cnn/2025-06-01": "cnn"}
    assert outlets_by_publisher(db) == {"bbc": {"bbc"}, "cnn": {"cnn"}}


def test_long_paths_fit_the_name_column(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(["a-rather-long-folder-name"] * 12))
    names = {file_source_name(FeedFile(deep / f"{d}.xml", tmp_path)) for d in ("x", "y")}
    assert len(names) == 2
    assert all(len(n) <= 200 and n.startswith("file:…") for n in names)
