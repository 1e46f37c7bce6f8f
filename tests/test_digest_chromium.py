"""The HTML preview in a real browser engine: headless Chromium renders it to a screenshot
that must not be blank, with English laid out left to right and Arabic right to left.

Chromium is Debian's ``chromium`` package.  Where it is missing, the test installs it
only when allowed to (root, apt-get present, MONITOR_INSTALL_CHROMIUM=1 as .ci/run
sets), and otherwise skips, saying why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from monitor.digest.render import preview
from monitor.digest.types import (
    ClaimLine,
    Digest,
    Mover,
    Recipient,
    ScopeSection,
    SeriesPoint,
    StoryLine,
)

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ENV_INSTALL = "MONITOR_INSTALL_CHROMIUM"
DAY = date(2025, 6, 13)


def _apt(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *args], capture_output=True, text=True, timeout=timeout, env=env, check=False)


@pytest.fixture(scope="session")
def chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get(ENV_INSTALL) != "1":
        pytest.skip(f"{CHROMIUM} is not installed; install Debian's chromium package, or set "
                    f"{ENV_INSTALL}=1 (as root, with apt-get) to let this test install it")
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip(f"{CHROMIUM} is not installed and cannot be installed here (needs root and apt-get)")
    try:
        done = _apt("install", "-y", "-q", "chromium", timeout=900)
        if done.returncode != 0:
            # A fresh machine has no package lists yet.
            _apt("update", "-q", timeout=300)
            done = _apt("install", "-y", "-q", "chromium", timeout=900)
    except subprocess.TimeoutExpired:
        pytest.skip("installing chromium with apt-get timed out")
    if done.returncode != 0 or not CHROMIUM.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        pytest.skip("apt-get could not install chromium: " + " | ".join(tail))
    return CHROMIUM


def screenshot(chromium: Path, page: Path, out: Path, profile: Path) -> None:
    cmd = [
        str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars",
        # The page must need nothing from the network: make every host unresolvable.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}", f"--screenshot={out}", "--window-size=900,1400",
        page.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    assert out.exists(), f"chromium wrote no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"


def _digest(language: str) -> Digest:
    series = tuple(
        SeriesPoint(DAY - timedelta(days=29 - i), float((i * 7) % 11) * 10, float((i * 5) % 7) * 8, None,
                    (i * 7) % 11, (i * 5) % 7, 12)
        for i in range(30)
    )
    stories = (
        StoryLine(1, "Israeli air strikes hit Iranian nuclear sites as Iran fires missiles at Israel", "en",
                  "https://wire.example/strikes", ("Wire A", "Wire B", "Wire C"), 3, 12.0, 1.0,
                  (ClaimLine("Iran", "threat", "escalation", "Iran threatened to retaliate against Israel.", "en"),)),
        StoryLine(2, "بوتين يتصل بنتنياهو وبزشكيان ويعرض وساطة روسية", "ar",
                  "https://example.org/monitor/ar/putin-mediation", ("Sample AR", "Sample EN"), 2, 2.0, 8.0,
                  (ClaimLine("الكرملين" if language == "ar" else "Kremlin", "offer", "de-escalation",
                             "أعلن الكرملين أن بوتين عرض على الطرفين أن تتوسط موسكو لتسهيل الحوار بين إسرائيل وإيران.",
                             "ar"),)),
    )
    label = "إيران – إسرائيل" if language == "ar" else "Iran – Israel"
    mover = Mover("pair:IRN-ISR", label, "escalating", 180.0, 300.5, 52.1, 120.4, 3.2,
                  "غارات إسرائيلية على منشآت نووية في إيران (أخبار: 24، وسائل إعلام مستقلة: 9)" if language == "ar"
                  else "Israeli air strikes hit Iranian nuclear sites as Iran fires missiles at Israel — 24 stories, 9 outlets",
                  move="up", stories=24, outlets=9, escalation_stories=18, de_escalation_stories=3, baseline_days=90)
    # the day's top events first; an Arabic headline in an English digest has its reading
    gaza = StoryLine(3, "غارة جوية إسرائيلية على مدينة غزة", "ar", "https://qanat.example/gaza", ("Qanat",), 1,
                     9.0, 0.0, languages=("ar",),
                     reading="إسرائيل — غارة جوية — مدينة غزة" if language == "ar" else "Israel — air strike — Gaza City")
    events = (replace(stories[0], languages=("ar", "en", "he")), gaza, stories[1])
    return Digest(
        recipient=Recipient(address="desk@example.org", name="Desk", scopes=("pair:IRN-ISR",), language=language),
        day=DAY, movers=(mover,), sections=(ScopeSection("pair:IRN-ISR", label, mover, series, stories),),
        methodology_url="https://example.org/methodology",
        unsubscribe="To stop receiving this digest, reply with 'unsubscribe'.",
        generated_from="formula 1.0", events=events,
    )


def _ink(png: Path) -> tuple[float, float, float]:
    """(non-white fraction, pixel standard deviation, mean x of the first line of text / width)."""
    import matplotlib.image as mpimg
    import numpy as np

    img = mpimg.imread(str(png))[..., :3]
    lum = img.mean(axis=2)
    dark = lum < 0.5
    rows = np.flatnonzero(dark.any(axis=1))
    assert rows.size, "no text at all"
    # the first band of rows holding dark pixels is the title line
    end = rows[0]
    while end + 1 < dark.shape[0] and dark[end + 1].any():
        end += 1
    _, xs = np.nonzero(dark[rows[0] : end + 1])
    return float((lum < 0.97).mean()), float(img.std()), float(xs.mean()) / dark.shape[1]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_preview_renders_in_chromium(chromium: Path, tmp_path: Path, language: str) -> None:
    page = preview(_digest(language), tmp_path / f"digest_{language}.html")
    out = tmp_path / f"digest_{language}.png"
    screenshot(chromium, page, out, tmp_path / "profile")
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    ink, spread, title_x = _ink(out)
    assert ink > 0.05, f"screenshot is (nearly) blank: {ink:.3%} non-white"
    assert spread > 0.05
    if language == "ar":
        assert title_x > 0.5, "the Arabic title sits on the right (dir=rtl)"
    else:
        assert title_x < 0.5, "the English title sits on the left"
