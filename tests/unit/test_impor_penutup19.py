"""Import leftovers of closing note 19 (section 9), with files written by openpyxl and the csv
module, imported through the console:

- a family in the Keluarga file and absent from the same release's Individu file is a
  KK_TANPA_KEPALA whichever of the two separate commands came first (imports of one day count
  as one release); an Individu file of an earlier day says nothing about a newer family;
- a Keluarga file listing such a family again does not end its KK_TANPA_KEPALA (a family file
  says nothing about members);
- an Individu file imported later keeps the NIK Kepala Keluarga the family file gave (and the
  head's columns with it): NIK_KEPALA_BERBEDA stays; a family row that came from members'
  rows follows the newer Individu file.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_K = ml.KEPALA_2023.index
KOL_I = ml.INDIVIDU_2023.index
KEEMPAT = "0061720004"
"""A fourth family in Roban (6172011001, the desa of the first), in the Kepala Keluarga file
only."""
PESAN_RILIS = ("Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, dari rilis P3KE "
               "yang sama dengan data keluarga ini atau lebih baru (Dimuktakhirkan Tahun), tidak "
               "memuat keluarga ini, juga tidak kepala keluarganya")
"""KK_TANPA_KEPALA of a family absent from a later import's Individu file: the files carry
their release, which decides (impor10; the same-day rule only for files without one)."""
NIK_LAIN = "6172011508800002"
NIK_AHMAD = "6172011508800001"


def _kepala(alamat: str = "Jl. Merdeka", nik_keluarga1: str | None = None) -> list[list]:
    baris = ml.baris_kepala()
    for r in baris:
        r[KOL_K("Alamat")] = alamat
    if nik_keluarga1 is not None:
        baris[0][KOL_K("NIK Kepala Keluarga")] = nik_keluarga1
        baris[0][KOL_K("Nama Kepala Keluarga")] = "Ahmad Yani bin Umar"
    r = list(baris[0])
    r[KOL_K("ID Keluarga P3KE")] = KEEMPAT
    r[KOL_K("Nama Kepala Keluarga")] = "Yohanes Apui"
    r[KOL_K("NIK Kepala Keluarga")] = "6172011508800009"
    return [*baris, r]


def individu_dengan_keempat() -> list[list]:
    """The Individu rows with the fourth family's head (Yohanes Apui) as well."""
    baris = ml.baris_individu()
    r = list(baris[0])
    r[KOL_I("ID Keluarga P3KE")] = KEEMPAT
    r[KOL_I("ID Individu")] = "006172000401"
    r[KOL_I("Nama")] = "Yohanes Apui"
    r[KOL_I("NIK")] = "6172011508800009"
    return [*baris, r]


def _impor(db_path: Path, *berkas) -> str:
    hasil = cli(db_path, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output
    return " ".join(hasil.output.split())


def _berkas_kepala(tmp_path: Path, nama: str, **ubah) -> Path:
    return ml.xlsx(tmp_path / f"{nama}.xlsx", ml.KEPALA_2023, _kepala(**ubah),
                   lembar="Kepala Keluarga")


def _berkas_individu(tmp_path: Path, nama: str, baris: list[list] | None = None) -> Path:
    return ml.csv_berkas(tmp_path / f"{nama}.csv", ml.INDIVIDU_2023,
                         ml.baris_individu() if baris is None else baris)


def _tanpa_kepala(db_path: Path) -> list[tuple]:
    hasil = [(t["id_keluarga"], t["message"]) for t in temuan_json(db_path)
             if t["rule"] == "KK_TANPA_KEPALA"]
    semua = [(t["id_keluarga"], t["pesan"]) for t in temuan_semua_cara(db_path)
             if t["aturan"] == "KK_TANPA_KEPALA"]
    assert semua == hasil
    with sdb.terbuka(db_path) as db:  # the form's check of the stored values agrees
        for idk in {i for i, _p in hasil} | {KEEMPAT}:
            keluarga = next(db.query("SELECT * FROM keluarga WHERE id_keluarga = ?", [idk]),
                            None)
            if keluarga is None:
                continue
            anggota = list(db.query("SELECT * FROM anggota WHERE id_keluarga = ?", [idk]))
            form = [(idk, t.pesan) for t in stemuan.periksa_keluarga_sementara(
                db, keluarga, anggota) if t.aturan == "KK_TANPA_KEPALA"]
            assert form == [h for h in hasil if h[0] == idk]
    return hasil


def _geser_impor_ke_kemarin(db_path: Path) -> None:
    """The last import as if made the day before (another release, imported earlier)."""
    with sdb.terbuka(db_path) as db:
        db.execute("UPDATE impor SET waktu = '2020-01-02T09:00:00+07:00' "
                   "WHERE id = (SELECT max(id) FROM impor)")
        db.execute("UPDATE keluarga SET dibuat_pada = '2020-01-02T09:00:01+07:00'")
        db.conn.commit()


def test_rilis_sama_keluarga_dulu(db_path, tmp_path):
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    _impor(db_path, _berkas_individu(tmp_path, "individu"))
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]


def test_rilis_sama_individu_dulu(db_path, tmp_path):
    """The other order of the same two files, the same day: the same finding (it was none)."""
    _impor(db_path, _berkas_individu(tmp_path, "individu"))
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]


def test_individu_hari_sebelumnya_tidak_berkata_apa_pun(db_path, tmp_path):
    """An Individu file imported on an earlier day (an older release) than the family says
    nothing about it; the next Individu file without it does."""
    lama = ml.baris_individu()
    for r in lama:  # the older release (impor10: the release decides where files carry one)
        r[KOL_I("Dimuktakhirkan Tahun")] = 2022
    _impor(db_path, _berkas_individu(tmp_path, "individu", lama))
    _geser_impor_ke_kemarin(db_path)
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    assert _tanpa_kepala(db_path) == []
    _impor(db_path, _berkas_individu(tmp_path, "individu2", ml.baris_individu()[:-1]))
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]


def test_berkas_keluarga_lagi_tidak_menghapus_temuan(db_path, tmp_path):
    """Closing note 19: a Keluarga-only re-import, later, listing the family again, cleared
    the finding (it counted as newer than the Individu file)."""
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    _impor(db_path, _berkas_individu(tmp_path, "individu"))
    _geser_impor_ke_kemarin(db_path)
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]
    keluar = _impor(db_path, _berkas_kepala(tmp_path, "kepala2", alamat="Jl. Pahlawan"))
    assert "Keluarga baru 0, berubah 4" in keluar
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]
    # its people in a newer Individu file end it
    _impor(db_path, _berkas_individu(tmp_path, "individu3", individu_dengan_keempat()))
    assert _tanpa_kepala(db_path) == []


def _keluarga1(db_path: Path) -> tuple:
    with sdb.terbuka(db_path) as db:
        return db.execute("SELECT nik_kepala, nama_kepala FROM keluarga "
                          "WHERE id_keluarga = '0061720001'").fetchone()


def _berbeda(db_path: Path) -> list[tuple]:
    hasil = [(t["id_keluarga"], t["value"]) for t in temuan_json(db_path)
             if t["rule"] == "NIK_KEPALA_BERBEDA"]
    assert [(t["id_keluarga"], t["nilai"]) for t in temuan_semua_cara(db_path)
            if t["aturan"] == "NIK_KEPALA_BERBEDA"] == hasil
    return hasil


def test_individu_sesudahnya_tidak_menimpa_nik_kepala_berkas_keluarga(db_path, tmp_path):
    """Closing note 19: the Individu file imported later gave the family row its head's NIK,
    and NIK_KEPALA_BERBEDA disappeared."""
    _impor(db_path, _berkas_kepala(tmp_path, "kepala", nik_keluarga1=NIK_LAIN))
    _impor(db_path, _berkas_individu(tmp_path, "individu"))
    assert _keluarga1(db_path) == (NIK_LAIN, "Ahmad Yani bin Umar")
    assert _berbeda(db_path) == [("0061720001", NIK_LAIN)]
    # a newer Individu file alone: still the family file's NIK
    _impor(db_path, ml.xlsx(tmp_path / "individu2.xlsx", ml.INDIVIDU_2023,
                            ml.baris_individu(), lembar="Individu"))
    assert _keluarga1(db_path) == (NIK_LAIN, "Ahmad Yani bin Umar")
    assert _berbeda(db_path) == [("0061720001", NIK_LAIN)]


def test_baris_keluarga_dari_individu_mengikuti_kepala_baru(db_path, tmp_path):
    """Without a family file the family row came from the Individu file's head: a newer
    Individu file with another head (the wife, after the husband died) replaces it, with no
    NIK_KEPALA_BERBEDA."""
    _impor(db_path, _berkas_individu(tmp_path, "individu"))
    assert _keluarga1(db_path) == (NIK_AHMAD, "Ahmad Yani")
    baris = [r for r in ml.baris_individu() if r[KOL_I("ID Individu")] != "006172000101"]
    siti = next(r for r in baris if r[KOL_I("ID Individu")] == "006172000102")
    siti[KOL_I("Hubungan dengan Kepala Keluarga")] = "Kepala Keluarga"
    _impor(db_path, _berkas_individu(tmp_path, "individu2", baris))
    assert _keluarga1(db_path) == (siti[KOL_I("NIK")], "Siti Aminah")
    assert _berbeda(db_path) == []


def test_ringkasan_dan_laporan_menyebut_keluarga_tetap(db_path, tmp_path):
    """Closing note 19: an Individu file alone left a family in place (its member gone, the
    family KK_TANPA_KEPALA) without a word in the summary. The summary says how many, which
    and why; the report written with the import lists them."""
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"),
           _berkas_individu(tmp_path, "individu", individu_dengan_keempat()))
    _impor(db_path, _berkas_kepala(tmp_path, "kepala2", alamat="Jl. Pahlawan"))
    laporan = tmp_path / "laporan.xlsx"
    keluar = _impor(db_path, _berkas_individu(tmp_path, "individu2"), "--laporan", laporan)
    assert ("anggota baru 0, berubah 0, tidak ada lagi 1." in keluar)
    assert ("1 keluarga di desa berkas ini tidak punya baris di berkas Individu, tetapi tetap "
            "ada (ID Keluarga 0061720004): berkas Individu mendaftar orang, bukan keluarga, "
            "jadi tidak menandai keluarga \"tidak ada lagi\". 1 anggotanya yang tidak ada di "
            "berkas dihitung \"tidak ada lagi\", dan keluarga itu kini tanpa Kepala Keluarga "
            "(temuan KK_TANPA_KEPALA).") in keluar
    assert [(t["rule"], t["id_keluarga"]) for t in temuan_json(db_path)] == [
        ("KK_TANPA_KEPALA", KEEMPAT)]

    wb = load_workbook(laporan, read_only=True)
    # the Individu file brings back the address Jl. Merdeka: families changed (impor13)
    assert wb.sheetnames == ["Ringkasan", "Temuan", "Keluarga tetap", "Keluarga berubah"]
    tetap = list(wb["Keluarga tetap"].iter_rows(values_only=True))
    assert tetap[0][:5] == ("ID Keluarga", "Nama Kepala Keluarga", "Kode Kemdagri",
                            "Desa/Kelurahan", "Anggota tidak ada lagi")
    assert [(b[0], b[1], b[2], b[4]) for b in tetap[1:]] == [
        (KEEMPAT, "Yohanes Apui", "6172011001", 1)]
    assert "berkas Individu mendaftar orang" in tetap[1][5]
    wb.close()

    # the report written later, without the import, has no such sheet
    lagi = tmp_path / "lagi.xlsx"
    assert cli(db_path, "report-temuan", lagi).exit_code == 0
    wb = load_workbook(lagi, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Temuan"]
    wb.close()


def test_keluarga_tetap_tanpa_anggota_juga_disebut(db_path, tmp_path):
    """A family a Keluarga file brought alone, absent from the next Individu file: the summary
    names it too, with no member counted."""
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    keluar = _impor(db_path, _berkas_individu(tmp_path, "individu"))
    assert ("1 keluarga di desa berkas ini tidak punya baris di berkas Individu, tetapi tetap "
            "ada (ID Keluarga 0061720004)") in keluar
    assert ("Keluarga itu tidak punya anggota di basis data, jadi tanpa Kepala Keluarga "
            "(temuan KK_TANPA_KEPALA). Impor berkas Keluarga dari rilis yang sama") in keluar


KEPALA_KK = [*ml.KEPALA_2023, "No KK"]
"""The 2023 Kepala Keluarga sheet with a No KK column (an office's own copy)."""
INDIVIDU_KK = [*ml.INDIVIDU_2023, "Nomor KK"]
NO_KK = {"0061720001": "6172011508800001", "0061720002": "6172014412700001"}
PESAN_KK = ("No KK kosong (berkas sumber punya kolom No KK, sel keluarga ini kosong); minta No "
            "KK keluarga ini ke Dukcapil atau lihat kartu KK saat kunjungan")


def _no_kk(db_path: Path) -> list[tuple]:
    hasil = [(t["id_keluarga"], t["column"], t["value"], t["message"])
             for t in temuan_json(db_path) if t["rule"] == "NO_KK_KOSONG"]
    assert [(t["id_keluarga"], t["kolom"], t["nilai"], t["pesan"])
            for t in temuan_semua_cara(db_path) if t["aturan"] == "NO_KK_KOSONG"] == hasil
    return hasil


def test_no_kk_kosong_di_berkas_berkolom_no_kk(db_path, tmp_path):
    """Closing note 19: an empty No KK cell had no finding even where the file has a No KK
    column (an office's copy, the 2022 layouts). Decided per file: the portal's files, without
    the column, give none."""
    baris = ml.baris_kepala()
    for r in baris:
        r.append(NO_KK.get(r[0]))  # the third family's cell left empty (None: no value)
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", KEPALA_KK, baris, lembar="Kepala Keluarga")
    _impor(db_path, kepala, _berkas_individu(tmp_path, "individu"))
    assert _no_kk(db_path) == [("0061720003", "no_kk", None, PESAN_KK)]
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT id_keluarga, no_kk_bentuk FROM keluarga WHERE no_kk_bentuk "
                          "IS NOT NULL").fetchall() == [("0061720003", "kosong")]

    # the form's check says the same until a real No KK is typed and saved
    with sdb.terbuka(db_path) as db:
        data = sv.muat(db, "0061720003")
        form = stemuan.periksa_keluarga_sementara(db, {**data.nilai, "id_keluarga": "0061720003"},
                                                  [dict(a) for a in data.anggota])
        assert [(t.aturan, t.pesan) for t in form] == [("NO_KK_KOSONG", PESAN_KK)]
        form = stemuan.periksa_keluarga_sementara(
            db, {**data.nilai, "id_keluarga": "0061720003", "no_kk": "6172022002600001"},
            [dict(a) for a in data.anggota])
        assert form == []
        sv.simpan(db, "0061720003", Pengguna("Ani", Peran.VERIFIKATOR), Verifikasi(),
                  data.versi, koreksi={"no_kk": "6172022002600001"})
    assert _no_kk(db_path) == []


def test_no_kk_kosong_ikut_berkas_terakhir(db_path, tmp_path):
    """A Keluarga file from the portal (no No KK column) imported after it: its empty No KK
    says nothing, and the finding goes; an Individu file without the column keeps it."""
    baris = ml.baris_kepala()
    for r in baris:
        r.append(NO_KK.get(r[0]))
    _impor(db_path, ml.csv_berkas(tmp_path / "kepala.csv", KEPALA_KK, baris))
    assert [t[0] for t in _no_kk(db_path)] == ["0061720003"]
    _impor(db_path, _berkas_individu(tmp_path, "individu"))
    assert [t[0] for t in _no_kk(db_path)] == ["0061720003"]
    _impor(db_path, _berkas_kepala(tmp_path, "portal"))
    assert _no_kk(db_path) == []


def test_no_kk_kosong_dari_berkas_individu_berkolom_no_kk(db_path, tmp_path):
    """An Individu file with a No KK column and no Keluarga file: a family none of whose
    members' rows has a No KK; a member's row with one fills the family's."""
    baris = ml.baris_individu()
    for r in baris:
        # the second family's No KK only on its second member's row
        r.append(NO_KK["0061720002"] if r[KOL_I("ID Individu")] == "006172000202"
                 else NO_KK.get(r[0]) if r[0] == "0061720001" else "")
    _impor(db_path, ml.xlsx(tmp_path / "individu.xlsx", INDIVIDU_KK, baris, lembar="Individu"))
    assert [(t[0], t[3]) for t in _no_kk(db_path)] == [("0061720003", PESAN_KK)]
    with sdb.terbuka(db_path) as db:
        assert dict(db.execute("SELECT id_keluarga, no_kk FROM keluarga")) == {
            **NO_KK, "0061720003": None}


def test_file_portal_tanpa_kolom_no_kk_tanpa_temuan(db_path, tmp_path):
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"), _berkas_individu(tmp_path, "individu"))
    assert _no_kk(db_path) == []
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM keluarga WHERE no_kk_bentuk IS NOT NULL"
                          ).fetchone()[0] == 0


def test_no_kk_kosong_di_cetakan_bnba_dan_keluarga_2022(db_path, tmp_path):
    """A BNBA print under a title block and a 2022 Keluarga workbook, each with a No KK
    column (NIKs and No KKs as number cells, as Excel keeps them)."""
    baris = ml.baris_bnba()
    for r in baris:  # the first family's No KK on its head's row only, the others empty
        r.append(int(NO_KK["0061720001"]) if r[6] == "Ahmad Yani" else None)
    bnba = ml.xlsx(tmp_path / "bnba.xlsx", [*ml.BNBA, "No KK"], baris, lembar="BNBA",
                   judul=("DAFTAR BY NAME BY ADDRESS P3KE", "", ""))
    _impor(db_path, bnba)
    assert [t[0] for t in _no_kk(db_path)] == ["0061720002", "0061720003"]

    keluarga = ml.baris_keluarga_2022()
    for r in keluarga:
        r.append(NO_KK.get(r[0], ""))
    _impor(db_path, ml.xlsx(tmp_path / "keluarga_2022.xlsx", [*ml.KELUARGA_2022, "No KK"],
                            keluarga, lembar="Keluarga"))
    assert [t[0] for t in _no_kk(db_path)] == ["0061720003"]
