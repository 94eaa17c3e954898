"""Choosing the interface language (Alat > Bahasa (Language)): the choice is saved, announced in
the new and the current language, the application restarts on request (after the window closed
as usual) and then runs in the chosen language, with numbers and dates of that language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.ui import bahasa, create_main_window, lokal
from kalbar_desktop.ui.app import mulai_ulang

AKAR = Path(__file__).resolve().parents[2]
SHOTS = AKAR / "screenshots"


@pytest.fixture(autouse=True)
def _tanpa_mulai_ulang(qapp):
    yield
    qapp.setProperty(bahasa.PROPERTI_MULAI_ULANG, False)


@pytest.fixture
def folder_terjemahan(monkeypatch, folder_qm):
    """The application looks for the .qm files in the compiled test folder."""
    monkeypatch.setattr(bahasa, "folder_terjemahan", lambda: folder_qm)
    return folder_qm


def _jendela(qtbot, db_path, user="penguji"):
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.show()
    return w


def test_menu_bahasa_menyimpan_pilihan_dan_mengumumkannya(qtbot, db_demo, db_path,
                                                           folder_terjemahan):
    w = _jendela(qtbot, db_path)
    assert w.menu_bahasa.title() == "&Bahasa (Language)"
    assert w.menu_bahasa.menuAction() in w.menu_alat.actions()
    assert [a.text() for a in w.menu_bahasa.actions()] == ["Bahasa Indonesia", "English"]
    assert w.aksi_bahasa["id"].isChecked() and not w.aksi_bahasa["en"].isChecked()

    w.aksi_bahasa["en"].trigger()
    assert Pengaturan.muat().bahasa == "en"
    assert w.aksi_bahasa["en"].isChecked()
    pesan = w.pesan_bahasa
    assert pesan.objectName() == "pesanBahasa" and pesan.isVisible()
    # in the new language first, then in the language the window shows now
    assert pesan.text() == ("The interface language will change when Kalbar Desktop is "
                            "started again.\n\nBahasa antarmuka akan berganti setelah Kalbar "
                            "Desktop dibuka kembali.")
    ulang = pesan.findChild(type(pesan.buttons()[0]), "tombolMulaiUlang")
    assert ulang.text() == "&Restart now / Mulai ulang sekarang"
    SHOTS.mkdir(exist_ok=True)
    assert pesan.grab().save(str(SHOTS / "bahasa_pesan.png"))
    pesan.findChild(type(ulang), "tombolNanti").click()
    qtbot.waitUntil(lambda: not pesan.isVisible())
    assert w.isVisible() and not QApplication.instance().property(bahasa.PROPERTI_MULAI_ULANG)

    # the same language again: nothing to announce
    assert bahasa.ganti_bahasa(w, "en") is None


def test_mulai_ulang_menutup_jendela_lalu_program_baru_dijalankan(qtbot, qapp, db_demo,
                                                                 db_path, folder_terjemahan,
                                                                 tmp_path, monkeypatch):
    w = _jendela(qtbot, db_path)
    pesan = bahasa.ganti_bahasa(w, "en")
    pesan.findChild(type(pesan.buttons()[0]), "tombolMulaiUlang").click()
    qtbot.waitUntil(lambda: not w.isVisible())
    assert qapp.property(bahasa.PROPERTI_MULAI_ULANG)

    # what jalankan() does once the event loop ends: close the databases, start the program
    tanda = tmp_path / "dimulai.txt"
    monkeypatch.setattr(bahasa, "perintah_mulai_ulang", lambda: (
        sys.executable, ["-c", f"open({str(tanda)!r}, 'w').write('ok')"]))
    assert mulai_ulang(qapp)
    with pytest.raises(Exception, match="closed"):
        w.db.execute("SELECT 1")
    qtbot.waitUntil(tanda.exists, timeout=10000)


def test_perubahan_belum_disimpan_menahan_mulai_ulang(qtbot, qapp, db_demo, db_path,
                                                      folder_terjemahan):
    w = _jendela(qtbot, db_path)
    assert w.buka_baris(0)
    w.form.catatan.setPlainText("belum disimpan")

    def batal() -> None:
        kotak = QApplication.activeModalWidget()
        assert isinstance(kotak, QMessageBox) and kotak.objectName() == "konfirmasiPerubahan"
        kotak.findChild(type(kotak.buttons()[0]), "konfirmasiBatal").click()

    QTimer.singleShot(0, batal)
    assert not bahasa.minta_mulai_ulang(w)
    assert w.isVisible() and w.form.catatan.toPlainText() == "belum disimpan"
    assert not qapp.property(bahasa.PROPERTI_MULAI_ULANG)
    w.form.muat_ulang()  # discard, so that the window closes without asking


def test_perintah_mulai_ulang(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/x/kalbar_desktop/__main__.py", "--db", "k.db"])
    assert bahasa.perintah_mulai_ulang() == (sys.executable,
                                             ["-m", "kalbar_desktop", "--db", "k.db"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert bahasa.perintah_mulai_ulang() == (sys.executable, ["--db", "k.db"])


def test_setelah_mulai_ulang_jendela_berbahasa_inggris(qtbot, pasang, folder_qm, db_demo,
                                                       db_path):
    Pengaturan(bahasa="en").simpan()
    pasang(Pengaturan.muat().bahasa, folder_qm)  # as jalankan() does at start-up
    w = _jendela(qtbot, db_path)
    assert w.menu_berkas.title() == "&File" and w.menu_bantuan.title() == "&Help"
    assert w.aksi_bahasa["en"].isChecked()
    k = w.model.rowCount()
    assert w.label_tampil.text() == f"{k} families shown"
    assert w.model.headerData(5, Qt.Orientation.Horizontal) == "Verification status"
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "jendela_inggris.png"))


def test_angka_dan_tanggal_mengikuti_bahasa(pasang, folder_qm):
    pasang("id", folder_qm)
    assert QLocale().name() == "id_ID"
    assert lokal.angka(1234567) == "1.234.567"
    assert lokal.desimal(1.5) == "1,5"
    assert lokal.ukuran_berkas(2_400_000) == "2,4 MB"
    assert lokal.tanggal("2026-11-23") == "23 November 2026"
    assert lokal.tanggal("2026-08-17") == "17 Agustus 2026"
    assert lokal.tanggal_pendek("2026-11-23T10:00:00+07:00") == "23-11-2026"
    assert lokal.waktu("2026-11-23T14:05:09+07:00") == "23-11-2026 14.05"
    assert lokal.waktu("2026-11-23T14:05:09", detik=True) == "23-11-2026 14.05.09"
    assert lokal.tanggal("bukan tanggal") == "bukan tanggal"
    assert lokal.tanggal_pendek(None) == "" and lokal.waktu("") == ""
    pasang("en", folder_qm)
    assert QLocale().name() == "en_GB"
    assert lokal.angka(1234567) == "1,234,567"
    assert lokal.desimal(1.5) == "1.5"
    assert lokal.tanggal("2026-11-23") == "23 November 2026"
    assert lokal.tanggal("2026-08-17") == "17 August 2026"
    assert lokal.waktu("2026-11-23T14:05:09+07:00") == "23-11-2026 14:05"
    assert lokal.persen(1, 3) == "33%" and lokal.persen(0, 0) == "-"


def test_bahasa_c_dianggap_bahasa_indonesia(qapp):
    lama = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert lokal.angka(1234) == "1.234"
    finally:
        QLocale.setDefault(lama)
