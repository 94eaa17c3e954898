"""'Pindah ke' told apart: a desa of this database (stored as its code, shown by name) or out
of the kabupaten (free text). Old free text survives the migration; the export, its recap, the
re-import and the visit documents read it the same way."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import dokumen, ekspor, impor_koreksi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah
from tests.conftest import cuplikan
from tests.lapangan import DESA, ID_KELUARGA, db_desa
from tests.unit.ekspor_data import VERIFIKATOR, salin

DESA_LAIN = "6172021001"  # Pasiran, Singkawang Barat: a desa of the demo's kabupaten


def _pindah(**kw) -> Verifikasi:
    return Verifikasi(status_verifikasi="PINDAH", tanggal_kunjungan="2026-11-20",
                      nama_verifikator="Ani", **kw)


@pytest.fixture
def db_v(templat_ekspor, tmp_path_factory):
    path = salin(templat_ekspor[0], tmp_path_factory.mktemp("db") / "uji.db")
    basis = sdb.buka(path)
    basis.peran = dict(templat_ekspor[1])
    yield basis
    basis.close()


def _idk(db, n: int) -> str:
    return db.execute("SELECT id_keluarga FROM verifikasi_keluarga WHERE status_verifikasi = "
                      "'BELUM' ORDER BY id_keluarga LIMIT 1 OFFSET ?", [n]).fetchone()[0]


def test_simpan_desa_atau_luar_kabupaten(db_v):
    dalam, luar, teks_kode = _idk(db_v, 0), _idk(db_v, 1), _idk(db_v, 2)
    sv.simpan(db_v, dalam, VERIFIKATOR, _pindah(pindah_ke_kode=DESA_LAIN), 0)
    sv.simpan(db_v, luar, VERIFIKATOR, _pindah(pindah_ke="Kab. Sanggau, Kalimantan Barat"), 0)
    # a desa code typed as text (a script, the old habit) is the desa
    sv.simpan(db_v, teks_kode, VERIFIKATOR, _pindah(pindah_ke=f" {DESA_LAIN} "), 0)
    v = {i: sv.muat(db_v, i).verifikasi for i in (dalam, luar, teks_kode)}
    assert (v[dalam].pindah_ke_kode, v[dalam].pindah_ke) == (DESA_LAIN, None)
    assert (v[luar].pindah_ke_kode, v[luar].pindah_ke) == (None,
                                                           "Kab. Sanggau, Kalimantan Barat")
    assert (v[teks_kode].pindah_ke_kode, v[teks_kode].pindah_ke) == (DESA_LAIN, None)
    audit = {r[0]: r[1] for r in db_v.execute(
        "SELECT kolom, nilai_baru FROM audit_log WHERE id_keluarga = ?", [dalam])}
    assert audit["pindah_ke_kode"] == DESA_LAIN


def test_isian_pindah_yang_salah_ditolak_tanpa_mengubah_apa_pun(db_v):
    idk = _idk(db_v, 0)
    sebelum = cuplikan(db_v)
    for v, pesan in (
            (_pindah(), "Pindah ke wajib diisi untuk status ini"),
            (_pindah(pindah_ke_kode="6104010001"),
             "Desa tujuan pindah 6104010001 tidak ada di wilayah basis data ini"),
            (_pindah(pindah_ke_kode="61720"), "harus kode desa/kelurahan 10 digit"),
            (_pindah(pindah_ke_kode=DESA_LAIN, pindah_ke="Kab. Sambas"), "tidak keduanya")):
        with pytest.raises(sv.PerubahanDitolak) as e:
            sv.simpan(db_v, idk, VERIFIKATOR, v, 0)
        assert pesan in str(e.value)
    assert cuplikan(db_v) == sebelum


def test_ekspor_rekap_impor_ulang_dan_dokumen(db_v, tmp_path):
    dalam, luar = _idk(db_v, 0), _idk(db_v, 1)
    sv.simpan(db_v, dalam, VERIFIKATOR, _pindah(pindah_ke_kode=DESA_LAIN), 0)
    sv.simpan(db_v, luar, VERIFIKATOR, _pindah(pindah_ke="Kab. Sanggau"), 0)
    path = tmp_path / "provinsi.xlsx"
    ekspor.ekspor(db_v, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="Uji pindah"),
                  VERIFIKATOR)
    wb = openpyxl.load_workbook(path, read_only=True)
    dk = list(wb["Data Keluarga"].iter_rows(values_only=True))
    rekap = list(wb["Rekap"].iter_rows(values_only=True))
    wb.close()
    kepala = list(dk[0])
    # the new columns come last: the province's columns keep their places
    assert kepala[-4:] == ["Kode temuan", "Jumlah anggota", "Kode desa tujuan pindah",
                           "Jenis pindah"]
    per_id = {b[0]: dict(zip(kepala, b, strict=True)) for b in dk[1:]}
    assert per_id[dalam]["Pindah ke"] == "Pasiran, Singkawang Barat (6172021001)"
    assert per_id[dalam]["Jenis pindah"] == "Pindah dalam kabupaten"
    assert (per_id[luar]["Pindah ke"], per_id[luar]["Kode desa tujuan pindah"],
            per_id[luar]["Jenis pindah"]) == ("Kab. Sanggau", None, "Pindah keluar kabupaten")
    kepala_r = list(rekap[0])
    assert kepala_r[-4:] == ["KK Pindah dalam kabupaten", "Jiwa Pindah dalam kabupaten",
                             "KK Pindah keluar kabupaten", "Jiwa Pindah keluar kabupaten"]
    assert kepala_r.index("% Disetujui") == len(kepala_r) - 5
    total = dict(zip(kepala_r, rekap[-1], strict=True))
    pindah = [b for b in per_id.values() if b["Status verifikasi"] == "Pindah"]
    assert total["KK Status Pindah"] == len(pindah) == (
        total["KK Pindah dalam kabupaten"] + total["KK Pindah keluar kabupaten"])
    assert total["KK Pindah keluar kabupaten"] == sum(
        1 for b in pindah if b["Jenis pindah"] == "Pindah keluar kabupaten")
    assert total["Jiwa Pindah dalam kabupaten"] == sum(
        b["Jumlah anggota"] for b in pindah if b["Jenis pindah"] == "Pindah dalam kabupaten")

    # the workbook comes back unchanged: no change; 'luar' edited to a desa by name: applied
    assert impor_koreksi.baca(db_v, path, VERIFIKATOR).keluarga == []
    wb = openpyxl.load_workbook(path)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(baris[luar], kolom["Pindah ke"]).value = "Pasiran (6172021001)"
    ws.cell(baris[dalam], kolom["Pindah ke"]).value = "Malaysia"
    wb.save(tmp_path / "ubah.xlsx")
    pratinjau = impor_koreksi.baca(db_v, tmp_path / "ubah.xlsx", VERIFIKATOR)
    ubah = {(k.id_keluarga, u.field, u.lama, u.baru) for k in pratinjau.keluarga
            for u in k.perubahan}
    assert ubah == {(luar, "pindah_ke", "Kab. Sanggau", None),
                    (luar, "pindah_ke_kode", None, DESA_LAIN),
                    (dalam, "pindah_ke", None, "Malaysia"),
                    (dalam, "pindah_ke_kode", DESA_LAIN, None)}
    impor_koreksi.terapkan(db_v, pratinjau, VERIFIKATOR)
    assert sv.muat(db_v, luar).verifikasi.pindah_ke_kode == DESA_LAIN
    assert sv.muat(db_v, dalam).verifikasi.pindah_ke == "Malaysia"

    kode_desa = db_v.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                             [luar]).fetchone()[0]
    ba = dokumen.berita_acara(db_v, dokumen.OpsiBeritaAcara(kode_desa), VERIFIKATOR)
    assert "pindah ke Pasiran, Singkawang Barat (6172021001)" in ba.teks_polos()


def test_migrasi_menyimpan_teks_lama(tmp_path):
    """A database from before the choice (user_version 9): a value that is exactly a desa code
    of its kabupaten moves to the new column; every other old text stays as it was."""
    path = db_desa(tmp_path, jumlah=4)
    with sdb.terbuka(path) as db:
        tertulis = {ID_KELUARGA[0]: DESA, ID_KELUARGA[1]: "Kab. Kubu Raya",
                    ID_KELUARGA[2]: "6104010001", ID_KELUARGA[3]: "Desa Kapur, Sungai Raya"}
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE verifikasi_keluarga DROP COLUMN pindah_ke_kode")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_pindah_ke_kode'")
        conn.execute("PRAGMA user_version = 9")
        for idk, teks in tertulis.items():
            conn.execute("UPDATE verifikasi_keluarga SET status_verifikasi = 'PINDAH', "
                         "pindah_ke = ? WHERE id_keluarga = ?", [teks, idk])
    conn.close()
    with sdb.terbuka(path) as db:
        hasil = {r[0]: (r[1], r[2]) for r in db.execute(
            "SELECT id_keluarga, pindah_ke, pindah_ke_kode FROM verifikasi_keluarga")}
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10
        assert swilayah.kode_desa_tujuan(db) >= {DESA}
    assert hasil[ID_KELUARGA[0]] == (None, DESA)
    assert hasil[ID_KELUARGA[1]] == ("Kab. Kubu Raya", None)
    assert hasil[ID_KELUARGA[2]] == ("6104010001", None)  # another kabupaten: stays text
    assert hasil[ID_KELUARGA[3]] == ("Desa Kapur, Sungai Raya", None)


def test_daftar_desa_tujuan_hanya_kabupaten_basis_data(db_v):
    daftar = dict(swilayah.daftar_desa_tujuan(db_v))
    assert daftar[DESA_LAIN] == "Pasiran, Singkawang Barat"
    assert all(k.startswith("6172") for k in daftar)
    assert len(daftar) > 20




def test_desa_tujuan_per_kode_sama_dengan_himpunannya(db_v):
    """The per-code check a save uses agrees with the whole set the form's list uses: the
    reference's desa of this kabupaten (with or without families) in, other kabupaten out."""
    semua = swilayah.kode_desa_tujuan(db_v)
    lain = [r[0] for r in db_v.execute(
        "SELECT kode FROM wilayah WHERE tingkat = 'desa_kelurahan' AND kode NOT LIKE '6172%' "
        "LIMIT 50")]
    assert lain
    dikenal = swilayah.DesaTujuan(db_v)
    assert all(k in dikenal for k in semua)
    assert not any(k in dikenal for k in lain)
    assert "617202" not in dikenal and None not in dikenal
