"""The re-import window's problems list, complete (closing note 25): a workbook refused whole
enables Simpan daftar masalah / Cetak daftar masalah with its one reason and where; the
conflicts of ``reimportConflicts`` are in the saved and printed list with both values (NIKs
masked) and the choice made; every Alt+letter of the window does one thing, in Indonesian and
English. Workbooks written by hand (tests/koreksi_ulang8.py), lists read back with openpyxl and
pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah
from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.exchange.reader import sha256_berkas
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from tests import koreksi_ulang8 as ku
from tests.lapangan import ANAK, ID_KELUARGA, ISTRI, db_desa
from tests.ui.test_mnemonik_unik_jendela6_ui import bentrok, mnemonik

ALASAN = "Masalah (alasan, nilai yang diharapkan)"


def _jendela(qtbot, kantor: Path) -> QDialog:
    w = create_main_window(kantor, user="Rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    w.findChild(type(w.aksi_keluar), "aksiImporKoreksi").trigger()
    return w.findChild(QDialog, "reimportDialog")


def _baca(qtbot, d: QDialog, buku: Path, sandi: str | None = None) -> None:
    d.berkas.setText(str(buku))
    d.sandi.setText(sandi or "")
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)


def _simpan(qtbot, d: QDialog, tujuan: Path) -> list[dict]:
    d.simpan_masalah(tujuan)
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert tujuan.exists(), d.status.text()
    ws = openpyxl.load_workbook(tujuan)[xmasalah.LEMBAR]
    judul = [c.value for c in ws[xmasalah.BARIS_JUDUL]]
    return [dict(zip(judul, r, strict=True))
            for r in ws.iter_rows(min_row=xmasalah.BARIS_JUDUL + 1, values_only=True)]


def _tombol(d) -> tuple[QPushButton, QPushButton]:
    return (d.findChild(QPushButton, "koreksiSimpanMasalah"),
            d.findChild(QPushButton, "koreksiCetakMasalah"))


def test_workbook_ditolak_daftarnya_bisa_disimpan_dan_dicetak(qtbot, tmp_path):
    kantor = db_desa(tmp_path)
    d = _jendela(qtbot, kantor)
    simpan, cetak = _tombol(d)
    for i, (nama, (buat, sandi, (lembar, baris, kolom, potongan))) in enumerate(
            ku.DITOLAK.items()):
        folder = tmp_path / nama
        folder.mkdir()
        buku = buat(folder)
        _baca(qtbot, d, buku, sandi)
        alasan = d.status.text()
        assert potongan in alasan and d.pratinjau is None, nama
        assert simpan.isEnabled() and cetak.isEnabled(), nama
        assert d.judul_masalah.text().startswith("Workbook ditolak seluruhnya"), nama
        assert d.model_masalah.rowCount() == 1
        assert d.model_masalah.index(0, 3).data() == alasan
        [b] = _simpan(qtbot, d, folder / "masalah.xlsx")
        assert (b["Lembar"], b["Baris"], b["Kolom"], b[ALASAN], b["Jenis masalah"]) == (
            lembar, baris, kolom, alasan, "Workbook ditolak"), nama
        ws = openpyxl.load_workbook(folder / "masalah.xlsx")[xmasalah.LEMBAR]
        assert ws.cell(3, 4).value == sha256_berkas(buku)[:16]
        with sdb.terbuka(kantor) as db:
            assert db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'EKSPOR'"
                              ).fetchone()[0] == i + 1
    # printed: the reason and where
    pdf = tmp_path / "ditolak.pdf"
    d.cetak_masalah(pdf)
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Workbook ditolak: Kata sandi salah untuk berkas bersandi.xlsx." in " ".join(
        teks.split())
    d.resize(1000, 640)
    d.grab().save(str(tmp_path / "ditolak.png"))
    subprocess.run(["cp", str(tmp_path / "ditolak.png"), "/tmp/ulang8-ditolak.png"],
                   check=False)

    # with the password the same workbook is read: the table's heading and list are its own
    _baca(qtbot, d, tmp_path / "sandi_salah" / "bersandi.xlsx", ku.SANDI)
    assert d.pratinjau is not None
    assert d.judul_masalah.text() == "Baris atau isian yang tidak diterapkan:"
    assert not simpan.isEnabled()  # nothing to list: all rows as in the database
    d.reject()


def test_konflik_dalam_daftar_dan_pilihannya(qtbot, tmp_path):
    kantor = db_desa(tmp_path)
    buku = ku.konflik(tmp_path, kantor)
    d = _jendela(qtbot, kantor)
    _baca(qtbot, d, buku)
    assert d.model_konflik.rowCount() == 2 and d.model_masalah.rowCount() == 0
    simpan, cetak = _tombol(d)
    assert simpan.isEnabled() and cetak.isEnabled()  # conflicts only: still a list
    baris = _simpan(qtbot, d, tmp_path / "belum.xlsx")
    assert [(b["Kolom"], b["ID Individu"], b["Nilai di workbook"], b["Nilai di basis data"],
             b["Jenis masalah"], b["Dipakai"]) for b in baris] == [
        ("Catatan", None, ku.CATATAN_LAPANGAN, ku.CATATAN_KANTOR, "Konflik", "Belum dipilih"),
        ("NIK perbaikan (Siti Istri)", ISTRI, "617201******0077", "617201******0099",
         "Konflik", "Belum dipilih")]
    # the choices made in the table are the list's
    d.pilih_konflik(impor_koreksi.PAKAI_WORKBOOK, [0])
    d.pilih_konflik(impor_koreksi.PAKAI_BASIS, [1])
    assert [d.model_konflik.index(r, 6).data() for r in range(2)] == ["Workbook", "Basis data"]
    baris = _simpan(qtbot, d, tmp_path / "dipilih.xlsx")
    assert [b["Dipakai"] for b in baris] == ["Pakai workbook", "Pakai basis data"]
    pdf = tmp_path / "konflik.pdf"
    d.cetak_masalah(pdf)
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "617201******0099" in teks and "617201******0077" in teks
    assert ku.NIK_KANTOR not in teks and ku.NIK_LAPANGAN not in teks
    assert "Pakai basis data" in " ".join(teks.split())
    d.resize(1000, 640)
    d.grab().save(str(tmp_path / "konflik.png"))
    subprocess.run(["cp", str(tmp_path / "konflik.png"), "/tmp/ulang8-konflik.png"],
                   check=False)
    d.reject()


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_alt_huruf_sekali_saja(qtbot, tmp_path, pasang, folder_qm, bahasa_ui):
    """With the conflict buttons shown (the most the window shows), with a refused workbook
    and after a save (Buka PDF enabled), no Alt+letter is taken twice."""
    pasang(bahasa_ui, folder_qm)
    kantor = db_desa(tmp_path)
    buku = ku.konflik(tmp_path, kantor)
    d = _jendela(qtbot, kantor)
    assert bentrok(d) == {}, "empty"
    _baca(qtbot, d, buku)
    assert d.pakai_basis.isVisible() and d.pakai_workbook.isVisible()
    huruf = mnemonik(d)
    assert len(huruf) >= 10, huruf
    assert bentrok(d) == {}, "with conflicts"
    if bahasa_ui == "en":  # the saved list in the window's language, NIKs still masked
        baris = _simpan(qtbot, d, tmp_path / "problems.xlsx")
        assert [(b["Kind of problem"], b["Used"], b["Value in the database"]) for b in baris] == [
            ("Conflict", "Not chosen yet", ku.CATATAN_KANTOR),
            ("Conflict", "Not chosen yet", "617201******0099")]
        assert baris[0]["Problem (reason, value expected)"].startswith(
            "Changed in this database after the workbook was exported")
    d.cetak_masalah(tmp_path / "m.pdf")
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    assert d.buka_pdf_masalah.isEnabled() and bentrok(d) == {}
    _baca(qtbot, d, ku.bukan_workbook(tmp_path))
    assert bentrok(d) == {}, "refused"
    d.reject()


def test_baris_dihapus_di_tabel_dan_daftar(qtbot, tmp_path):
    """Family 6's rows and the child's row, gone from the workbook, are each a line of the
    problems table and of the saved list, with their IDs; the summary says so."""
    kantor = db_desa(tmp_path)
    d = _jendela(qtbot, kantor)
    _baca(qtbot, d, ku.baris_dihapus(tmp_path))
    m = d.model_masalah
    assert [(m.index(r, 1).data(), m.index(r, 3).data()[:40]) for r in range(m.rowCount())] == [
        (ID_KELUARGA[5], "Keluarga ini (kepala keluarga Kepala 6) "),
        (ku.K1, "Anggota ini (Dodi Anak) ada di workbook ")]
    assert ("1 keluarga dan 1 anggota yang ada di workbook saat diekspor tidak punya baris "
            "lagi") in d.ringkasan.text()
    baris = _simpan(qtbot, d, tmp_path / "m.xlsx")
    assert [(b["ID Keluarga"], b["ID Individu"], b["Jenis masalah"]) for b in baris] == [
        (ID_KELUARGA[5], None, "Baris dihapus dari workbook"),
        (ku.K1, ANAK, "Baris dihapus dari workbook")]
    d.reject()
