"""The re-import window saves and prints its problems list (closing note 24): the buttons
**Simpan daftar masalah...** (``koreksiSimpanMasalah``, Ctrl+S) and **Cetak daftar
masalah...** (``koreksiCetakMasalah``, Ctrl+P) are enabled only while problems are listed;
the saved workbook holds the rows the table shows (read back with openpyxl), the PDF has a
page header on every page and numbered rows (read back with pdftotext), a missing folder is
said and leaves nothing. The corrected workbook is written by hand with openpyxl."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from tests.koreksi_tangan import ID_SALAH, K1, K5, NIK_DI_KELAYAKAN, workbook_koreksi


def _jendela(qtbot, kantor: Path, buku: Path | None = None) -> QDialog:
    w = create_main_window(kantor, user="Rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    w.findChild(type(w.aksi_keluar), "aksiImporKoreksi").trigger()
    d = w.findChild(QDialog, "reimportDialog")
    if buku is not None:
        d.berkas.setText(str(buku))
        d.findChild(QPushButton, "reimportBaca").click()
        qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    return d


def _tombol(d) -> tuple[QPushButton, QPushButton]:
    return (d.findChild(QPushButton, "koreksiSimpanMasalah"),
            d.findChild(QPushButton, "koreksiCetakMasalah"))


def test_simpan_dan_cetak_daftar_masalah(qtbot, tmp_path, monkeypatch):
    kantor, buku = workbook_koreksi(tmp_path)
    d = _jendela(qtbot, kantor)
    simpan, cetak = _tombol(d)
    assert not simpan.isEnabled() and not cetak.isEnabled()  # nothing read yet
    d.berkas.setText(str(buku))
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert simpan.isEnabled() and cetak.isEnabled()
    tabel = d.model_masalah
    assert tabel.rowCount() == 8  # and the 2 rows gone from the workbook (ulang8)

    # Ctrl+S asks for a file (suggested beside the last documents) and saves the list there
    tujuan = tmp_path / "untuk kecamatan.xlsx"
    ditanya = []

    def pilih(_induk, _judul, awal, _saring):
        ditanya.append(awal)
        return str(tujuan), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pilih))
    d.activateWindow()
    qtbot.keyClick(d, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tujuan.exists() and not d.berjalan(), timeout=30000)
    assert ditanya and ditanya[0].endswith("masalah-impor-ulang-koreksi kecamatan.xlsx")
    assert d.status.text() == f"Daftar masalah (9 baris) disimpan ke {tujuan}."
    ws = openpyxl.load_workbook(tujuan)[xmasalah.LEMBAR]
    baris = list(ws.iter_rows(min_row=xmasalah.BARIS_JUDUL + 1, values_only=True))
    # the table's rows, in its order, then the whole sheet's problems
    assert [(str(b[2]) if b[1] == "Data Keluarga" else f"A {b[2]}", b[4])
            for b in baris[:6]] == [(tabel.index(r, 0).data(), tabel.index(r, 1).data())
                                    for r in range(6)]
    assert ID_SALAH in [b[4] for b in baris]
    assert ws.cell(xmasalah.BARIS_JUDUL + 1, 5).data_type == "s"

    # Print: a PDF with the page header on every page and the rows numbered
    pdf = tmp_path / "cetak" / "masalah.pdf"
    pdf.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(pdf.with_suffix("")), "")))
    qtbot.keyClick(d, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # .pdf is added
    qtbot.waitUntil(lambda: pdf.exists() and not d.berjalan(), timeout=60000)
    assert pdf.exists(), d.status.text()
    assert d.findChild(QPushButton, "koreksiBukaPdfMasalah").isEnabled()
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    halaman = teks.split("\f")
    kepala = f"Masalah impor ulang {buku.name} (SHA-256 "
    assert all(kepala in h for h in halaman if h.strip()), halaman
    assert "Daftar masalah impor ulang workbook hasil koreksi" in teks
    for no in range(1, 10):
        assert any(baris_.strip().startswith(f"{no} ") for baris_ in teks.splitlines()), no
    assert NIK_DI_KELAYAKAN not in teks and "617201******0003" in teks
    assert "Halaman 1 dari" in teks
    with sdb.terbuka(kantor) as db:
        berkas = [r[0] for r in db.execute(
            "SELECT id_rekaman FROM audit_log WHERE aksi = 'EKSPOR' ORDER BY id")]
    assert berkas == ["untuk kecamatan.xlsx", "masalah.pdf"]

    # a missing folder (a pulled flashdisk): said, nothing written
    hilang = tmp_path / "flashdisk" / "m.xlsx"
    d.simpan_masalah(hilang)
    assert "flashdisk" in d.status.text() and not hilang.parent.exists()
    d.resize(1150, 700)
    d.grab().save(str(tmp_path / "masalah.png"))
    subprocess.run(["cp", str(pdf), str(tmp_path / "masalah.png"), "/tmp/"], check=False)
    d.reject()


def test_tanpa_masalah_tombol_mati(qtbot, tmp_path, monkeypatch):
    """A workbook whose rows all apply: nothing to save or print, Ctrl+S asks nothing."""
    kantor, _buku = workbook_koreksi(tmp_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Keluarga"
    ws.append(["ID Keluarga P3KE", "Nama Kepala Keluarga", "Catatan"])
    ws.append([K5, "Kepala 5", "rumah panggung"])
    ws.append([K1, "Kepala 1", None])
    rapi = tmp_path / "rapi.xlsx"
    wb.save(rapi)
    d = _jendela(qtbot, kantor, rapi)
    assert d.model_masalah.rowCount() == 0
    simpan, cetak = _tombol(d)
    assert not simpan.isEnabled() and not cetak.isEnabled()
    ditanya = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: ditanya.append(a) or ("", "")))
    qtbot.keyClick(d, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(d, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    d.simpan_masalah(tmp_path / "x.xlsx")
    assert ditanya == [] and not (tmp_path / "x.xlsx").exists()
    d.reject()


def test_daftar_di_jendela_inggris(qtbot, tmp_path, qapp, folder_qm):
    """In English the saved list's headers, title block and reasons are English (the sheet,
    the column letters and the values found stay as in the workbook); NIKs are still
    masked."""
    from kalbar_desktop.ui import bahasa

    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    try:
        kantor, buku = workbook_koreksi(tmp_path)
        d = _jendela(qtbot, kantor, buku)
        tujuan = tmp_path / "problems.xlsx"
        d.simpan_masalah(tujuan)
        qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
        assert d.status.text() == f"Problems list (9 rows) saved to {tujuan}."
        ws = openpyxl.load_workbook(tujuan)[xmasalah.LEMBAR]
        assert ws.cell(1, 1).value == "Problems list of the corrected workbook's re-import"
        assert [ws.cell(r, 1).value for r in range(2, 7)] == [
            "Workbook", "SHA-256 (start)", "Made", "By", "Problems"]
        assert [c.value for c in ws[xmasalah.BARIS_JUDUL]] == [
            "No.", "Sheet", "Row", "Column", "Family ID", "Member ID", "Value in the workbook",
            "Problem (reason, value expected)", "Kind of problem", "Value in the database",
            "Used"]
        baris = {r[4]: r for r in ws.iter_rows(min_row=xmasalah.BARIS_JUDUL + 1,
                                               values_only=True)}
        salah = baris[ID_SALAH]
        assert (salah[1], salah[8]) == ("Data Keluarga", "ID not in the database")
        nik = baris["0061729003"]
        assert nik[6] == "617201******0003" and NIK_DI_KELAYAKAN not in nik[7]
        assert nik[7].startswith("Value '617201******0003' not recognised; accepted values")
        d.reject()
    finally:
        bahasa.lepas_penerjemah(qapp, t)
