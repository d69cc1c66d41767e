"""The documentation site builds (mkdocs --strict) and agrees with the code it documents."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from partyextract import cli
from partyextract.frames import TABLES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_cli_page_lists_every_exit_code_and_format() -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    codes = {cli.EXIT_OK, cli.EXIT_FAILURES, cli.EXIT_USAGE, cli.EXIT_DEPENDENCY, cli.EXIT_INTERRUPTED}
    table = set(int(c) for c in re.findall(r"^\| (\d+) \|", page, flags=re.M))
    assert table == codes
    for fmt in cli.FORMATS:
        assert f"`{fmt}`" in page


def test_pipelines_page_names_every_table() -> None:
    page = (DOCS / "pipelines.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table}`" in page


def test_screenshot_is_there_and_small() -> None:
    png = DOCS / "img" / "html-view.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size < 400_000


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    exe = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or "mkdocs"
    res = subprocess.run(
        [exe, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)},
    )
    assert res.returncode == 0, res.stderr[-3000:]
    assert (tmp_path / "site" / "api" / "index.html").exists()
