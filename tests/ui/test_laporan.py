"""The Laporan menu in the window: export dialog, re-import dialog, document dialog, driven like a
user would (offscreen), on real databases and files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import msoffcrypto
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QTableView

from kalbar_desktop.exchange import ekspor
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.unit.ekspor_data import salin, workbook_koreksi

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def db_path(templat_ekspor, tmp_path):
    return salin(templat_ekspor[0], tmp_path / "kantor.db")


def _jendela(qtbot, db_path, role=None):
    w = create_main_window(db_path, user="Budi", role=role)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    return w


def _buka(qtbot, w, aksi: str, nama: str) -> QDialog:
    w.findChild(type(w.aksi_keluar), aksi).trigger()
    dialog = w.findChild(QDialog, nama)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def _tunggu(qtbot, dialog, timeout=30000):
    qtbot.waitUntil(lambda: not dialog.berjalan(), timeout=timeout)


def _simpan_gambar(widget, nama: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / nama))


def test_menu_laporan_berisi_aksi(qtbot, db_path):
    w = _jendela(qtbot, db_path)
    nama = {a.objectName(): a for a in w.menu_laporan.actions()}
    for aksi, pintasan in (("aksiEksporProvinsi", "Ctrl+E"), ("aksiImporKoreksi", "Ctrl+Shift+I"),
                           ("aksiCetakBeritaAcara", "Ctrl+Shift+A"),
                           ("aksiCetakDaftarKunjungan", "Ctrl+Shift+K")):
        assert nama[aksi].shortcut().toString() == pintasan


def test_ekspor_dengan_nama_dan_kata_sandi(qtbot, db_path, tmp_path):
    w = _jendela(qtbot, db_path)
    d = _buka(qtbot, w, "aksiEksporProvinsi", "exportDialog")
    assert d.rekap_saja.isChecked() and not d.alasan.isEnabled()  # recap only by default
    d.wilayah.setCurrentIndex(0)
    qtbot.mouseClick(d.dengan_nama, Qt.MouseButton.LeftButton)
    assert d.dengan_nama.isChecked() and d.alasan.isEnabled() and d.nik_penuh.isEnabled()
    tujuan = tmp_path / "provinsi.xlsx"
    d.tujuan.setText(str(tujuan))
    d.nik_penuh.setChecked(True)
    qtbot.keyClicks(d.alasan, "Permintaan Dinas Sosial Provinsi")
    qtbot.keyClicks(d.kantor, "Dinas Sosial P3AKB Kota Singkawang")
    qtbot.keyClicks(d.sandi, "rahasia-Prov1")
    qtbot.keyClicks(d.sandi_ulang, "rahasia-Prov2")
    d.findChild(QPushButton, "exportMulai").click()
    assert "tidak sama" in d.status.text() and not tujuan.exists()
    d.sandi_ulang.clear()
    qtbot.keyClicks(d.sandi_ulang, "rahasia-Prov1")
    _simpan_gambar(d, "dialog_ekspor.png")
    d.findChild(QPushButton, "exportMulai").click()
    _tunggu(qtbot, d)
    assert "Workbook ditulis" in d.status.text(), d.status.text()
    assert d.findChild(QPushButton, "exportBukaFolder").isEnabled()
    with tujuan.open("rb") as f:
        assert msoffcrypto.OfficeFile(f).is_encrypted()
    assert ekspor.sha256_workbook(tujuan, "rahasia-Prov1")[0] == d.hasil.sha256_data
    _simpan_gambar(d, "dialog_ekspor_selesai.png")
    # the office and the folder are remembered for the next export
    pengaturan = Pengaturan.muat()
    assert pengaturan.nama_kantor == "Dinas Sosial P3AKB Kota Singkawang"
    assert pengaturan.folder_ekspor == str(tmp_path)
    d.reject()
    d2 = _buka(qtbot, w, "aksiEksporProvinsi", "exportDialog")
    assert d2 is not d and d2.kantor.text() == "Dinas Sosial P3AKB Kota Singkawang"
    assert Path(d2.tujuan.text()).parent == tmp_path
    with sdb.terbuka(db_path) as db:
        [c] = db.query("SELECT * FROM audit_log WHERE aksi = 'EKSPOR_NAMA'")
    assert c["alasan"] == "Permintaan Dinas Sosial Provinsi"


def test_ekspor_tanpa_alasan_ditolak_dan_batal(qtbot, db_path, tmp_path):
    w = _jendela(qtbot, db_path)
    d = _buka(qtbot, w, "aksiEksporProvinsi", "exportDialog")
    tujuan = tmp_path / "x.xlsx"
    d.tujuan.setText(str(tujuan))
    d.dengan_nama.setChecked(True)
    d.ekspor()
    _tunggu(qtbot, d)
    assert "Alasan ekspor daftar nama wajib" in d.status.text()
    assert "a4262c" in d.status.styleSheet() and not tujuan.exists()
    d.alasan.setText("Uji batal")
    d.ekspor()
    d.reject()  # Esc / Batal while running cancels instead of closing
    assert d.isVisible()
    _tunggu(qtbot, d)
    assert "Dibatalkan" in d.status.text()
    assert not tujuan.exists() and list(tmp_path.glob(".x.xlsx*")) == []
    d.reject()
    assert not d.isVisible()


def test_operator_tidak_bisa_ekspor_nama(qtbot, db_path):
    w = _jendela(qtbot, db_path, role="operator")
    d = _buka(qtbot, w, "aksiEksporProvinsi", "exportDialog")
    assert not d.dengan_nama.isEnabled()
    assert "verifikator" in d.dengan_nama.toolTip()


def test_impor_ulang_pratinjau_lalu_terapkan(qtbot, db_path, tmp_path, templat_ekspor):
    idk = templat_ekspor[1]["belum"]
    path = workbook_koreksi(db_path, templat_ekspor[1], tmp_path / "provinsi.xlsx")

    w = _jendela(qtbot, db_path)
    d = _buka(qtbot, w, "aksiImporKoreksi", "reimportDialog")
    d.berkas.setText(str(path))
    d.findChild(QPushButton, "reimportBaca").click()
    _tunggu(qtbot, d)
    pratinjau = d.findChild(QTableView, "reimportPreview").model()
    masalah = d.findChild(QTableView, "reimportProblems").model()
    assert pratinjau.rowCount() == 3, d.status.text()
    assert {pratinjau.index(r, 3).data() for r in range(3)} == {
        "Status verifikasi", "Nama verifikator", "Tanggal kunjungan"}
    assert masalah.rowCount() == 1 and "Alasan" in masalah.index(0, 3).data()
    tombol = d.findChild(QPushButton, "reimportTerapkan")
    assert tombol.isEnabled() and "3 perubahan" in tombol.text()
    _simpan_gambar(d, "dialog_impor_ulang.png")
    with sdb.terbuka(db_path) as db:
        assert sv.muat(db, idk).verifikasi.status_verifikasi == "BELUM"
    tombol.click()
    _tunggu(qtbot, d)
    assert "1 keluarga diperbarui" in d.status.text()
    assert not tombol.isEnabled()
    with sdb.terbuka(db_path) as db:
        v = sv.muat(db, idk).verifikasi
    assert (v.status_verifikasi, v.nama_verifikator, v.tanggal_kunjungan) == (
        "TIDAK_DITEMUKAN", "Siti", "2026-11-20")


def test_impor_ulang_berkas_salah(qtbot, db_path, tmp_path):
    salah = tmp_path / "salah.xlsx"
    salah.write_bytes(b"bukan workbook")
    w = _jendela(qtbot, db_path)
    d = _buka(qtbot, w, "aksiImporKoreksi", "reimportDialog")
    d.berkas.setText(str(salah))
    d.baca()
    _tunggu(qtbot, d)
    assert "salah.xlsx" in d.status.text() and "a4262c" in d.status.styleSheet()
    assert not d.findChild(QPushButton, "reimportTerapkan").isEnabled()


@pytest.mark.parametrize("aksi, kata", [("aksiCetakBeritaAcara", "BERITA ACARA"),
                                        ("aksiCetakDaftarKunjungan", "DAFTAR KUNJUNGAN")])
def test_cetak_dokumen_pdf(qtbot, db_path, tmp_path, templat_ekspor, aksi, kata):
    with sdb.terbuka(db_path) as db:
        kode = db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                          [templat_ekspor[1]["pertama"]]).fetchone()[0]
        kepala = [r[0] for r in db.execute(
            "SELECT nama_kepala FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) "
            "WHERE kode_kemdagri = ? AND status_verifikasi = 'BELUM'", [kode])]
    w = _jendela(qtbot, db_path)
    w.region_tree.pilih(kode)
    d = _buka(qtbot, w, aksi, "documentDialog")
    assert d.desa.currentData() == kode
    tujuan = tmp_path / "dokumen.pdf"
    d.tujuan.setText(str(tujuan))
    if aksi == "aksiCetakBeritaAcara":
        d.nomor.setText("140/7/BA/2026")
        d.nama_kepala.setText("H. Syarif")
    _simpan_gambar(d, f"dialog_{aksi}.png")
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: d.hasil is not None or "a4262c" in d.status.styleSheet(),
                    timeout=30000)
    assert d.hasil == tujuan, d.status.text()
    teks = subprocess.run(["pdftotext", "-layout", str(tujuan), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert kata in teks
    for nama in kepala:
        assert nama in teks.replace("\n", " ") or nama.split()[0] in teks
    SHOTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(tujuan),
                    str(SHOTS / aksi)], check=True)
    assert list(SHOTS.glob(f"{aksi}*.png"))
