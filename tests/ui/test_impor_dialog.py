"""The import dialog driven as a user would: Data > Impor P3KE (Ctrl+I), pick files, see the
preview (layout, header mapping, first rows) with nothing written, import off the UI thread,
summary, main window refreshed, report saved; Cancel and errors leave the database as it was."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget

from kalbar_desktop.exchange import demo
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.impor_dialog import DialogImpor, impor_wilayah
from tests import masukan_luar as ml
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_xlsx
from tests.conftest import WILAYAH_61, cuplikan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _jendela(qtbot, db_path):
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    return w


def _buka_dialog(qtbot, w) -> DialogImpor:
    aksi = next(a for a in w.menu_data.actions() if a.objectName() == "aksiImporP3KE")
    assert aksi.shortcut().toString() == "Ctrl+I"
    assert aksi.text().replace("&", "") == "Impor P3KE..."
    aksi.trigger()
    dialog = w.findChild(DialogImpor, "importDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def _impor_lewat_dialog(qtbot, w, berkas: list) -> str:
    """Data > Impor P3KE, add the files, wait for the preview, press Impor, wait for the end;
    the summary the dialog shows."""
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    return dialog.findChild(QLabel, "importSummary").text()


def impor_di_dialog(qtbot, w, berkas: list) -> DialogImpor:
    """Data > Impor P3KE by its objectName (any window language), the files added, the preview
    awaited, Impor pressed and the end awaited; the dialog."""
    next(a for a in w.menu_data.actions() if a.objectName() == "aksiImporP3KE").trigger()
    dialog = w.findChild(DialogImpor, "importDialog")
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    return dialog


def _foto(qtbot, widget, nama: str) -> None:
    """Screenshot after the pending layout requests are handled (as a user would see it)."""
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / nama))


def _cuplikan_file(db_path):
    with sdb.terbuka(db_path) as db:
        return cuplikan(db)


def test_pratinjau_lalu_impor_lalu_laporan(qtbot, db_path, tmp_path):
    berkas = demo.tulis(tmp_path / "demo", demo.OpsiDemo(keluarga=60, seed=5, cacat=0.2))
    w = _jendela(qtbot, db_path)
    assert w.model.rowCount() == 0
    dialog = _buka_dialog(qtbot, w)
    sebelum = _cuplikan_file(db_path)

    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    combo = dialog.findChild(type(dialog.pilih_lembar), "importSheetCombo")
    assert combo.count() == 2
    teks = [combo.itemText(i) for i in range(combo.count())]
    assert any("Kepala Keluarga" in t and "P3KE 2023" in t and "Keluarga" in t for t in teks)
    pemetaan = dialog.findChild(QTableWidget, "importMappingTable")
    baris = {pemetaan.item(r, 1).text(): pemetaan.item(r, 2).text()
             for r in range(pemetaan.rowCount())}
    combo.setCurrentIndex(next(i for i, t in enumerate(teks) if "Individu" in t))
    baris = {pemetaan.item(r, 1).text(): pemetaan.item(r, 2).text()
             for r in range(pemetaan.rowCount())}
    assert baris["NIK"] == "NIK" and baris["Hubungan dengan Kepala Keluarga"] == \
        "Hubungan dengan Kepala Keluarga"
    contoh = dialog.findChild(QTableWidget, "importPreviewTable")
    assert contoh.rowCount() == 10
    assert contoh.verticalHeaderItem(0).text() == "2"
    i_nik = next(c for c in range(contoh.columnCount())
                 if contoh.horizontalHeaderItem(c).text() == "NIK")
    assert len(contoh.item(0, i_nik).text()) == 16
    # nothing written by the preview
    assert _cuplikan_file(db_path) == sebelum

    _foto(qtbot, dialog, "impor_pratinjau.png")

    tombol = dialog.findChild(QPushButton, "importStartButton")
    assert tombol.isEnabled()
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000) as sinyal:
        qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    hasil = sinyal.args[0]
    assert hasil.ringkasan.keluarga_baru == 60
    ringkasan = dialog.findChild(QLabel, "importSummary")
    assert ringkasan.isVisible() and "Impor selesai" in ringkasan.text()
    assert dialog.findChild(type(dialog.kemajuan), "importProgress").value() == 100
    assert w.model.rowCount() == 60  # the main window was refreshed
    _foto(qtbot, dialog, "impor_selesai.png")

    laporan = dialog.findChild(QPushButton, "importReportButton")
    assert laporan.isEnabled()
    n = dialog.simpan_laporan(tmp_path / "laporan.xlsx")
    assert n == hasil.jumlah_temuan > 0
    assert openpyxl.load_workbook(tmp_path / "laporan.xlsx")["Temuan"].max_row == n + 1
    assert "Laporan temuan" in dialog.findChild(QLabel, "importStatus").text()
    with sdb.terbuka(db_path) as db:  # names and NIKs: recorded like every by-name export
        [c] = db.query("SELECT * FROM audit_log WHERE aksi = 'EKSPOR'")
    assert c["id_rekaman"] == "laporan.xlsx" and c["pengguna"] == dialog.pengguna


def test_kolom_tak_dikenal_ditandai_dan_berkas_rusak_menghalangi_impor(qtbot, db_path,
                                                                        tmp_path):
    header = [*HEADER_INDIVIDU, "Catatan Desa"]
    rows = [[*r, "x"] for r in baris_individu({0: {"NIK": 6172011508800001}})]
    baik = tulis_xlsx(tmp_path / "baik.xlsx", [("Data", header, rows)],
                      judul=[["DAFTAR P3KE"], [], []])
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_bytes(b"PK\x03\x04 bukan zip")
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([baik, rusak])
    pemetaan = dialog.findChild(QTableWidget, "importMappingTable")
    terakhir = pemetaan.rowCount() - 1
    assert pemetaan.item(terakhir, 1).text() == "Catatan Desa"
    assert pemetaan.item(terakhir, 2).text() == "disimpan apa adanya"
    info = dialog.findChild(QLabel, "importSheetInfo").text()
    assert "judul kolom di baris 4" in info
    assert "Kolom G (NIK) berisi angka" in info
    galat = dialog.findChild(QLabel, "importErrorLabel")
    assert galat.isVisible() and "rusak.xlsx" in galat.text()
    assert not dialog.findChild(QPushButton, "importStartButton").isEnabled()
    _foto(qtbot, dialog, "impor_galat.png")

    dialog.daftar_berkas.setCurrentRow(1)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importRemoveFile"),
                         Qt.MouseButton.LeftButton)
    assert galat.isHidden()
    assert dialog.findChild(QPushButton, "importStartButton").isEnabled()


def test_batal_saat_impor_tidak_menulis_apa_pun(qtbot, db_path, tmp_path):
    berkas = demo.tulis(tmp_path / "besar", demo.OpsiDemo(keluarga=4000, seed=6))
    with sdb.terbuka(db_path):
        pass
    sebelum = _cuplikan_file(db_path)
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    batal = dialog.findChild(QPushButton, "importCancelButton")
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=120000):
        dialog.mulai_impor()
        assert dialog.berjalan and batal.text().replace("&", "") == "Batal"
        qtbot.mouseClick(batal, Qt.MouseButton.LeftButton)
    assert dialog.hasil is None
    assert "dibatalkan" in dialog.findChild(QLabel, "importStatus").text()
    assert dialog.isVisible()  # Cancel stops the import; the dialog stays to say so
    assert _cuplikan_file(db_path) == sebelum


def test_impor_gagal_menampilkan_tempat_dan_db_tetap(qtbot, db_path, tmp_path):
    rows = baris_individu({2: {"ID Keluarga P3KE": None}})
    path = tulis_xlsx(tmp_path / "kosong_id.xlsx", [("Individu", HEADER_INDIVIDU, rows)])
    with sdb.terbuka(db_path):
        pass
    sebelum = _cuplikan_file(db_path)
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=60000):
        dialog.mulai_impor()
    galat = dialog.findChild(QLabel, "importErrorLabel")
    assert "kosong_id.xlsx, lembar 'Individu', baris 4, kolom A" in galat.text()
    assert "Basis data tidak berubah" in dialog.findChild(QLabel, "importStatus").text()
    assert _cuplikan_file(db_path) == sebelum


def test_menu_impor_referensi_wilayah(qtbot, db_path):
    w = _jendela(qtbot, db_path)
    assert any(a.objectName() == "aksiImporWilayah" for a in w.menu_data.actions())
    tugas = impor_wilayah(w, WILAYAH_61)
    with qtbot.waitSignal(tugas.selesai, timeout=60000):
        pass
    kotak = w.findChild(QMessageBox, "pesanImporWilayah")
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanImporWilayah") is not None)
    kotak = w.findChild(QMessageBox, "pesanImporWilayah")
    assert "wilayah dimuat dari wilayah_61_all.csv" in kotak.text()
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM wilayah WHERE sumber = 'referensi'"
                          ).fetchone()[0] > 2000


def test_ringkasan_menyebut_desa_yang_tidak_ada_di_berkas(qtbot, db_path, tmp_path):
    """A newer file that leaves out a desa of its kecamatan: the summary in the window names
    it and says its families were not marked."""
    from kalbar_desktop.exchange import impor_p3ke

    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [tulis_xlsx(tmp_path / "lama.xlsx",
                                         [("Individu", HEADER_INDIVIDU, baris_individu())])])
    baru = tulis_xlsx(tmp_path / "baru.xlsx", [("Individu", HEADER_INDIVIDU, [
        r for r in baris_individu() if r[1] == "6172011001"])])
    w = _jendela(qtbot, db_path)
    teks = _impor_lewat_dialog(qtbot, w, [baru])
    assert "1 desa tidak ada sama sekali di berkas ini" in teks
    assert "6172011002 (Kec. 617201, 1 keluarga)" in teks
    assert "1 kecamatan lain di kabupaten ini (1 keluarga)" in teks
    assert "tidak ditandai" in teks
    _foto(qtbot, w.findChild(DialogImpor, "importDialog"), "impor_desa_tidak_ada.png")


def test_ringkasan_menyebut_lembar_tersembunyi_yang_tidak_diimpor(qtbot, db_path, tmp_path):
    """A workbook with a hidden older copy of the data beside the visible sheet: the window's
    summary names the skipped sheet and how to show it, as the console does."""
    path = ml.xlsx_dengan_lembar_tersembunyi(tmp_path / "individu.xlsx", "hidden")
    w = _jendela(qtbot, db_path)
    teks = _impor_lewat_dialog(qtbot, w, [path])
    assert "Lembar tersembunyi berisi data P3KE tidak diimpor: individu.xlsx 'Lama'" in teks
    assert w.model.rowCount() == 3


def test_ringkasan_menyebut_baris_dan_rumus_yang_dilewati(qtbot, db_path, tmp_path):
    """A sheet with a totals row, the header repeated and formulas never calculated in an
    extra column: the window's summary names what was left aside as the console does."""
    from kalbar_desktop.exchange import impor_p3ke

    path = ml.xlsx_dengan_baris_dilewati(tmp_path / "individu.xlsx")
    w = _jendela(qtbot, db_path)
    teks = _impor_lewat_dialog(qtbot, w, [path])
    for harapan in (
            "5 sel berisi rumus yang belum dihitung di luar data P3KE (berkas individu.xlsx, "
            "lembar 'Individu', sel AB2, AB3, AB4, AB6, AB7) tidak dibaca.",
            "Baris judul kolom yang berulang di tengah data dilewati (berkas individu.xlsx, lembar "
            "'Individu', baris 5).",
            "Baris jumlah/total dilewati (berkas individu.xlsx, lembar 'Individu', baris 8)."):
        assert harapan in teks, teks
    d = impor_p3ke.Dilewati("catatan", "a.csv", "a.csv", tuple(str(n) for n in range(2, 7)), 9)
    assert d.teks() == ("Baris catatan tanpa data P3KE dilewati (berkas a.csv, lembar 'a.csv', "
                        "baris 2, 3, 4, 5, 6 dan 4 lainnya).")
    assert w.model.rowCount() == 3
    # the preview warned of nothing: the formula in Nama is on the totals row, not the data
    dialog = w.findChild(DialogImpor, "importDialog")
    assert "rumus" not in dialog.info_lembar.text()
    assert "JUMLAH" not in [dialog.tabel_contoh.item(r, 0).text()
                            for r in range(dialog.tabel_contoh.rowCount())]
    _foto(qtbot, dialog, "impor_dilewati.png")
