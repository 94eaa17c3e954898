"""ID Keluarga / ID Individu cells stored as numbers (Excel dropped their leading zeros, or shows
them only through a number format such as ``0000000000``) raise ID_RUSAK_EXCEL: in check-data
--json, the findings report, the whole-database check (with and without its SQL filter). Files
written with openpyxl, not with the demo generator."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from tests import masukan_luar as ml

KOL_K = ml.KEPALA_2023.index
KOL_I = ml.INDIVIDU_2023.index


def _cli(db_path: Path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)],
                              catch_exceptions=False)


def _temuan(db_path: Path, aturan: str = "ID_RUSAK_EXCEL") -> list[dict]:
    hasil = _cli(db_path, "check-data", "--json")
    assert hasil.exit_code == 0, hasil.output
    return [t for t in json.loads(hasil.output) if t["rule"] == aturan]


def _xlsx_angka(path: Path, header: list[str], rows: list[list], lembar: str,
                kolom_angka: dict[str, str]) -> Path:
    """Like an office's workbook: the ID columns are number cells that show their zeros only
    through a number format (``kolom_angka``: header -> format)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = lembar
    ws.append(header)
    for r in rows:
        r = list(r)
        for h in kolom_angka:
            r[header.index(h)] = int(r[header.index(h)])
        ws.append(r)
    for h, fmt in kolom_angka.items():
        c = header.index(h) + 1
        for baris in range(2, ws.max_row + 1):
            ws.cell(baris, c).number_format = fmt
    wb.save(path)
    return path


def test_id_angka_berformat_nol_menjadi_temuan(db_path, tmp_path):
    kepala = _xlsx_angka(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                         "Kepala Keluarga", {"ID Keluarga P3KE": "0000000000"})
    individu = _xlsx_angka(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                           "Individu", {"ID Keluarga P3KE": "0000000000",
                                        "ID Individu": "000000000000"})
    laporan = tmp_path / "temuan.xlsx"
    hasil = _cli(db_path, "import", kepala, individu, "--laporan", laporan)
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path) as db:
        ids = sorted(r[0] for r in db.execute("SELECT id_keluarga FROM keluarga"))
    assert ids == ["61720001", "61720002", "61720003"]  # stored as they arrived: not guessed

    temuan = _temuan(db_path)
    # once per family (its ID Keluarga) and once per member (ID Individu): 3 + 5
    keluarga = [t for t in temuan if t["id_individu"] is None]
    anggota = [t for t in temuan if t["id_individu"] is not None]
    assert sorted(t["id_keluarga"] for t in keluarga) == ids
    assert {t["column"] for t in keluarga} == {"id_keluarga"}
    assert len(anggota) == 5 and {t["column"] for t in anggota} == {"id_individu"}
    t = next(t for t in keluarga if t["id_keluarga"] == "61720001")
    assert t["message"].startswith("ID Keluarga 61720001 tersimpan sebagai angka oleh Excel")
    assert "nol di depannya bisa hilang" in t["message"]
    assert t["message"].endswith("Jadikan sel Teks di berkas sumber")
    assert (t["file"], t["sheet"], t["row"]) == ("kepala.xlsx", "Kepala Keluarga", 2)
    # both columns numbers: nothing to recover the zeros from, so no guess is offered
    assert not any("dugaan" in x["message"] for x in temuan)

    # the import report lists them with the other findings, and explains the rule
    wb = openpyxl.load_workbook(laporan, read_only=True)
    ringkasan = [r for r in wb["Ringkasan"].iter_rows(values_only=True) if r and r[0]]
    assert any(r[0] == "ID_RUSAK_EXCEL" and r[1] == 8 for r in ringkasan), ringkasan
    baris = [r for r in wb["Temuan"].iter_rows(values_only=True) if r[0] == "ID_RUSAK_EXCEL"]
    assert len(baris) == 8

    # the whole-database check agrees, with and without its SQL filter
    with sdb.terbuka(db_path) as db:
        stemuan.hitung_ulang_semua(db)
        dengan = sorted(map(repr, stemuan.semua_temuan(db)))
        stemuan.hitung_ulang_semua(db, saring=False)
        assert sorted(map(repr, stemuan.semua_temuan(db))) == dengan
    assert len(_temuan(db_path)) == 8


def test_id_individu_angka_dengan_id_keluarga_teks_diberi_dugaan(db_path, tmp_path):
    kepala, _ = ml.pasangan_2023(tmp_path)
    individu = _xlsx_angka(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                           "Individu", {"ID Individu": "0"})
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    temuan = _temuan(db_path)
    assert {(t["id_keluarga"], t["id_individu"]) for t in temuan} == {
        ("0061720001", "6172000101"), ("0061720001", "6172000102"),
        ("0061720002", "6172000201"), ("0061720002", "6172000202"),
        ("0061720003", "6172000301")}
    t = next(t for t in temuan if t["id_individu"] == "6172000102")
    assert t["message"].startswith("ID Individu 6172000102 tersimpan sebagai angka")
    assert "(dugaan ID asli: 006172000102; ID tidak diubah)" in t["message"]
    # the families are whole and have their head: only the ID finding
    assert _temuan(db_path, "KK_TANPA_KEPALA") == []


def test_id_keluarga_angka_hanya_di_berkas_individu(db_path, tmp_path):
    """The Kepala Keluarga file has text IDs, the Individu file numbers: the members land in a
    family of their own ("61720001") that is flagged once, not once per member."""
    kepala, _ = ml.pasangan_2023(tmp_path)
    individu = _xlsx_angka(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                           "Individu", {"ID Keluarga P3KE": "0000000000"})
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    temuan = _temuan(db_path)
    assert sorted((t["id_keluarga"], t["id_individu"], t["column"]) for t in temuan) == [
        ("61720001", None, "id_keluarga"), ("61720002", None, "id_keluarga"),
        ("61720003", None, "id_keluarga")]
    with sdb.terbuka(db_path) as db:
        anggota = dict(db.execute(
            "SELECT k.id_keluarga, count(a.id_individu) FROM keluarga k "
            "LEFT JOIN anggota a USING (id_keluarga) GROUP BY 1").fetchall())
    assert anggota == {"0061720001": 0, "0061720002": 0, "0061720003": 0,
                       "61720001": 2, "61720002": 2, "61720003": 1}


def test_id_teks_tidak_menjadi_temuan_dan_impor_ulang_tidak_berubah(db_path, tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    assert _temuan(db_path) == []
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM keluarga WHERE id_keluarga_bentuk IS NOT NULL"
                          ).fetchone()[0] == 0
    # the same data written again (another file, same values): nothing counts as changed
    baru = ml.xlsx(tmp_path / "individu2.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                   lembar="Data Individu")
    hasil = _cli(db_path, "import", baru)
    assert "Keluarga baru 0, berubah 0" in hasil.output, hasil.output
    assert "anggota baru 0, berubah 0" in hasil.output


def test_id_angka_menyebut_id_teks_yang_sudah_ada(db_path, tmp_path):
    """A numbered copy of files imported before as text: the copy's families are new records
    (the IDs differ), and each finding names the stored text ID it most likely is."""
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    angka = tmp_path / "angka"
    angka.mkdir()
    kepala2 = _xlsx_angka(angka / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                          "Kepala Keluarga", {"ID Keluarga P3KE": "0000000000"})
    individu2 = _xlsx_angka(angka / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                            "Individu", {"ID Keluarga P3KE": "0000000000",
                                         "ID Individu": "000000000000"})
    hasil = _cli(db_path, "import", kepala2, individu2)
    assert hasil.exit_code == 0, hasil.output
    temuan = {(t["id_keluarga"], t["id_individu"]): t["message"] for t in _temuan(db_path)}
    assert len(temuan) == 8
    assert temuan[("61720001", None)] == (
        "ID Keluarga 61720001 tersimpan sebagai angka oleh Excel; nol di depannya bisa hilang "
        "(ID Keluarga 0061720001 sudah ada di basis data: mungkin keluarga yang sama; ID tidak "
        "diubah). Jadikan sel Teks di berkas sumber")
    assert "(ID Individu 006172000102 sudah ada di basis data: mungkin orang yang sama" in (
        temuan[("61720001", "6172000102")])
    with sdb.terbuka(db_path) as db:
        setelah_impor = sorted(map(repr, stemuan.semua_temuan(db)))
        stemuan.hitung_ulang_semua(db, saring=False)
        assert sorted(map(repr, stemuan.semua_temuan(db))) == setelah_impor
