"""The report looked at in a real browser: headless Chromium loads it and every chart decodes.

Writes tests/screenshots/report.png, the picture in the README, when it is missing or when
LOTSE_SCREENSHOT=1 (so that a normal test run leaves the committed picture alone).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.gaps.report import write_report
from bot.gaps.view import build_view
from bot.i18n import use_locale

SCREENSHOT = Path(__file__).resolve().parents[1] / "screenshots" / "report.png"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)  # fmt: skip
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1280,2400")  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary"),
]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)


def test_report_charts_decode_in_chromium(synthetic, catalogue: Catalogue, tmp_path: Path):
    store, _planted = synthetic
    with use_locale("de"):
        report = write_report(build_view(store, catalogue), tmp_path / "report")
    dom = _chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", report.as_uri())
    body = re.search(r"<body[^>]*>", dom.stdout)
    assert body, dom.stderr[-2000:]
    assert 'data-images="ok"' in body.group(0)
    assert 'data-images-decoded="4"' in body.group(0)

    shot = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={shot}", report.as_uri())
    assert shot.exists() and shot.stat().st_size > 50_000  # a blank page is a few KiB
    if os.environ.get("LOTSE_SCREENSHOT") == "1" or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
