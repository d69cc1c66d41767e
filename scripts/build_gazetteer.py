#!/usr/bin/env python3
"""Generate `partyextract/data/gazetteer.tsv.gz` from the `vietnamadminunits` package data.

Re-runnable: `.venv/bin/pip install 'partyextract[build-data]'` (vietnamadminunits==1.0.4,
a development-only dependency), then `.venv/bin/python scripts/build_gazetteer.py`.

It reads the package's shipped data files directly (the SQLite `dataset.db` and
`converter_2025.json`); it never calls the package's functions, some of which query an
online geocoder. The output is a small gzipped TSV (see `partyextract/gazetteer.py` for the
reader). Record types, one per line, tab-separated:

    U  L|N  code  level  name  parent_code     a unit; L = the last list before 1 July 2025
                                               (63 provinces, 696 districts, 10,035 communes),
                                               N = after the reform (34 provinces, 3,321 communes)
    A  code  folded  level  F|V                another name of legacy unit `code`, accent-free
                                               as the source gives it: F = a former unit merged
                                               into it (no code of its own), V = the same unit
                                               under another level or spelling
    S  legacy_code  new_code[,new_code...]     the post-reform successor(s), the main one first
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import re
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "partyextract" / "data" / "gazetteer.tsv.gz"

# Accent-free level prefixes the source uses inside its alias keys.
ALIAS_PREFIXES: dict[str, str] = {
    "thanhpho": "thành phố",
    "tp": "thành phố",
    "thixa": "thị xã",
    "tx": "thị xã",
    "thitran": "thị trấn",
    "tt": "thị trấn",
    "huyen": "huyện",
    "quan": "quận",
    "phuong": "phường",
    "xa": "xã",
    "tinh": "tỉnh",
}
LONG_PREFIXES = ("thanhpho", "thixa", "thitran", "huyen", "phuong")

# Names the source lacks, added by hand: (legacy code, accent-free former name, level, F|V).
# Thừa Thiên Huế became the province-level city of Huế on 1 January 2025 (same unit and code);
# Hà Tây was merged into Hà Nội in 2008.
SUPPLEMENT: tuple[tuple[str, str, str, str], ...] = (
    ("46", "thuathienhue", "tỉnh", "V"),
    ("01", "hatay", "tỉnh", "F"),
    ("79", "hcm", "thành phố", "V"),
)


def source_dir() -> Path:
    try:
        import vietnamadminunits
    except ImportError:
        sys.exit("vietnamadminunits is not installed: pip install 'partyextract[build-data]'")
    return Path(vietnamadminunits.__file__).resolve().parent


def source_version() -> str:
    from importlib.metadata import version

    return version("vietnamadminunits")


def fold(s: str) -> str:
    """Accent-free, space-free lower-case key, the form of the source's alias keys."""
    import unicodedata

    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def clean(name: str) -> str:
    """'Kỳ Anh (Huyện)' -> 'Kỳ Anh': the source disambiguates same-named units with a level in brackets."""
    return re.sub(r"\s*\((?:Huyện|Thị xã|Thị trấn|Xã|Phường|Quận|Thành phố)\)$", "", name).strip()


def split_province(full: str) -> tuple[str, str]:
    """'Thành phố Hà Nội' -> ('thành phố', 'Hà Nội'); 'Tỉnh Quảng Trị' -> ('tỉnh', 'Quảng Trị')."""
    for word in ("Thành phố ", "Tỉnh "):
        if full.startswith(word):
            return word.strip().lower(), full[len(word) :]
    raise ValueError(full)


def parse_aliases(keys: list[str]) -> list[tuple[str, str]]:
    """Alias keys -> [(folded name, level or '')]; 'xahaivinh' + 'haivinh' -> ('haivinh', 'xã')."""
    kset = set(keys)
    out: dict[str, str] = {}
    paired: set[str] = set()
    for k in keys:  # 'xahaivinh' beside 'haivinh': the level of 'haivinh'
        for p, level in ALIAS_PREFIXES.items():
            rest = k[len(p) :]
            if k.startswith(p) and rest in kset:
                out[rest] = level
                paired.update((k, rest))
                break
    for k in keys:
        if k in paired:
            continue
        if k.startswith("district") or (len(k) <= 3 and not k.isdigit()):
            continue  # 'district9', 'q9', 'hn', 'hcm': English or abbreviations, not names
        if k.endswith("thixa") and len(k) > 5:  # 'hongnguthixa'
            out.setdefault(k[:-5], "thị xã")
            continue
        for p in (*LONG_PREFIXES, "tp", "tx", "tt", "quan"):
            rest = k[len(p) :]
            if k.startswith(p) and rest and (p != "quan" or rest.isdigit()):
                out.setdefault(rest, ALIAS_PREFIXES[p])
                break
        else:
            out.setdefault(k, "")
    return sorted((str(int(k)) if k.isdigit() else k, v) for k, v in out.items())
    return sorted(out.items())


def build(src: Path) -> tuple[str, dict[str, int]]:
    db = sqlite3.connect(src / "data" / "dataset.db")
    db.row_factory = sqlite3.Row
    legacy = [dict(r) for r in db.execute("SELECT * FROM admin_units_legacy")]
    new = [dict(r) for r in db.execute("SELECT * FROM admin_units")]
    conv = json.loads((src / "data" / "converter_2025.json").read_text(encoding="utf-8"))

    lines: list[str] = []
    stats: collections.Counter[str] = collections.Counter()

    # --- legacy units -----------------------------------------------------------------
    prov_by_key: dict[str, str] = {}
    seen: set[str] = set()
    aliases: dict[str, set[tuple[str, str, str]]] = collections.defaultdict(set)
    # converter key 'prov_dist_ward' -> (ward code, or district code if it has none; district code)
    legacy_key_code: dict[str, tuple[str, str]] = {}
    district_name: dict[str, str] = {}
    for r in legacy:
        pc = r["provinceCode"]
        if pc not in seen:
            seen.add(pc)
            level, name = split_province(r["province"])
            lines.append(f"U\tL\t{pc}\t{level}\t{name}\t")
            stats["legacy provinces"] += 1
            prov_by_key[r["provinceKey"]] = pc
            for folded, alevel in parse_aliases(json.loads(r["provinceAlias"] or "[]")):
                aliases[pc].add((folded, alevel or level, "V"))
        dc = r["districtCode"]
        if dc not in seen:
            seen.add(dc)
            dlevel = r["districtType"].lower()
            lines.append(f"U\tL\t{dc}\t{dlevel}\t{clean(r['districtShort'])}\t{pc}")
            district_name[dc] = clean(r["districtShort"])
            stats["legacy districts"] += 1
            for folded, alevel in parse_aliases(json.loads(r["districtAlias"] or "[]")):
                same = folded == fold(clean(r["districtShort"]))
                aliases[dc].add((folded, alevel, "V" if same else "F"))
        wc = r["wardCode"]
        key = f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}"
        legacy_key_code[key] = (wc or dc, dc)
        if wc:
            assert wc not in seen, wc
            seen.add(wc)
            lines.append(f"U\tL\t{wc}\t{r['wardType'].lower()}\t{clean(r['wardShort'])}\t{dc}")
            stats["legacy communes"] += 1
            for folded, alevel in parse_aliases(json.loads(r["wardAlias"] or "[]")):
                same = folded == fold(clean(r["wardShort"]))
                aliases[wc].add((folded, alevel, "V" if same else "F"))

    for code, folded, alevel, kind in SUPPLEMENT:
        aliases[code].add((folded, alevel, kind))
    for code in sorted(aliases):
        for folded, alevel, kind in sorted(aliases[code]):
            lines.append(f"A\t{code}\t{folded}\t{alevel}\t{kind}")
            stats["aliases " + kind] += 1

    # --- units after the reform -------------------------------------------------------
    new_code: dict[tuple[str, str], str] = {}
    new_name: dict[str, str] = {}
    seen_new: set[str] = set()
    for r in new:
        pc = r["provinceCode"]
        if pc not in seen_new:
            seen_new.add(pc)
            level, name = split_province(r["province"])
            lines.append(f"U\tN\t{pc}\t{level}\t{name}\t")
            stats["new provinces"] += 1
        lines.append(f"U\tN\t{r['wardCode']}\t{r['wardType'].lower()}\t{clean(r['wardShort'])}\t{pc}")
        new_code[(r["provinceKey"], r["wardKey"])] = r["wardCode"]
        new_name[r["wardCode"]] = clean(r["wardShort"])
        stats["new communes"] += 1
    new_prov_code = {r["provinceKey"]: r["provinceCode"] for r in new}

    # --- successors -------------------------------------------------------------------
    succ: dict[str, list[str]] = {}
    for nprov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            for old in olds:
                succ.setdefault(legacy_key_code[old][0], []).append(new_code[(nprov, wkey)])
    for nprov, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            ordered = sorted(targets, key=lambda w: not w["isDefaultNewWard"])
            codes = [new_code[(nprov, w["newWardKey"])] for w in ordered]
            succ.setdefault(legacy_key_code[old][0], []).extend(codes)
    # a district's successors are its communes' successors; the main one bears its name,
    # else the one most of its communes went to
    by_district: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for code, dc in legacy_key_code.values():
        for n in succ.get(code, []):
            by_district[dc][n] += 1
    for dc, counter in by_district.items():
        if dc in succ:  # island district without communes: already mapped
            continue
        named = [n for n in counter if fold(new_name[n]) == fold(district_name[dc])]
        ordered = sorted(counter, key=lambda n: (n not in named, -counter[n], n))
        succ[dc] = ordered
    for nprov, olds in conv["DICT_PROVINCE"].items():
        for old in olds:
            succ[prov_by_key[old]] = [new_prov_code[nprov]]
    for code in sorted(succ, key=lambda c: (len(c), c)):
        targets = list(dict.fromkeys(succ[code]))
        lines.append(f"S\t{code}\t{','.join(targets)}")
        stats["successor rows"] += 1
    return "\n".join(lines) + "\n", dict(stats)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    src = source_dir()
    body, stats = build(src)
    header = f"# generated by scripts/build_gazetteer.py from vietnamadminunits {source_version()} (MIT)\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write((header + body).encode("utf-8"))
    args.output.write_bytes(buf.getvalue())
    for k, v in stats.items():
        print(f"{k:>20}: {v}")
    print(f"wrote {args.output} ({len(buf.getvalue()) / 1024:.0f} KiB) in {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
