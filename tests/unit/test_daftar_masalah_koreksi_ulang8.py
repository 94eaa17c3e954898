"""The re-import's problems list, complete (closing note 25): a workbook refused whole gives
its one reason and where (sheet, row, column) with the file's SHA-256; conflicts are in the
list with both values (NIKs masked) and the choice made. Workbooks broken by hand
(tests/koreksi_ulang8.py: openpyxl, msoffcrypto, LibreOffice headless), read back with
openpyxl."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah
from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.exchange.reader import sha256_berkas
from kalbar_desktop.storage import db as sdb
from tests import koreksi_ulang8 as ku
from tests.lapangan import ANAK, ID_KELUARGA, ISTRI, VERIFIKATOR, db_desa

AKAR = Path(__file__).resolve().parents[2]
ALASAN = "Masalah (alasan, nilai yang diharapkan)"


def _baca_daftar(path: Path) -> tuple[dict, list[dict]]:
    ws = openpyxl.load_workbook(path)[xmasalah.LEMBAR]
    kepala = {ws.cell(r, 1).value: ws.cell(r, 4).value for r in range(2, 7)}
    judul = [c.value for c in ws[xmasalah.BARIS_JUDUL]]
    baris = [dict(zip(judul, r, strict=True))
             for r in ws.iter_rows(min_row=xmasalah.BARIS_JUDUL + 1)]
    return kepala, baris


@pytest.mark.parametrize("kasus", list(ku.DITOLAK))
def test_workbook_ditolak_alasan_dan_tempatnya(tmp_path, kasus):
    buat, sandi, (lembar, baris, kolom, potongan) = ku.DITOLAK[kasus]
    kantor = db_desa(tmp_path)
    buku = buat(tmp_path)
    with sdb.terbuka(kantor) as db:
        sebelum = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        with pytest.raises(impor_koreksi.KesalahanImporKoreksi) as galat:
            impor_koreksi.baca(db, buku, VERIFIKATOR, sandi)
        e = galat.value
        assert (e.lembar, e.baris, e.kolom) == (lembar, baris, kolom)
        assert potongan in str(e) and e.sha256 == sha256_berkas(buku)
        daftar = xmasalah.dari_penolakan(buku, e, "Rina")
        tujuan = xmasalah.tulis(daftar, tmp_path / "m",
                                sebelum_dipasang=lambda: xmasalah.catat(db, daftar, "m.xlsx"))
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == sebelum + 1
    kepala, [b] = _baca_daftar(tujuan)
    assert kepala["Workbook"] == buku.name and kepala["Jumlah masalah"] == "1"
    assert kepala["SHA-256 (awal)"] == sha256_berkas(buku)[:16]
    assert (b["Lembar"].value, b["Baris"].value, b["Kolom"].value) == (lembar, baris, kolom)
    assert b["Masalah (alasan, nilai yang diharapkan)"].value == str(e)
    assert b["Jenis masalah"].value == "Workbook ditolak"
    assert b["Dipakai"].value is None


def test_konsol_workbook_libreoffice_ditolak_dengan_tempatnya(tmp_path):
    kantor = db_desa(tmp_path)
    buku = ku.tanpa_kolom_verifikasi_libreoffice(tmp_path)
    tujuan = tmp_path / "masalah.xlsx"
    hasil = subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(kantor), "reimport", str(buku),
         "--user", "Rina", "--masalah", str(tujuan)],
        capture_output=True, text=True, timeout=180, cwd=AKAR, env=dict(os.environ))
    assert hasil.returncode == 1  # refused, as before
    _kepala, [b] = _baca_daftar(tujuan)
    assert (b["Lembar"].value, b["Baris"].value, b["Kolom"].value) == (
        "Data Keluarga", 3, ku.KOLOM_VERIFIKASI)
    assert b["Masalah (alasan, nilai yang diharapkan)"].value in hasil.stderr


def _konflik(tmp_path: Path) -> tuple[Path, Path]:
    kantor = db_desa(tmp_path)
    return kantor, ku.konflik(tmp_path, kantor)


def test_konflik_dalam_daftar_dengan_kedua_nilai_dan_pilihan(tmp_path):
    kantor, buku = _konflik(tmp_path)
    with sdb.terbuka(kantor) as db:
        p = impor_koreksi.baca(db, buku, VERIFIKATOR)
    assert len(p.semua_konflik) == 2
    assert [m for m in p.masalah if m.jenis not in impor_koreksi.JENIS_KONFLIK] == []
    tujuan = xmasalah.tulis(xmasalah.dari_pratinjau(p, "Rina"), tmp_path / "belum.xlsx")
    _kepala, baris = _baca_daftar(tujuan)
    assert [(b["Lembar"].value, b["Baris"].value, b["Kolom"].value, b["ID Keluarga"].value,
             b["ID Individu"].value, b["Nilai di workbook"].value,
             b["Nilai di basis data"].value, b["Jenis masalah"].value, b["Dipakai"].value)
            for b in baris] == [
        ("Data Keluarga", 2, "Catatan", ku.K1, None, ku.CATATAN_LAPANGAN, ku.CATATAN_KANTOR,
         "Konflik", "Belum dipilih"),
        ("Data Anggota", 2, "NIK perbaikan (Siti Istri)", ku.K1, ISTRI, "617201******0077",
         "617201******0099", "Konflik", "Belum dipilih")]
    alasan = baris[0]["Masalah (alasan, nilai yang diharapkan)"].value
    assert "diubah di aplikasi oleh Ani" in alasan
    assert baris[1]["ID Individu"].data_type == "s"
    semua = " ".join(str(c.value) for r in openpyxl.load_workbook(tujuan).active.iter_rows()
                     for c in r)
    assert ku.NIK_KANTOR not in semua and ku.NIK_LAPANGAN not in semua

    # the choices are what the list says
    p.semua_konflik[0][1].pilihan = impor_koreksi.PAKAI_WORKBOOK
    p.semua_konflik[1][1].pilihan = impor_koreksi.PAKAI_BASIS
    _kepala, baris = _baca_daftar(xmasalah.tulis(xmasalah.dari_pratinjau(p, "Rina"),
                                                 tmp_path / "pilih.xlsx"))
    assert [b["Dipakai"].value for b in baris] == ["Pakai workbook", "Pakai basis data"]


def test_konsol_konflik_dengan_pilihan_di_daftar(tmp_path):
    kantor, buku = _konflik(tmp_path)
    tujuan = tmp_path / "masalah.xlsx"
    hasil = subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(kantor), "reimport", str(buku),
         "--user", "Rina", "--pakai-basis-data", ku.K1, "--masalah", str(tujuan)],
        capture_output=True, text=True, timeout=180, cwd=AKAR, env=dict(os.environ))
    assert hasil.returncode == 0, hasil.stderr
    _kepala, baris = _baca_daftar(tujuan)
    assert [(b["Jenis masalah"].value, b["Dipakai"].value) for b in baris] == [
        ("Konflik", "Pakai basis data")] * 2


def test_konflik_dicetak_dengan_nik_tersamar(tmp_path):
    kantor, buku = _konflik(tmp_path)
    with sdb.terbuka(kantor) as db:
        p = impor_koreksi.baca(db, buku, VERIFIKATOR)
    dok = xmasalah.dokumen(xmasalah.dari_pratinjau(p, "Rina"))
    tabel = dok.blok[-1]
    kepala = [k.judul for k in tabel.kolom]
    assert "Nilai di basis data" in kepala
    teks = [" | ".join(b[0].teks for b in baris) for baris in tabel.baris]
    assert "617201******0099" in teks[1] and "617201******0077" in teks[1]
    assert "Konflik (Dipakai: Belum dipilih)" in teks[0]
    assert not any(ku.NIK_KANTOR in t or ku.NIK_LAPANGAN in t for t in teks)
    assert ID_KELUARGA[0] in teks[0]


def test_baris_dihapus_disebut_satu_per_satu(tmp_path):
    """Family 6's rows and the child's row are gone: each is named by its IDs (the sheet's
    count alone told nobody which), in the preview and in the list."""
    kantor = db_desa(tmp_path)
    buku = ku.baris_dihapus(tmp_path)
    with sdb.terbuka(kantor) as db:
        p = impor_koreksi.baca(db, buku, VERIFIKATOR)
    assert p.keluarga_hilang == [(ID_KELUARGA[5], "Kepala 6")]
    assert p.anggota_hilang == [(ku.K1, ANAK, "Dodi Anak")]
    assert "1 keluarga dan 1 anggota yang ada di workbook saat diekspor tidak punya baris" in \
        p.pesan()
    _kepala, baris = _baca_daftar(xmasalah.tulis(xmasalah.dari_pratinjau(p, "Rina"),
                                                 tmp_path / "m.xlsx"))
    assert [(b["Lembar"].value, b["ID Keluarga"].value, b["ID Individu"].value,
             b["Jenis masalah"].value) for b in baris] == [
        ("Data Keluarga", ID_KELUARGA[5], None, "Baris dihapus dari workbook"),
        ("Data Anggota", ku.K1, ANAK, "Baris dihapus dari workbook")]
    assert "Kepala 6" in baris[0][ALASAN].value and "Dodi Anak" in baris[1][ALASAN].value
    assert baris[1]["ID Individu"].data_type == "s"


@pytest.mark.parametrize("kasus", ["wilayah_lain", "bertambah", "tanpa_wilayah"])
def test_baris_dihapus_hanya_disebut_bila_pasti(tmp_path, kasus):
    """What the workbook held is read from this database only when its families in the
    workbook's region are as many as were exported (all of them, or those made here before
    the export): another region, or families added since with no way to tell them, leave the
    count alone; a workbook not saying its region is compared with the whole database."""
    kantor = db_desa(tmp_path, jumlah=7 if kasus == "bertambah" else 6)
    wilayah = {"wilayah_lain": "Kelurahan Lain (6172011002)", "tanpa_wilayah": None}.get(
        kasus, "Kelurahan Contoh (6172011001)")
    buku = ku.baris_dihapus(tmp_path, wilayah)
    with sdb.terbuka(kantor) as db:
        p = impor_koreksi.baca(db, buku, VERIFIKATOR)
    assert p.baris_hilang == 1
    if kasus == "tanpa_wilayah":
        assert p.keluarga_hilang == [(ID_KELUARGA[5], "Kepala 6")]
        return
    assert p.keluarga_hilang == [] and p.anggota_hilang == []
    [b] = [b for b in xmasalah.dari_pratinjau(p, "Rina").butir if b.jenis == "BARIS_DIHAPUS"]
    assert b.id_keluarga is None and "saat diekspor 6" in b.pesan


def test_baris_dihapus_keluarga_sesudah_ekspor_tidak_disebut(tmp_path):
    """A family imported here after the export is not among the workbook's: with the export's
    time the six exported are told from it, and only family 6 is named."""
    kantor = db_desa(tmp_path, jumlah=7)
    with sdb.terbuka(kantor) as db:
        db.execute("UPDATE keluarga SET dibuat_pada = '2026-12-01T08:00:00+07:00' "
                   "WHERE id_keluarga = '0061729007'")
        db.execute("UPDATE anggota SET dibuat_pada = '2026-12-01T08:00:00+07:00' "
                   "WHERE id_keluarga = '0061729007'")
    buku = ku.baris_dihapus(tmp_path, waktu=dt.datetime(2026, 11, 30, 9, 0))
    with sdb.terbuka(kantor) as db:
        p = impor_koreksi.baca(db, buku, VERIFIKATOR)
    assert p.keluarga_hilang == [(ID_KELUARGA[5], "Kepala 6")]
    assert p.anggota_hilang == [(ku.K1, ANAK, "Dodi Anak")]


def test_konsol_baris_dihapus(tmp_path):
    kantor = db_desa(tmp_path)
    buku = ku.baris_dihapus(tmp_path)
    hasil = subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(kantor), "reimport", str(buku),
         "--user", "Rina", "--json"],
        capture_output=True, text=True, timeout=180, cwd=AKAR, env=dict(os.environ))
    assert hasil.returncode == 0, hasil.stderr
    keluaran = json.loads(hasil.stdout)
    assert keluaran["keluarga_hilang"] == [{"id_keluarga": ID_KELUARGA[5],
                                            "nama_kepala": "Kepala 6"}]
    assert keluaran["anggota_hilang"] == [{"id_keluarga": ku.K1, "id_individu": ANAK,
                                           "nama": "Dodi Anak"}]
