"""Acceptance (issue 5, re-import), driven as an outside tester does: P3KE files written with
openpyxl, the real console commands, a workbook edited with openpyxl as the province would in
Excel. A workbook exported before a family was saved in the application must not undo that
work: a field changed in the application and left as exported in the workbook keeps the newer
value; a field changed in both places keeps the family out and says where."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar

A, B, C = (k[0] for k in masukan_luar.KELUARGA)


def _jalan(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def kantor(tmp_path) -> tuple[Path, Path]:
    """A database imported from outside files and its by-name workbook, exported before
    anyone worked on the families."""
    db_path = tmp_path / "kantor.db"
    berkas = masukan_luar.pasangan_2023(tmp_path)
    hasil = _jalan("--db", str(db_path), "import", *map(str, berkas), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    buku = tmp_path / "prov.xlsx"
    hasil = _jalan("--db", str(db_path), "export", str(buku), "--dengan-nama", "--alasan",
                   "Koreksi provinsi", "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    return db_path, buku


def _simpan_di_aplikasi(db_path: Path, idk: str, **isian) -> None:
    """What the family form's Save does (storage.verifikasi.simpan with the loaded version)."""
    with sdb.terbuka(db_path) as db:
        d = sv.muat(db, idk)
        sv.simpan(db, idk, Pengguna("petugas", Peran.VERIFIKATOR),
                  replace(d.verifikasi, **isian), d.versi)


def _ubah_workbook(buku: Path, ubah: dict[str, dict[str, object]]) -> Path:
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        for judul, nilai in ubah.get(ws.cell(r, 1).value, {}).items():
            ws.cell(r, kolom[judul]).value = nilai
    keluar = buku.with_name("prov-koreksi.xlsx")
    wb.save(keluar)
    return keluar


def _verifikasi(db_path: Path, idk: str):
    with sdb.terbuka(db_path) as db:
        return sv.muat(db, idk).verifikasi


def test_workbook_lama_tidak_menimpa_pekerjaan_di_aplikasi(kantor):
    db_path, buku = kantor
    # After the export the office works on A and B in the application.
    _simpan_di_aplikasi(db_path, A, catatan="dari kunjungan lapangan")
    _simpan_di_aplikasi(db_path, B, status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                        tanggal_kunjungan="2026-11-20", nama_verifikator="Petugas")
    # The province edits the old workbook: A's note (changed in both places), B's note only
    # (B's status is left as exported: Belum diverifikasi), C's verification.
    koreksi = _ubah_workbook(buku, {
        A: {"Catatan": "catatan provinsi"},
        B: {"Catatan": "dicek provinsi"},
        C: {"Status verifikasi": "Ditemukan", "Kelayakan": "Layak",
            "Tanggal kunjungan": dt.datetime(2026, 11, 21), "Nama verifikator": "Prov"},
    })
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi", "--apply")
    assert hasil.exit_code == 0, hasil.output
    # A: named with sheet, row, column and both values; nothing of A applied.
    [baris_a] = [b for b in hasil.output.splitlines() if A in b and "Tidak diterapkan" in b]
    assert "Lembar Data Keluarga baris" in baris_a and "(Catatan)" in baris_a
    assert "diubah di aplikasi oleh petugas" in baris_a
    assert "'dari kunjungan lapangan'" in baris_a and "'catatan provinsi'" in baris_a
    assert _verifikasi(db_path, A).catatan == "dari kunjungan lapangan"
    # B: the application's status stays, the province's note is applied.
    vb = _verifikasi(db_path, B)
    assert (vb.status_verifikasi, vb.kelayakan, vb.catatan) == ("DITEMUKAN", "LAYAK",
                                                                 "dicek provinsi")
    # C: untouched in the application, applied from the workbook.
    vc = _verifikasi(db_path, C)
    assert (vc.status_verifikasi, vc.nama_verifikator) == ("DITEMUKAN", "Prov")
    assert "2 keluarga diperbarui" in hasil.output


def test_workbook_lama_tanpa_koreksi_tidak_mengubah_apa_pun(kantor):
    """Re-importing the untouched old workbook after work in the application is a no-op (it
    used to set A's note back to empty)."""
    db_path, buku = kantor
    _simpan_di_aplikasi(db_path, A, catatan="dari kunjungan lapangan")
    hasil = _jalan("--db", str(db_path), "reimport", str(buku), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    assert re.search(r"0 keluarga berubah \(0 isian\), 3 tanpa perubahan, 0 baris bermasalah",
                     hasil.output), hasil.output


def test_koreksi_kedua_dari_workbook_yang_sama_ditanyakan(kantor):
    """Fixing the same workbook and importing it again cannot be told from a second copy of the
    same export filled by someone else (two operators given the office's workbook): the value
    differing from what the first import brought is asked, naming that workbook, and applied
    once chosen. The unchanged workbook again changes nothing."""
    db_path, buku = kantor
    koreksi = _ubah_workbook(buku, {A: {"Catatan": "pertama"}})
    assert _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi",
                  "--apply").exit_code == 0
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi")
    assert "0 keluarga berubah (0 isian), 3 tanpa perubahan, 0 baris" in hasil.output
    koreksi = _ubah_workbook(buku, {A: {"Catatan": "kedua"}})
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert "diisi dari workbook prov-koreksi.xlsx (impor ulang oleh Budi" in hasil.output
    assert "1 keluarga berkonflik belum dipilih nilainya" in hasil.output
    assert _verifikasi(db_path, A).catatan == "pertama"
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi", "--apply",
                   "--pakai-workbook", A)
    assert hasil.exit_code == 0 and "1 keluarga diperbarui" in hasil.output, hasil.output
    assert _verifikasi(db_path, A).catatan == "kedua"


def test_baris_dengan_dua_masalah_dihitung_satu_baris(kantor):
    db_path, buku = kantor
    # Meninggal without visit date and verifier: two problems on one row.
    koreksi = _ubah_workbook(buku, {A: {"Status verifikasi": "Meninggal"}})
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.count("Tidak diterapkan:") == 2
    assert "1 baris bermasalah" in hasil.output, hasil.output


def test_nilai_panjang_dalam_pesan_dipotong(kantor):
    """A conflict quotes both values; a 30,000-character note is cut, not printed whole."""
    db_path, buku = kantor
    _simpan_di_aplikasi(db_path, A, catatan="dari kunjungan lapangan")
    koreksi = _ubah_workbook(buku, {A: {"Catatan": "x" * 30_000}})
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    [baris] = [b for b in hasil.output.splitlines() if A in b and "Tidak diterapkan" in b]
    assert len(baris) < 600 and "x" * 79 + "…'" in baris


def test_keluarga_dikembalikan_sesudah_ekspor_tetap_bisa_dikoreksi(kantor):
    """After the export the verifikator sent family A back (Persetujuan Dikembalikan, with a
    note). The old workbook still shows Draf and no note: that is the older state, not an edit
    of the approval, so the province's correction of A's note is applied (it was refused with
    'Persetujuan tidak bisa diubah lewat impor ulang')."""
    db_path, buku = kantor
    _simpan_di_aplikasi(db_path, A, status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                        tanggal_kunjungan="2026-11-20", nama_verifikator="Petugas")
    ver = Pengguna("kepala", Peran.VERIFIKATOR)
    with sdb.terbuka(db_path) as db:
        for aksi, catatan in (("AJUKAN", None), ("KEMBALIKAN", "Foto rumah belum ada")):
            sv.ubah_persetujuan(db, A, ver, aksi, sv.muat(db, A).versi, catatan)
    koreksi = _ubah_workbook(buku, {A: {"Catatan": "Foto dikirim provinsi"}})
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert "Tidak diterapkan" not in hasil.output and "1 keluarga diperbarui" in hasil.output
    v = _verifikasi(db_path, A)
    assert (v.persetujuan, v.catatan_pengembalian) == ("DIKEMBALIKAN", "Foto rumah belum ada")
    assert (v.status_verifikasi, v.catatan) == ("DITEMUKAN", "Foto dikirim provinsi")


def test_persetujuan_diubah_di_workbook_tetap_ditolak(kantor):
    """An approval typed into the workbook is still refused, naming the column."""
    db_path, buku = kantor
    koreksi = _ubah_workbook(buku, {A: {"Persetujuan": "Disetujui", "Catatan": "x"}})
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert "(Persetujuan)" in hasil.output and "tidak bisa diubah lewat impor ulang" in (
        hasil.output)
    assert _verifikasi(db_path, A).catatan is None


def test_workbook_tanpa_keterangan_diberi_peringatan(kantor):
    """The province copied Data Keluarga into a new workbook (no Keterangan sheet): the export
    time is unknown, so the preview warns that newer work in the application is overwritten."""
    db_path, buku = kantor
    koreksi = _ubah_workbook(buku, {A: {"Catatan": "dari provinsi"}})
    wb = openpyxl.load_workbook(koreksi)
    del wb["Keterangan"]
    wb.save(koreksi)
    hasil = _jalan("--db", str(db_path), "reimport", str(koreksi), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    assert "tidak memuat waktu ekspor (lembar Keterangan tidak ada)" in hasil.output
    utuh = _jalan("--db", str(db_path), "reimport", str(_ubah_workbook(buku, {})), "--user",
                  "Budi")
    assert "waktu ekspor" not in utuh.output


def test_baris_tanpa_id_dengan_isi_kolom_sumber_tetap_dilaporkan(kantor):
    """Only the verification columns are kept in memory while a workbook is read; a row whose
    ID was deleted but whose other columns are filled is still reported, naming its row."""
    db_path, buku = kantor
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = ws.max_row + 1
    ws.cell(baris, kolom["Nama Kepala Keluarga"]).value = "Keluarga tanpa ID"
    ws.cell(ws.max_row - 1, kolom["Catatan"]).value = "dicek provinsi"
    keluar = buku.with_name("tanpa-id.xlsx")
    wb.save(keluar)
    hasil = _jalan("--db", str(db_path), "reimport", str(keluar), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    assert f"Lembar Data Keluarga baris {baris}, kolom A (ID Keluarga P3KE): ID Keluarga " \
           "kosong" in hasil.output
    assert "1 keluarga berubah (1 isian)" in hasil.output
