"""Acceptance (issue 5) in the window, driven by objectNames as an outside tester does: a family
saved in the form after the workbook was exported is not undone by re-importing that workbook
(Laporan > Impor ulang workbook: reimportDialog, reimportBaca, reimportPreview,
reimportProblems, reimportTerapkan)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton, QTableView, QWidget

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests import masukan_luar

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
A, B, _C = (k[0] for k in masukan_luar.KELUARGA)


def _jalan(*args: str) -> None:
    hasil = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output


def test_workbook_lama_di_jendela_tidak_menimpa_isian_form(qtbot, tmp_path):
    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    buku = tmp_path / "prov.xlsx"
    _jalan("--db", str(db_path), "export", str(buku), "--dengan-nama", "--alasan",
           "Koreksi provinsi", "--user", "Budi")

    w = create_main_window(db_path, user="Ani")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    # After the export, Ani writes a note on family A in the form.
    tabel = w.findChild(QTableView, "householdTable")
    baris = next(r for r in range(w.model.rowCount()) if w.model.id_keluarga(r) == A)
    tabel.setFocus()
    tabel.setCurrentIndex(tabel.model().index(baris, 0))
    qtbot.keyClick(tabel, Qt.Key.Key_Return)
    form = w.findChild(QWidget, "householdForm")
    form.findChild(QPlainTextEdit, "catatanEdit").setPlainText("Rumah kosong saat kunjungan")
    form.findChild(QPushButton, "saveButton").click()
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()

    # The province edited the old workbook: a note on A (conflict) and on B.
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == A:
            ws.cell(r, kolom["Catatan"]).value = "Catatan provinsi"
        elif ws.cell(r, 1).value == B:
            ws.cell(r, kolom["Catatan"]).value = "Sudah dicek provinsi"
    koreksi = tmp_path / "prov-koreksi.xlsx"
    wb.save(koreksi)

    w.findChild(type(w.aksi_keluar), "aksiImporKoreksi").trigger()
    d = w.findChild(QDialog, "reimportDialog")
    assert d is not None and d.isVisible()
    d.berkas.setText(str(koreksi))
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    ubah = d.findChild(QTableView, "reimportPreview").model()
    masalah = d.findChild(QTableView, "reimportProblems").model()
    konflik = d.findChild(QTableView, "reimportConflicts").model()
    assert [ubah.index(r, 1).data() for r in range(ubah.rowCount())] == [B]
    # A is a conflict, shown with both values in its own table (not among the problems)
    assert masalah.rowCount() == 0 and konflik.rowCount() == 1
    assert [konflik.index(0, c).data() for c in range(1, 7)][:1] == [A]
    assert [konflik.index(0, c).data() for c in (3, 4, 5, 6)] == [
        "Catatan", "Rumah kosong saat kunjungan", "Catatan provinsi", "Belum dipilih"]
    assert "diubah di aplikasi oleh Ani" in konflik.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 keluarga berkonflik" in d.findChild(QWidget, "reimportRingkasan").text()
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "dialog_impor_ulang_konflik.png"))
    tombol = d.findChild(QPushButton, "reimportTerapkan")
    assert tombol.isEnabled() and "(1 keluarga)" in tombol.text()
    tombol.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    with sdb.terbuka(db_path) as db:
        assert sv.muat(db, A).verifikasi.catatan == "Rumah kosong saat kunjungan"
        assert sv.muat(db, B).verifikasi.catatan == "Sudah dicek provinsi"
    d.reject()
    w.form.muat_ulang()


def _pratinjau_di_jendela(qtbot, db_path: Path, buku: Path) -> QDialog:
    """Laporan > Impor ulang workbook on ``buku``, read and compared: the dialog."""
    w = create_main_window(db_path, user="Ani")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.findChild(type(w.aksi_keluar), "aksiImporKoreksi").trigger()
    d = w.findChild(QDialog, "reimportDialog")
    d.berkas.setText(str(buku))
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    return d


def test_workbook_tanpa_keterangan_diperingatkan_di_jendela(qtbot, tmp_path):
    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    buku = tmp_path / "prov.xlsx"
    _jalan("--db", str(db_path), "export", str(buku), "--dengan-nama", "--alasan",
           "Koreksi provinsi", "--user", "Budi")
    wb = openpyxl.load_workbook(buku)
    del wb["Keterangan"]
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    ws.cell(2, kolom["Catatan"]).value = "Disalin ke workbook baru"
    wb.save(buku)
    d = _pratinjau_di_jendela(qtbot, db_path, buku)
    teks = d.findChild(QWidget, "reimportRingkasan").text()
    assert "1 keluarga berubah" in teks and "tidak memuat waktu ekspor" in teks
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "dialog_impor_ulang_tanpa_keterangan.png"))
    d.reject()


def test_workbook_dari_laptop_lain_disebut_di_jendela(qtbot, tmp_path):
    """A workbook exported from a copy of the office database that went its own way (another
    laptop) is named as such in the preview summary."""
    import shutil

    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    laptop = tmp_path / "laptop.db"
    shutil.copy(db_path, laptop)
    with sdb.terbuka(laptop) as db:  # the laptop's own work: its log parts from the office's
        from kalbar_desktop.domain.akses import Pengguna, Peran
        from kalbar_desktop.domain.status import Verifikasi

        idk = db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga DESC "
                         "LIMIT 1").fetchone()[0]
        sv.simpan(db, idk, Pengguna("Budi", Peran.OPERATOR), Verifikasi(catatan="Laptop"),
                  sv.muat(db, idk).versi)
    buku = tmp_path / "laptop.xlsx"
    _jalan("--db", str(laptop), "export", str(buku), "--dengan-nama", "--alasan",
           "Gabung di kantor", "--user", "Budi")
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    ws.cell(2, kolom["Catatan"]).value = "Dikunjungi dari laptop"
    wb.save(buku)
    d = _pratinjau_di_jendela(qtbot, db_path, buku)
    teks = d.findChild(QWidget, "reimportRingkasan").text()
    assert "2 keluarga berubah" in teks and "diekspor dari basis data lain" in teks, teks
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "dialog_impor_ulang_laptop_lain.png"))
    d.reject()


def test_dua_laptop_keluarga_sama_dipilih_di_jendela(qtbot, tmp_path):
    """Two laptops (copies of the office database) verify family A differently; the office
    re-imports laptop 1's workbook on the console, then laptop 2's in the window: A waits in
    reimportConflicts until a value is chosen per field (double-click on the right value, or
    select rows and reimportPakaiBasis / reimportPakaiWorkbook), then applied and audited."""
    import shutil

    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.domain.status import Verifikasi

    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    buku = {}
    for nama, catatan, kelayakan in (("laptop1", "Atap bocor", "LAYAK"),
                                     ("laptop2", "Atap sudah diganti", "TIDAK_LAYAK")):
        laptop = tmp_path / f"{nama}.db"
        shutil.copy(db_path, laptop)
        with sdb.terbuka(laptop) as db:
            sv.simpan(db, A, Pengguna(nama, Peran.OPERATOR), Verifikasi(
                status_verifikasi="DITEMUKAN", kelayakan=kelayakan,
                alasan="MAMPU" if kelayakan == "TIDAK_LAYAK" else None,
                tanggal_kunjungan="2026-11-20", nama_verifikator="Ani", catatan=catatan), 0)
        buku[nama] = tmp_path / f"{nama}.xlsx"
        _jalan("--db", str(laptop), "export", str(buku[nama]), "--dengan-nama", "--alasan",
               "Gabung di kantor", "--user", "Budi")
    _jalan("--db", str(db_path), "reimport", str(buku["laptop1"]), "--user", "Rina", "--apply")

    d = _pratinjau_di_jendela(qtbot, db_path, buku["laptop2"])
    tabel = d.findChild(QTableView, "reimportConflicts")
    konflik = tabel.model()
    assert tabel.isVisible()
    kolom = {konflik.index(r, 3).data(): r for r in range(konflik.rowCount())}
    assert set(kolom) == {"Catatan", "Kelayakan", "Alasan tidak layak"}
    assert {konflik.index(r, 6).data() for r in kolom.values()} == {"Belum dipilih"}
    tip = konflik.index(kolom["Catatan"], 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "diisi dari workbook laptop1.xlsx (impor ulang oleh Rina" in tip
    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert not terapkan.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "dialog_impor_ulang_dua_laptop.png"))

    # the note from laptop 2: double-click its value
    tabel.doubleClicked.emit(konflik.index(kolom["Catatan"], 5))
    assert konflik.index(kolom["Catatan"], 6).data() == "Workbook"
    assert not terapkan.isEnabled()  # two fields still undecided
    # kelayakan and alasan: laptop 1's (the office's) values, selected and one button
    tabel.clearSelection()
    for nama in ("Kelayakan", "Alasan tidak layak"):
        tabel.selectionModel().select(
            konflik.index(kolom[nama], 0),
            tabel.selectionModel().SelectionFlag.Select
            | tabel.selectionModel().SelectionFlag.Rows)
    d.findChild(QPushButton, "reimportPakaiBasis").click()
    assert [konflik.index(kolom[n], 6).data() for n in ("Kelayakan", "Alasan tidak layak")] \
        == ["Basis data", "Basis data"]
    assert terapkan.isEnabled() and "(1 keluarga)" in terapkan.text()
    assert "Semua konflik sudah dipilih" in d.findChild(QWidget, "reimportStatus").text()
    d.grab().save(str(SHOTS / "dialog_impor_ulang_dua_laptop_dipilih.png"))
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert "1 keluarga diperbarui dari workbook; 3 konflik diputuskan" in d.findChild(
        QWidget, "reimportStatus").text()
    with sdb.terbuka(db_path) as db:
        v = sv.muat(db, A).verifikasi
        assert (v.catatan, v.kelayakan, v.alasan) == ("Atap sudah diganti", "LAYAK", None)
        pilihan = {r[0]: r[1] for r in db.execute(
            "SELECT kolom, keterangan FROM audit_log WHERE aksi = 'PILIH_KONFLIK' "
            "AND pengguna = 'Ani'")}
    assert set(pilihan) == {"catatan", "kelayakan", "alasan"}
    assert pilihan["catatan"].startswith("dipakai nilai workbook")
    assert pilihan["kelayakan"].startswith("dipakai nilai basis data")
    d.reject()
