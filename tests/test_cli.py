"""The `partyextract` command, run as a user runs it: a subprocess on files, folders and stdin.

The output-format details are checked in-process through `cli.main()` (same code, same
streams, a second instead of a minute); the end-to-end paths run a real subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import partyextract
from partyextract.cli import main
from partyextract.frames import TABLES, columns

ARTICLE_A = (
    "Trang chủ | Thời sự\n"
    "Đảng bộ xã Tân Lập tổng kết năm 2023\n"
    "Đảng bộ xã hiện có 12 chi bộ với 340 đảng viên; năm 2023 kết nạp 15 đảng viên mới.\n"
)
ARTICLE_B = (
    "Huyện ủy Cẩm Xuyên ban hành Nghị quyết số 05-NQ/HU về phát triển kinh tế biển giai đoạn 2021 - 2025.\n"
)
HOSTILE = '<script>alert("x")</script> Huyện ủy & Tỉnh ủy <b>họp</b>\n'


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # output must be UTF-8 whatever the locale says
    return subprocess.run(
        [sys.executable, "-m", "partyextract", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def call(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """`main(args)` in this process, with bytes stdin/stdout like a pipe (ASCII locale on purpose)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    err = io.StringIO()
    inp = io.TextIOWrapper(io.BytesIO(stdin), encoding="ascii")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = inp, out, err
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out.flush()
    return subprocess.CompletedProcess(
        list(args), code, out.buffer.getvalue(), err.getvalue().encode("utf-8")
    )  # type: ignore[attr-defined]


def jsonl(out: bytes) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """articles/a.txt, articles/sub/b.txt, articles/sub/deeper/c.txt, plus files the glob skips."""
    root = tmp_path / "articles"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (root / "sub" / "deeper" / "c.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    (root / "image.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def test_version() -> None:
    res = run("--version")
    assert res.returncode == 0
    assert res.stdout.decode().strip() == f"partyextract {partyextract.__version__}"


def test_help_has_examples_and_exit_codes() -> None:
    res = run("--help")
    out = res.stdout.decode("utf-8")
    assert res.returncode == 0
    for needle in ("examples:", "exit codes:", "--text-field", "--kind indicators", "--workers", "--strict"):
        assert needle in out


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("partyextract")
    if not script.exists():
        pytest.skip("console script not installed next to this interpreter")
    res = subprocess.run([str(script), "--version"], capture_output=True, timeout=60)
    assert res.returncode == 0 and b"partyextract" in res.stdout


def test_one_file_to_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_text(unicodedata.normalize("NFD", ARTICLE_B), encoding="utf-8")
    res = run(str(path))
    assert res.returncode == 0, res.stderr
    (rec,) = jsonl(res.stdout)
    assert rec["id"] == str(path)
    assert rec["text"] == ARTICLE_B  # NFC, as every span expects
    for kind in ("resolutions", "terms", "indicators", "localities", "officials"):
        assert isinstance(rec[kind], list)
        for record in rec[kind]:
            for span in record["mentions"]:
                assert rec["text"][span["start"] : span["end"]] == span["text"]


def test_folder_is_read_recursively_in_sorted_order(corpus: Path) -> None:
    res = run(str(corpus))
    assert res.returncode == 0, res.stderr
    ids = [r["id"] for r in jsonl(res.stdout)]
    assert ids == [
        str(corpus / "a.txt"),
        str(corpus / "sub" / "b.txt"),
        str(corpus / "sub" / "deeper" / "c.txt"),
    ]


def test_glob_chooses_the_files(corpus: Path) -> None:
    res = call(str(corpus), "--glob", "*.md")
    assert [r["id"] for r in jsonl(res.stdout)] == [str(corpus / "notes.md")]


def test_workers_keep_order_and_results(corpus: Path) -> None:
    one = run(str(corpus), "--no-text")
    two = run(str(corpus), "--no-text", "--workers", "2")
    assert two.returncode == 0, two.stderr
    assert jsonl(one.stdout) == jsonl(two.stdout)


def test_stdin_text() -> None:
    res = run("-", stdin=ARTICLE_A.encode("utf-8"))
    (rec,) = jsonl(res.stdout)
    assert rec["id"] == "-" and rec["text"] == ARTICLE_A


def test_stdin_jsonl_with_fields_and_a_bad_line() -> None:
    lines = [
        json.dumps({"url": "https://bao.vn/1", "body": ARTICLE_A}, ensure_ascii=False),
        "",
        "{không phải json",
        json.dumps({"url": "https://bao.vn/2", "noi_dung": "thiếu trường"}),
        json.dumps({"body": ARTICLE_B}, ensure_ascii=False),
    ]
    res = run("-", "--text-field", "body", "--id-field", "url", stdin="\n".join(lines).encode("utf-8"))
    assert res.returncode == 0
    recs = jsonl(res.stdout)
    assert [r["id"] for r in recs] == ["https://bao.vn/1", "<stdin>:5"]
    assert [r["text"] for r in recs] == [ARTICLE_A, ARTICLE_B]
    err = res.stderr.decode("utf-8")
    assert "<stdin>:3" in err and "<stdin>:4" in err and "2 failed" in err


def test_jsonl_file_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": 7, "text": ARTICLE_B}, ensure_ascii=False) + "\n", encoding="utf-8")
    (rec,) = jsonl(call(str(path)).stdout)
    assert rec["id"] == 7 and rec["text"] == ARTICLE_B


def test_json_array_without_text(corpus: Path) -> None:
    res = call(str(corpus), "--format", "json", "--no-text")
    data = json.loads(res.stdout.decode("utf-8"))
    assert isinstance(data, list) and len(data) == 3
    assert all("text" not in rec and "indicators" in rec for rec in data)


def test_empty_json_array_is_valid(tmp_path: Path) -> None:
    res = call(str(tmp_path), "--format", "json")
    assert json.loads(res.stdout) == []
    assert res.returncode == 0 and b"no file matching" in res.stderr


def test_output_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "docs.jsonl"
    res = call(str(corpus), "-o", str(out))
    assert res.returncode == 0 and res.stdout == b""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_csv_folder_has_one_table_per_kind(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    res = call(str(corpus), "--format", "csv", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    for table in TABLES:
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == list(columns(table))
    with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert [d["doc_id"] for d in docs] == [str(corpus / "a.txt"), str(corpus / "sub" / "b.txt"),
                                           str(corpus / "sub" / "deeper" / "c.txt")]  # fmt: skip
    assert [int(d["n_chars"]) for d in docs] == [len(ARTICLE_A), len(ARTICLE_B), len(HOSTILE)]


def test_csv_kind_to_stdout(corpus: Path) -> None:
    res = call(str(corpus), "--format", "csv", "--kind", "indicators")
    assert res.returncode == 0, res.stderr
    rows = list(csv.reader(io.StringIO(res.stdout.decode("utf-8"))))
    assert rows[0] == list(columns("indicators"))
    ids = {str(corpus / "a.txt"), str(corpus / "sub" / "b.txt"), str(corpus / "sub" / "deeper" / "c.txt")}
    assert all(r[0] in ids for r in rows[1:])


def test_csv_needs_a_folder_or_a_kind(corpus: Path) -> None:
    res = call(str(corpus), "--format", "csv")
    assert res.returncode == 2 and b"--output" in res.stderr


def test_kind_only_for_tables(corpus: Path) -> None:
    assert call(str(corpus), "--kind", "terms").returncode == 2


def test_html_page_escapes_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    res = call(str(corpus), "--format", "html", "-o", str(out))
    assert res.returncode == 0, res.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("<section") == 3


def test_parquet_folder(corpus: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "pq"
    res = call(str(corpus), "--format", "parquet", "-o", str(out))
    assert res.returncode == 0, res.stderr
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs.columns) == list(columns("documents"))
    assert list(docs["n_chars"]) == [len(ARTICLE_A), len(ARTICLE_B), len(HOSTILE)]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


def test_parquet_one_table_to_a_file(corpus: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "new" / "officials.parquet"
    res = call(str(corpus), "--format", "parquet", "--kind", "officials", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert list(pd.read_parquet(out).columns) == list(columns("officials"))


def test_parquet_needs_an_output(corpus: Path) -> None:
    assert call(str(corpus), "--format", "parquet").returncode == 2


def test_bad_inputs_are_reported_and_do_not_stop_the_run(corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"Huy\xe1n \xff\xfe")
    missing = corpus / "khong_co.txt"
    res = run(str(corpus), str(missing))
    assert res.returncode == 0
    assert len(jsonl(res.stdout)) == 3
    err = res.stderr.decode("utf-8")
    assert f"{corpus / 'broken.txt'}: InputError" in err
    assert f"{missing}: no such file or folder" in err
    assert "3 documents written, 2 failed" in err


def test_strict_turns_failures_into_exit_1(corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\xff")
    assert run(str(corpus), "--strict").returncode == 1
    assert call(str(corpus / "a.txt"), "--strict").returncode == 0


def test_quiet_silences_per_document_errors(corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\xff")
    res = call(str(corpus), "--quiet")
    assert res.returncode == 0 and res.stderr == b""


def test_progress_bar_goes_to_stderr_only(corpus: Path) -> None:
    pytest.importorskip("tqdm")
    res = call(str(corpus), "--progress", "--no-text")
    assert res.returncode == 0
    assert len(jsonl(res.stdout)) == 3  # stdout stays clean JSONL
    assert b"3/3" in res.stderr


def test_no_progress_bar_by_default_when_not_a_terminal(corpus: Path) -> None:
    res = run(str(corpus))
    assert res.stderr == b""


def test_output_can_be_cut_short(corpus: Path) -> None:
    """`partyextract folder | head -1` ends quietly."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "partyextract", str(corpus), str(corpus), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    proc.wait(timeout=60)
    assert b"Traceback" not in proc.stderr.read()


def test_input_format_overrides_the_file_name(tmp_path: Path) -> None:
    lines = tmp_path / "export.txt"
    lines.write_text(json.dumps({"text": ARTICLE_A}, ensure_ascii=False) + "\n", encoding="utf-8")
    (rec,) = jsonl(call(str(lines), "--input-format", "jsonl").stdout)
    assert rec["text"] == ARTICLE_A and rec["id"] == f"{lines}:1"
    raw = tmp_path / "article.jsonl"
    raw.write_text(ARTICLE_B, encoding="utf-8")
    (rec,) = jsonl(call(str(raw), "--input-format", "text").stdout)
    assert rec["text"] == ARTICLE_B


def test_stdin_jsonl_by_input_format() -> None:
    line = json.dumps({"id": "x", "text": ARTICLE_B}, ensure_ascii=False).encode("utf-8")
    (rec,) = jsonl(call("-", "--input-format", "jsonl", stdin=line).stdout)
    assert rec["id"] == "x"
