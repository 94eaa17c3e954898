"""Closing note 18 (section 8): which file may say a family is "tidak ada lagi di berkas P3KE
terakhir". Only a file that lists families (a Keluarga / Kepala Keluarga sheet, a BNBA
print) may, for the families of its desas it has no row for. An Individu file lists people:
its silence marks a family gone only when the family's people were last listed at least as
recently as the family; a family a Keluarga file brought alone, or listed again after its
people, stays, and its members the Individu file no longer holds are marked gone (then the
family is KK_TANPA_KEPALA). Both separate-command orders, files written with openpyxl and the
csv module."""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_K = ml.KEPALA_2023.index
KOL_I = ml.INDIVIDU_2023.index
KEEMPAT = "0061720004"
"""A fourth family in Roban (6172011001, the desa of the first)."""


def _kepala(dengan_keempat: bool = True, alamat: str = "Jl. Merdeka") -> list[list]:
    """The Kepala Keluarga rows; another ``alamat`` makes another file (the same file again
    is not imported twice)."""
    baris = ml.baris_kepala()
    for r in baris:
        r[KOL_K("Alamat")] = alamat
    if dengan_keempat:
        r = list(baris[0])
        r[KOL_K("ID Keluarga P3KE")] = KEEMPAT
        r[KOL_K("Nama Kepala Keluarga")] = "Yohanes Apui"
        r[KOL_K("NIK Kepala Keluarga")] = "6172011508800009"
        baris.append(r)
    return baris


def _individu(dengan_keempat: bool = True) -> list[list]:
    baris = ml.baris_individu()
    if dengan_keempat:
        r = list(baris[0])
        r[KOL_I("ID Keluarga P3KE")] = KEEMPAT
        r[KOL_I("ID Individu")] = "006172000401"
        r[KOL_I("Nama")] = "Yohanes Apui"
        r[KOL_I("NIK")] = "6172011508800009"
        baris.append(r)
    return baris


def _impor(db_path: Path, tmp_path: Path, nama: str, kepala: list | None = None,
           individu: list | None = None) -> str:
    berkas = []
    if kepala is not None:
        berkas.append(ml.xlsx(tmp_path / f"{nama}_kepala.xlsx", ml.KEPALA_2023, kepala,
                              lembar="Kepala Keluarga"))
    if individu is not None:
        berkas.append(ml.csv_berkas(tmp_path / f"{nama}_individu.csv", ml.INDIVIDU_2023,
                                    individu))
    hasil = cli(db_path, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output
    return " ".join(hasil.output.split())


def _keadaan(db_path: Path) -> tuple[dict, dict]:
    """``ada_di_sumber`` of every family and member."""
    with sdb.terbuka(db_path) as db:
        return (dict(db.execute("SELECT id_keluarga, ada_di_sumber FROM keluarga")),
                dict(db.execute("SELECT id_individu, ada_di_sumber FROM anggota")))


def _temuan(db_path: Path) -> list[tuple]:
    hasil = sorted((t["rule"], t["id_keluarga"]) for t in temuan_json(db_path))
    assert sorted((t["aturan"], t["id_keluarga"]) for t in temuan_semua_cara(db_path)) == hasil
    return hasil


def test_keluarga_saja_lalu_individu_tanpa_keluarganya(db_path, tmp_path):
    """The case of closing note 18: the family is a KK_TANPA_KEPALA, not also gone."""
    _impor(db_path, tmp_path, "k", kepala=_kepala())
    keluar = _impor(db_path, tmp_path, "i", individu=_individu(dengan_keempat=False))
    assert "tidak ada lagi di berkas 0;" in keluar
    keluarga, _anggota = _keadaan(db_path)
    assert keluarga[KEEMPAT] == 1
    assert _temuan(db_path) == [("KK_TANPA_KEPALA", KEEMPAT)]


def test_individu_lalu_keluarga_saja(db_path, tmp_path):
    """The other order, the same day (one release): the same KK_TANPA_KEPALA (closing note
    19), and the Kepala Keluarga file lists every family (none gone)."""
    _impor(db_path, tmp_path, "i", individu=_individu(dengan_keempat=False))
    keluar = _impor(db_path, tmp_path, "k", kepala=_kepala())
    assert "tidak ada lagi di berkas 0;" in keluar
    keluarga, _anggota = _keadaan(db_path)
    assert set(keluarga.values()) == {1}
    assert _temuan(db_path) == [("KK_TANPA_KEPALA", KEEMPAT)]


def test_individu_baru_tanpa_keluarga_yang_dibawanya_sendiri(db_path, tmp_path):
    """A newer Individu file without a family whose people it (or its pair) brought: gone, as
    before, with its member."""
    _impor(db_path, tmp_path, "v1", kepala=_kepala(), individu=_individu())
    keluar = _impor(db_path, tmp_path, "v2", individu=_individu(dengan_keempat=False))
    assert "tidak ada lagi di berkas 1;" in keluar
    keluarga, anggota = _keadaan(db_path)
    assert keluarga[KEEMPAT] == 0 and anggota["006172000401"] == 0
    assert _temuan(db_path) == []


def test_keluarga_didaftar_ulang_lalu_individu_tanpa_orangnya(db_path, tmp_path):
    """The Kepala Keluarga file listed the family again after its people were last listed;
    the newer Individu file has nobody of it: the family stays, its member is gone, and it is
    a KK_TANPA_KEPALA. The other order ends the same."""
    _impor(db_path, tmp_path, "v1", kepala=_kepala(), individu=_individu())
    _impor(db_path, tmp_path, "k2", kepala=_kepala(alamat="Jl. Pahlawan"))
    keluar = _impor(db_path, tmp_path, "i2", individu=_individu(dengan_keempat=False))
    assert "tidak ada lagi di berkas 0;" in keluar
    akhir = _keadaan(db_path)
    assert akhir[0][KEEMPAT] == 1 and akhir[1]["006172000401"] == 0
    assert _temuan(db_path) == [("KK_TANPA_KEPALA", KEEMPAT)]


def test_individu_tanpa_orangnya_lalu_keluarga_didaftar_ulang(db_path, tmp_path):
    _impor(db_path, tmp_path, "v1", kepala=_kepala(), individu=_individu())
    _impor(db_path, tmp_path, "i2", individu=_individu(dengan_keempat=False))
    keluarga, anggota = _keadaan(db_path)
    assert keluarga[KEEMPAT] == 0 and anggota["006172000401"] == 0
    _impor(db_path, tmp_path, "k2", kepala=_kepala(alamat="Jl. Pahlawan"))
    akhir = _keadaan(db_path)
    assert akhir[0][KEEMPAT] == 1 and akhir[1]["006172000401"] == 0
    assert _temuan(db_path) == [("KK_TANPA_KEPALA", KEEMPAT)]


def test_berkas_keluarga_tanpa_keluarganya_menandai_hilang(db_path, tmp_path):
    """A Kepala Keluarga file still says a family of its desas is gone."""
    _impor(db_path, tmp_path, "v1", kepala=_kepala(), individu=_individu())
    keluar = _impor(db_path, tmp_path, "k2", kepala=_kepala(dengan_keempat=False))
    assert "tidak ada lagi di berkas 1;" in keluar
    assert _keadaan(db_path)[0][KEEMPAT] == 0


def _bnba(dengan_keempat: bool = True, alamat: str = "Jl. Merdeka") -> list[list]:
    baris = ml.baris_bnba()
    if dengan_keempat:
        baris.append([len(baris) + 1, "6172011001", "Desa", "Jl. Merdeka", KEEMPAT, 1,
                      "Yohanes Apui", "6172011508800009", "15-08-1980", "LAKI-LAKI",
                      "KEPALA KELUARGA"])
    for r in baris:
        r[ml.BNBA.index("Alamat")] = alamat
    return baris


def test_cetakan_bnba_mendaftar_keluarga(db_path, tmp_path):
    """A BNBA print lists families: a family of its desas without a row there is gone, even
    when a Kepala Keluarga file listed it after its people."""
    assert cli(db_path, "import", ml.xlsx_bnba(tmp_path / "v1.xlsx", _bnba())).exit_code == 0
    _impor(db_path, tmp_path, "k2", kepala=_kepala(alamat="Jl. Pahlawan"))
    hasil = cli(db_path, "import", ml.xlsx_bnba(tmp_path / "v3.xlsx", _bnba(
        dengan_keempat=False, alamat="Jl. Sudirman")))
    assert hasil.exit_code == 0, hasil.output
    assert "tidak ada lagi di berkas 1;" in " ".join(hasil.output.split())
    keluarga, anggota = _keadaan(db_path)
    assert keluarga[KEEMPAT] == 0 and anggota[f"{KEEMPAT}-01"] == 0
