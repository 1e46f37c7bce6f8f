"""`monitor validate gpr` (issue 10 §1): the statistics on generated series, and the command end to end."""

from __future__ import annotations

import csv
import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from monitor import validate


def test_a_monotone_relation_gives_rho_one_and_shuffled_days_do_not() -> None:
    rng = random.Random(3)
    x = [rng.uniform(0, 100) for _ in range(60)]
    y = [v ** 3 + 5 for v in x]  # monotone, not linear
    c = validate.correlate(x, y, resamples=200)
    assert c.spearman == pytest.approx(1.0)
    assert c.pearson is not None and c.pearson < 0.99
    assert c.spearman_ci is not None and c.spearman_ci[0] == pytest.approx(1.0)
    shuffled = y[:]
    rng.shuffle(shuffled)
    s = validate.correlate(x, shuffled, resamples=200)
    assert s.spearman is not None and abs(s.spearman) < 0.5
    assert s.spearman_ci is not None and s.spearman_ci[0] < 0 < s.spearman_ci[1]


def test_ranks_share_ties_and_reverse_order_is_minus_one() -> None:
    assert validate.ranks([10, 20, 20, 5]) == [2.0, 3.5, 3.5, 1.0]
    assert validate.spearman([1, 2, 3, 4], [8, 6, 4, 2]) == pytest.approx(-1.0)
    assert validate.spearman([1, 1, 1], [1, 2, 3]) is None  # no variation: no coefficient


@pytest.mark.parametrize(("title", "hit"), [
    ("Threat of war grows as troops mass on border", True),  # war within two words of threat
    ("Rebels launch offensive on the capital", True),  # actor word near fight word
    ("EU agrees new sanctions on Russia", True),  # build-up word
    ("Iran nuclear weapons programme", True),
    ("Price war hits supermarkets", False),  # exclusion
    ("War film tops the box office despite risk", False),  # exclusion word "film"
    ("Markets rally on strong jobs report", False),
])
def test_gpr_word_search(title: str, hit: bool) -> None:
    assert validate.gpr_words(title) is hit


def test_compare_lags_reference_days(tmp_path: Path) -> None:
    days = [date(2025, 7, 1) + timedelta(days=i) for i in range(30)]
    ours = {d: {"escalation": float(i % 7)} for i, d in enumerate(days)}
    # the reference is our series one day later: lag 1 must be perfect, lag 0 not
    reference = {d + timedelta(days=1): {"GPRD": float(i % 7) * 2 + 1, "GPRD_THREAT": 1.0 + i, "GPRD_ACT": 3.0}
                 for i, d in enumerate(days)}
    rep = validate.compare(ours, reference, [0, 1], resamples=100)
    got = {(r["series"], r["reference"], r["lag"]): r for r in rep["rows"]}
    assert got[("escalation", "GPRD", 1)]["spearman"] == pytest.approx(1.0)
    assert got[("escalation", "GPRD", 0)]["spearman"] < 0.9
    assert ("escalation", "GPRD_ACT", 1) not in got or got[("escalation", "GPRD_ACT", 1)]["spearman"] is None


@pytest.mark.slow
def test_monitor_validate_gpr_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Generated headlines with war news growing day by day, and a reference that grows with it:
    the command ingests them through the pipeline and the index follows the reference."""
    from monitor.cli import main

    rng = random.Random(5)
    start = date(2025, 3, 1)
    calm = ["Markets rally on strong jobs report", "City council approves new park", "Storm brings heavy rain",
            "Tech firm unveils new phone", "Football club signs striker", "Museum reopens after renovation"]
    war = ["Israeli air strikes hit Gaza as rockets are fired at Tel Aviv", "Russian missiles strike Kyiv overnight",
           "Iran threatens to attack US bases in the Gulf", "Troops shell villages near the border as fighting spreads",
           "Drone attack kills soldiers at military base", "Militants storm army post, killing guards"]
    rows = []
    ref_rows = []
    for i in range(24):
        d = start + timedelta(days=i)
        n_war = i % 6  # 0..5 war headlines of 10, cycling
        for k in range(10):
            t = rng.choice(war) if k < n_war else rng.choice(calm)
            rows.append({"first_seen_utc": datetime(d.year, d.month, d.day, 8 + k, tzinfo=UTC).isoformat(),
                         "title": f"{t} ({d.isoformat()} #{k})", "link": f"https://news.example/{i}/{k}", "source": "wire"})
        nxt = d + timedelta(days=1)
        ref_rows.append({"DAY": nxt.strftime("%Y%m%d"), "GPRD": 80 + 30 * n_war, "GPRD_THREAT": 90 + 10 * n_war,
                         "GPRD_ACT": 70 + 40 * n_war})
    hl = tmp_path / "headlines.csv"
    with hl.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["first_seen_utc", "title", "link", "source"])
        w.writeheader()
        w.writerows(rows)
    ref = tmp_path / "gpr.csv"
    with ref.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["DAY", "GPRD", "GPRD_THREAT", "GPRD_ACT"])
        w.writeheader()
        w.writerows(ref_rows)
    png = tmp_path / "chart.png"
    assert main(["validate", "gpr", "--headlines", str(hl), "--reference", str(ref), "--lag", "0", "1",
                 "--resamples", "100", "--format", "json", "--plot", str(png)]) == 0
    rep = json.loads(capsys.readouterr().out)
    got = {(r["series"], r["reference"], r["lag"]): r for r in rep["rows"]}
    assert rep["days"] == 24 and rep["headlines"] == 240
    # the index and the naive baselines follow the next day's reference; same day they do not
    assert got[("escalation", "GPRD", 1)]["spearman"] > 0.6
    assert got[("nine_word_count", "GPRD", 1)]["spearman"] > 0.5
    assert got[("escalation", "GPRD", 0)]["spearman"] < got[("escalation", "GPRD", 1)]["spearman"]
    assert png.stat().st_size > 5000


def test_bad_reference_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from monitor.cli import main

    hl = tmp_path / "h.csv"
    hl.write_text("first_seen_utc,title\n2025-03-01T08:00:00Z,Something happened\n", encoding="utf-8")
    ref = tmp_path / "gpr.csv"
    ref.write_text("DAY,GPRD\nyesterday,12\n", encoding="utf-8")
    assert main(["validate", "gpr", "--headlines", str(hl), "--reference", str(ref)]) != 0
    assert "gpr.csv:2" in capsys.readouterr().err


def _synthetic(n: int, ours_tracks: bool) -> tuple[dict[date, dict[str, float]], dict[date, dict[str, float]]]:
    rng = random.Random(5)
    days = [date(2025, 7, 1) + timedelta(days=i) for i in range(n)]
    y = [rng.uniform(50, 300) for _ in days]
    noise = [rng.uniform(0, 1) for _ in days]
    ours: dict[date, dict[str, float]] = {}
    for d, v, z in zip(days, y, noise, strict=True):
        good, bad = v / 10, z * 10
        ours[d] = {"escalation_stories": good if ours_tracks else bad, "threat_stories": good if ours_tracks else bad,
                   **{b: (bad if ours_tracks else good) + i for i, b in enumerate(validate.BASELINES)}}
    reference = {d + timedelta(days=1): {"GPRD": v, "GPRD_THREAT": v, "GPRD_ACT": v} for d, v in zip(days, y, strict=True)}
    return ours, reference


def test_verdict_says_win_only_when_the_paired_interval_excludes_zero() -> None:
    ours, ref = _synthetic(40, ours_tracks=True)
    v = validate.verdict(ours, ref, lag=1, resamples=300)
    assert v["index_spearman"] == pytest.approx(1.0)
    assert v["beats_best_baseline"] == "yes"
    assert v["difference_ci"][0] > 0
    assert v["threat"]["meets_target"] is True
    worse, ref2 = _synthetic(40, ours_tracks=False)
    w = validate.verdict(worse, ref2, lag=1, resamples=300)
    assert w["beats_best_baseline"] == "no"
    assert w["threat"]["meets_target"] is False
    assert "not met" in validate.format_verdict(w)


def test_paired_difference_of_identical_series_is_zero_and_not_a_win() -> None:
    rng = random.Random(9)
    y = [rng.uniform(0, 1) for _ in range(30)]
    a = [v + rng.uniform(0, 0.3) for v in y]
    diff, ci = validate.paired_difference(a, list(a), y, resamples=200)
    assert diff == pytest.approx(0.0)
    assert ci is not None and ci[0] <= 0 <= ci[1]


def test_read_headlines_takes_feed_files_and_json_items(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "world.rss").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Example World</title><language>en-gb</language>
        <item><title>Missiles hit the port city</title><link>https://ex.example/a</link>
        <description>&lt;p&gt;Three killed as &lt;b&gt;missiles&lt;/b&gt; hit the port.&lt;/p&gt;</description>
        <pubDate>Sat, 07 Oct 2023 10:00:00 GMT</pubDate></item>
        <item><title>No date, skipped</title><link>https://ex.example/b</link></item>
        </channel></rss>""", encoding="utf-8")
    (tmp_path / "items.json").write_text(json.dumps([
        {"title": "Talks resume in Cairo", "link": "https://ey.example/1", "date_published": "2023-10-08T09:30:00+00:00",
         "description": "Mediators met.", "album": "Example Daily", "language": "en-US", "source": "https://ey.example/rss"},
        {"title": "", "link": "https://ey.example/2", "date_published": "2023-10-08T09:30:00+00:00"},
    ]), encoding="utf-8")
    got = sorted(validate.read_headlines(tmp_path), key=lambda h: h.first_seen)
    assert [h.title for h in got] == ["Missiles hit the port city", "Talks resume in Cairo"]
    assert got[0].source == "Example World" and got[0].summary == "Three killed as missiles hit the port."
    assert got[0].first_seen == datetime(2023, 10, 7, 10, 0, tzinfo=UTC)
    assert got[1].source == "Example Daily" and got[1].summary == "Mediators met." and got[1].language == "en"
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        validate.read_headlines(tmp_path)
