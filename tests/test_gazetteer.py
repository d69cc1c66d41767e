"""The gazetteer: lookups as labelled examples, and the generated file checked against its source."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import sys
import timeit
from importlib import resources
from pathlib import Path

import pytest

from partyextract import gazetteer as G

# (name, context, expected codes in order)
LOOKUPS: list[tuple[str, dict[str, str], list[str | None]]] = [
    ("Bình Liêu", {"level": "huyện"}, ["198"]),
    ("Quảng Ninh", {"tier": "province"}, ["22"]),
    ("Quảng Ninh", {}, ["22", "16465", "456"]),  # the province, a xã, a huyện (Quảng Bình)
    ("Đông Hà", {"level": "thành phố"}, ["461"]),
    ("Đông Hà", {"level": "TP"}, ["461"]),
    ("Hà Nội", {"level": "thành phố"}, ["01"]),
    ("Lào Cai", {"level": "tỉnh"}, ["10"]),
    ("Lào Cai", {"level": "thành phố"}, ["080"]),
    ("Lào Cai", {"level": "phường"}, ["02641"]),
    ("Dền Thàng", {"level": "xã"}, ["02722"]),
    ("An Ninh", {"level": "xã", "district": "Bình Lục"}, ["13528"]),
    ("Bình Mỹ", {"level": "thị trấn", "province": "35"}, ["13501"]),
    ("Tân Dân", {"level": "xã", "district": "Hạ Long"}, ["07039"]),
    ("Tân Dân", {"level": "xã", "province": "Quảng Ninh"}, ["07039"]),
    # tone placement, case, spacing, Đắk/Đăk, i/y, leading zeros
    ("Hoà Bình", {"tier": "province"}, ["17"]),
    ("HÒA BÌNH", {"level": "tỉnh"}, ["17"]),
    ("Hướng Hoá", {}, ["465"]),
    ("Mỹ Thuỷ", {"level": "xã", "district": "470"}, []),  # not a legacy unit (a 2025 name)
    ("Mỹ Thuỷ", {"level": "xã", "era": "2025"}, ["19741"]),
    ("Đăk Lăk", {}, ["66"]),
    ("Đắc Lắc", {}, []),  # -c is not -k: a different spelling, not a variant
    ("Dak Lak", {}, []),  # no accents at all: not guessed
    ("Qui Nhơn", {}, ["540"]),
    ("Kì Anh", {"level": "huyện"}, ["447"]),
    ("Kỳ Anh", {"level": "thị xã"}, ["449"]),
    ("Đakrông", {"level": "huyện"}, ["467"]),
    ("Bà Rịa-Vũng Tàu", {}, ["77"]),
    ("  bình   liêu ", {"level": "huyện"}, ["198"]),
    ("Phường 01", {"district": "Đông Hà"}, ["19333"]),
    ("1", {"level": "phường", "district": "461"}, ["19333"]),
    # a different tone is a different name
    ("Bình Lực", {}, []),
    ("Hà Năm", {}, []),
    ("Lào Cài", {}, []),
    # former names: merged away (code None) or the same unit under an older level
    ("Hải Vĩnh", {"level": "xã"}, [None]),
    ("Hoành Bồ", {"level": "huyện"}, [None]),
    ("Quế Võ", {"level": "huyện"}, ["259"]),
    ("Thừa Thiên Huế", {}, ["46"]),
    ("Mộc Châu", {"level": "huyện"}, ["123"]),
]


@pytest.mark.parametrize(("name", "context", "codes"), LOOKUPS, ids=[f"{n}-{c}" for n, c, _ in LOOKUPS])
def test_lookup(name: str, context: dict[str, str], codes: list[str | None]) -> None:
    assert [u.code for u in G.lookup(name, **context)] == codes


def test_ambiguous_name_returns_all() -> None:
    found = G.lookup("Tân Dân", level="xã")
    assert len(found) > 5 and len({u.code for u in found}) == len(found)


def test_former_name_points_to_absorber() -> None:
    (u,) = G.lookup("Hải Xuân", level="xã", district="Hải Lăng")
    assert (u.code, u.absorbed_by, u.province, u.tier) == (None, "19699", "45", "commune")
    assert G.successor(u) == G.by_code("19699", "2025")


def test_former_names_only() -> None:
    g = G.get()
    (u,) = g.former_names("An Nội", level="xã", province="Hà Nam")
    assert u.absorbed_by == "13540"


@pytest.mark.parametrize(
    ("code", "name", "level", "tier", "province"),
    [
        ("198", "Bình Liêu", "huyện", "district", "22"),
        ("22", "Quảng Ninh", "tỉnh", "province", "22"),
        ("19699", "Hải Hưng", "xã", "commune", "45"),
        ("461", "Đông Hà", "thành phố", "district", "45"),
        ("01", "Hà Nội", "thành phố", "province", "01"),
    ],
)
def test_by_code(code: str, name: str, level: str, tier: str, province: str) -> None:
    u = G.by_code(code)
    assert u is not None and (u.name, u.level, u.tier, u.province) == (name, level, tier, province)


@pytest.mark.parametrize(
    ("code", "main", "level"),
    [
        ("45", "Quảng Trị", "tỉnh"),  # Quảng Bình + Quảng Trị -> Quảng Trị
        ("35", "Ninh Bình", "tỉnh"),  # Hà Nam + Nam Định + Ninh Bình -> Ninh Bình
        ("15", "Lào Cai", "tỉnh"),  # Yên Bái + Lào Cai -> Lào Cai
        ("22", "Quảng Ninh", "tỉnh"),  # unchanged
        ("198", "Bình Liêu", "xã"),  # a district: the commune bearing its name
        ("470", "Hải Lăng", "xã"),
        ("19699", "Vĩnh Định", "xã"),
        ("471", "Cồn Cỏ", "đặc khu"),  # island district without communes
    ],
)
def test_successor(code: str, main: str, level: str) -> None:
    u = G.by_code(code)
    assert u is not None
    s = G.successor(u)
    assert s is not None and (s.name, s.level, s.era) == (main, level, "2025")


def test_district_successors_are_its_communes_successors() -> None:
    g = G.get()
    district = g.by_code("470")
    assert district is not None
    communes = [u for (era, _), u in g.units.items() if era == "legacy" and u.parent == "470"]
    expected = {s.code for c in communes for s in g.successors(c)}
    assert {s.code for s in g.successors(district)} == expected


def test_counts() -> None:
    g = G.get()
    count: dict[tuple[str, str], int] = {}
    for (era, _), u in g.units.items():
        count[(era, u.tier)] = count.get((era, u.tier), 0) + 1
    assert count == {
        ("legacy", "province"): 63,
        ("legacy", "district"): 696,
        ("legacy", "commune"): 10035,
        ("2025", "province"): 34,
        ("2025", "commune"): 3321,
    }


def test_every_legacy_unit_has_a_successor() -> None:
    g = G.get()
    legacy = [u for (era, _), u in g.units.items() if era == "legacy"]
    assert all(g.successor(u) is not None for u in legacy)


def test_name_key_folds_only_what_it_should() -> None:
    k = G.name_key
    assert k("Hoà") == k("Hòa") and k("Thuý") == k("Thúy") and k("Kỳ") == k("Kì")
    assert k("Thúy") != k("Thúi") and k("Tây") != k("Tâi")
    assert k("Lục") != k("Lực") and k("Hà") != k("Hạ")
    assert k("Phường 01") == k("phường 1")


def test_lookup_costs_microseconds() -> None:
    G.get()
    n = 2000
    per_call = timeit.timeit(lambda: G.lookup("Tân Dân", level="xã", province="22"), number=n) / n
    assert per_call < 200e-6  # ~10 µs on a quiet machine; generous for a shared one


def test_import_does_not_load_the_data() -> None:
    code = "import partyextract, partyextract.gazetteer as g; assert g._INSTANCE is None"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the generated file against its source ------------------------------------------------------


def _source_dir() -> Path:
    vau = pytest.importorskip(
        "vietnamadminunits", reason="vietnamadminunits (build-data extra) not installed"
    )
    return Path(vau.__file__).resolve().parent


def _rows() -> list[list[str]]:
    raw = resources.files("partyextract.data").joinpath("gazetteer.tsv.gz").read_bytes()
    return [
        ln.split("\t") for ln in gzip.decompress(raw).decode("utf-8").splitlines() if not ln.startswith("#")
    ]


def test_generated_units_match_source() -> None:
    src = _source_dir()
    db = sqlite3.connect(src / "data" / "dataset.db")
    legacy_src = {
        (code, name)
        for code, name in db.execute(
            "SELECT DISTINCT wardCode, wardShort FROM admin_units_legacy WHERE wardCode IS NOT NULL "
            "UNION SELECT DISTINCT districtCode, districtShort FROM admin_units_legacy "
            "UNION SELECT DISTINCT provinceCode, provinceShort FROM admin_units_legacy"
        )
    }
    new_src = {
        (code, name)
        for code, name in db.execute(
            "SELECT wardCode, wardShort FROM admin_units "
            "UNION SELECT DISTINCT provinceCode, provinceShort FROM admin_units"
        )
    }
    rows = _rows()

    def clean(n: str) -> str:
        return n.split(" (")[0] if n.endswith(")") else n

    legacy_gen = {(r[2], r[4]) for r in rows if r[0] == "U" and r[1] == "L"}
    new_gen = {(r[2], r[4]) for r in rows if r[0] == "U" and r[1] == "N"}
    assert legacy_gen == {(c, clean(n)) for c, n in legacy_src}
    assert new_gen == {(c, clean(n)) for c, n in new_src}
    parents = {
        (w, d)
        for w, d in db.execute(
            "SELECT wardCode, districtCode FROM admin_units_legacy WHERE wardCode IS NOT NULL"
        )
    }
    assert parents <= {(r[2], r[5]) for r in rows if r[0] == "U" and r[1] == "L"}


def test_generated_successors_match_source_converter() -> None:
    src = _source_dir()
    conv = json.loads((src / "data" / "converter_2025.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(src / "data" / "dataset.db")
    legacy = {
        f"{p}_{d}_{w or ''}": wc or dc
        for p, d, w, wc, dc in db.execute(
            "SELECT provinceKey, districtKey, wardKey, wardCode, districtCode FROM admin_units_legacy"
        )
    }
    new = {(p, w): c for p, w, c in db.execute("SELECT provinceKey, wardKey, wardCode FROM admin_units")}
    succ = {r[1]: r[2].split(",") for r in _rows() if r[0] == "S"}
    for nprov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            for old in olds:
                assert succ[legacy[old]] == [new[(nprov, wkey)]]
    for nprov, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            default = next(t["newWardKey"] for t in targets if t["isDefaultNewWard"])
            assert succ[legacy[old]][0] == new[(nprov, default)]
            assert set(succ[legacy[old]]) == {new[(nprov, t["newWardKey"])] for t in targets}


def test_generated_file_is_reproducible(tmp_path: Path) -> None:
    _source_dir()
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "g.tsv.gz"
    subprocess.run(
        [sys.executable, str(root / "scripts" / "build_gazetteer.py"), "-o", str(out)],
        check=True,
        capture_output=True,
    )
    shipped = resources.files("partyextract.data").joinpath("gazetteer.tsv.gz").read_bytes()
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped)
