"""Acceptance round 13: one workbook holding the Kepala Keluarga sheet, the Individu sheet
hidden beside it (an office hides it to keep the workbook tidy) and a recap sheet, written by
hand the way the .NET Open XML SDK writes (``x:`` prefix, inline strings, no shared strings or
styles, and in one case no cell addresses), imported through the command line in a subprocess.

Before, the hidden Individu sheet was left aside as if it were an old copy of visible data:
'3 keluarga, 0 anggota'. A hidden sheet is still left aside beside a visible sheet of its own
kind, and so are two hidden sheets of one kind without a visible one (which of them is meant
cannot be told). The same workbook with one seeded defect per rule gives every rule code."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests import masukan_luar as ml
from tests import xlsx_tangan_terima13 as xt
from tests.conftest import WILAYAH_61

REKAP = [["Rekap P3KE Kota Singkawang"], ["Desa", "Jumlah KK", "Jumlah jiwa"],
         ["Roban", 1, 2], ["Condong", 1, 2], ["Pasiran", 1, 1], ["Jumlah", 3, 5]]


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=180)


def _anggota(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as c:
        return c.execute("SELECT id_individu, id_keluarga, nik, typeof(nik), hubungan FROM "
                         "anggota ORDER BY 1").fetchall()


@pytest.mark.parametrize("alamat", [True, False])
def test_lembar_individu_tersembunyi_di_samping_kepala_keluarga_diimpor(tmp_path, alamat):
    buku = xt.tulis(tmp_path / "P3KE 6172.xlsx", [
        ("Kepala Keluarga", [ml.KEPALA_2023, *ml.baris_kepala()]),
        ("Individu", [ml.INDIVIDU_2023, *ml.baris_individu()]),
        ("Rekap", REKAP)], awalan="x", alamat=alamat, tersembunyi=["Individu"])
    db_path = tmp_path / "t.db"
    r = _cli("--db", db_path, "import", buku)
    assert r.returncode == 0, r.stderr
    assert "3 keluarga, 5 anggota" in r.stdout
    assert "tersembunyi" not in r.stdout
    assert _anggota(db_path) == [
        ("006172000101", "0061720001", "6172011508800001", "text", "Kepala Keluarga"),
        ("006172000102", "0061720001", "6172015003850002", "text", "Istri/Suami"),
        ("006172000201", "0061720002", "6172014412700001", "text", "Kepala Keluarga"),
        ("006172000202", "0061720002", "6172010505950004", "text", "Anak"),
        ("006172000301", "0061720003", "6172022002600001", "text", "Kepala Keluarga")]


def test_tata_letak_2022_dua_lembar_individu_tersembunyi(tmp_path):
    buku = xt.tulis(tmp_path / "P3KE 2022.xlsx", [
        ("Rekap", REKAP),
        ("Keluarga", [ml.KELUARGA_2022, *ml.baris_keluarga_2022()]),
        ("Individu", [ml.INDIVIDU_2022, *ml.baris_individu_2022()])],
        tersembunyi=["Individu"])
    db_path = tmp_path / "t.db"
    r = _cli("--db", db_path, "import", buku)
    assert r.returncode == 0, r.stderr
    assert "tata letak 2022" in r.stdout and "3 keluarga, 5 anggota" in r.stdout
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT id_keluarga, kecamatan, desa FROM keluarga ORDER BY 1"
                         ).fetchall() == [("0061720001", "Singkawang Tengah", "Roban"),
                                          ("0061720002", "Singkawang Tengah", "Condong"),
                                          ("0061720003", "Singkawang Barat", "Pasiran")]
    assert len(_anggota(db_path)) == 5


def test_lembar_tersembunyi_sejenis_lembar_tampil_tetap_dilewati(tmp_path):
    """The earlier rule stands: a hidden Individu sheet beside a visible one is not imported,
    nor are two hidden Individu sheets of which none is shown (named in the summary)."""
    lama = ml.baris_individu()
    for b in lama:
        b[ml.INDIVIDU_2023.index("ID Individu")] += "X"
    buku = xt.tulis(tmp_path / "dua.xlsx", [
        ("Kepala Keluarga", [ml.KEPALA_2023, *ml.baris_kepala()]),
        ("Individu", [ml.INDIVIDU_2023, *ml.baris_individu()]),
        ("Individu lama", [ml.INDIVIDU_2023, *lama])],
        awalan="x", tersembunyi=["Individu", "Individu lama"])
    db_path = tmp_path / "t.db"
    r = _cli("--db", db_path, "import", buku)
    assert r.returncode == 0, r.stderr
    assert "3 keluarga, 0 anggota" in r.stdout
    assert ("Lembar tersembunyi berisi data P3KE tidak diimpor: dua.xlsx 'Individu', dua.xlsx "
            "'Individu lama'") in r.stdout


def _individu_bercacat() -> list[list]:
    """The Individu rows with one seeded defect per rule (p3ke-domain.md: NIK = region code,
    DDMMYY with 40 added to a woman's day, serial)."""
    h = ml.INDIVIDU_2023
    baris = ml.baris_individu()

    def ubah(b: list, **isi) -> list:
        b = list(b)
        for k, v in isi.items():
            b[h.index(k.replace("_", " "))] = v
        return b

    ahmad = baris[0]
    baru = [  # (ID Individu, Nama, NIK, lahir, kelamin, status kawin)
        ("006172000103", "Budi", "6172011508800001", dt.date(1980, 8, 15), "Laki-laki", "Kawin"),
        ("006172000104", "Dewi", "", dt.date(2005, 1, 1), "Perempuan", "Belum Kawin"),
        ("006172000105", "Rina", "6172014101050003", dt.date(2005, 2, 1), "Perempuan",
         "Belum Kawin"),
        ("006172000106", "Agus", "6172014203100004", dt.date(2010, 3, 2), "Laki-laki",
         "Belum Kawin"),
        ("006172000107", "Joko", 6172010101000005, dt.date(2000, 1, 1), "Laki-laki",
         "Belum Kawin"),
        ("006172000108", "Sri", "6172014507990006", dt.date(1999, 7, 5), "Perempuan",
         "Kawin Siri"),
        ("006172000109", "Tono", "6172011111110007", "31/02/2011", "Laki-laki", "Belum Kawin"),
    ]
    hasil = [ubah(baris[0]), ubah(baris[1], NIK="617201500385000"), ubah(baris[2]),
             ubah(baris[3], Hubungan_dengan_Kepala_Keluarga="Kepala Keluarga"),
             ubah(baris[4], Hubungan_dengan_Kepala_Keluarga="Anak",
                  Kode_Kemdagri="6172019999")]
    for idi, nama, nik, lahir, jk, kawin in baru:
        hasil.append(ubah(ahmad, ID_Individu=idi, Nama=nama, NIK=nik, Tanggal_Lahir=lahir,
                          Jenis_Kelamin=jk, Status_Kawin=kawin,
                          Hubungan_dengan_Kepala_Keluarga="Anak"))
    return hasil


def test_setiap_aturan_pada_cacat_yang_ditanam(tmp_path):
    kepala = ml.baris_kepala()
    kepala[2][ml.KEPALA_2023.index("Kode Kemdagri")] = "6172019999"
    buku = xt.tulis(tmp_path / "P3KE cacat.xlsx", [
        ("Kepala Keluarga", [ml.KEPALA_2023, *kepala]),
        ("Individu", [ml.INDIVIDU_2023, *_individu_bercacat()]),
        ("Rekap", REKAP)], awalan="x", tersembunyi=["Individu"])
    db_path = tmp_path / "t.db"
    assert _cli("--db", db_path, "import-wilayah", WILAYAH_61).returncode == 0
    r = _cli("--db", db_path, "import", buku)
    assert r.returncode == 0, r.stderr
    assert "3 keluarga, 12 anggota" in r.stdout
    j = _cli("--db", db_path, "check-data", "--json")
    assert j.returncode == 0
    temuan = json.loads(j.stdout)
    assert {(t["rule"], t["id_individu"] or t["id_keluarga"]) for t in temuan} >= {
        ("NIK_FORMAT", "006172000102"),
        ("NIK_GANDA", "006172000101"), ("NIK_GANDA", "006172000103"),
        ("NIK_KOSONG", "006172000104"),
        ("NIK_TGL_LAHIR", "006172000105"),
        ("NIK_JENIS_KELAMIN", "006172000106"),
        ("NIK_RUSAK_EXCEL", "006172000107"),
        ("KODE_TIDAK_DIKENAL", "006172000108"),
        ("TANGGAL_TIDAK_VALID", "006172000109"),
        ("KK_KEPALA_GANDA", "0061720002"),
        ("KK_TANPA_KEPALA", "0061720003"),
        ("WILAYAH_TIDAK_DIKENAL", "0061720003"),
    }
    assert all(set(t) >= {"rule", "id_keluarga", "id_individu", "message"} for t in temuan)
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT nik, typeof(nik), tanggal_lahir FROM anggota WHERE "
                         "id_individu = '006172000107'").fetchone() == (
            "6172010101000005", "text", "2000-01-01")
        assert c.execute("SELECT nik FROM anggota WHERE id_individu = '006172000102'"
                         ).fetchone() == ("617201500385000",)
