"""The user guide: Help > "Panduan pengguna" (F1) shows docs/panduan.md inside the application
with its screenshots; the guide covers every finding rule and its images are the committed
screenshots (all used, all small)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kalbar_desktop import sumber
from kalbar_desktop.domain.temuan import Aturan
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.panduan import JendelaPanduan

AKAR = Path(__file__).resolve().parents[2]
PANDUAN = AKAR / "docs" / "panduan.md"
SHOTS = AKAR / "screenshots"
BAGIAN = ["Panduan Pengguna Kalbar Desktop", "1. Memasang aplikasi",
          "2. Pertama kali membuka aplikasi", "3. Impor berkas P3KE",
          "4. Verifikasi sehari-hari", "5. Persetujuan", "6. Ekspor untuk provinsi",
          "7. Cadangan dan pemulihan", "8. Temuan kualitas data", "9. Bila ada masalah"]


@pytest.fixture
def jendela(qtbot, db_path):
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    return w


def _gambar_di_panduan() -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", PANDUAN.read_text(encoding="utf-8"))


def test_menu_bantuan_dan_f1_membuka_panduan(qtbot, jendela):
    aksi = jendela.aksi_panduan
    assert aksi in jendela.menu_bantuan.actions()
    assert jendela.menu_bantuan.actions()[0] is aksi  # the guide first, then log and About
    assert aksi.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert aksi.text() == "&Panduan pengguna"
    jendela.activateWindow()
    jendela.table.setFocus()
    qtbot.keyClick(jendela.table, Qt.Key.Key_F1)
    panduan = jendela.findChild(JendelaPanduan, "panduanWindow")
    qtbot.waitUntil(lambda: panduan is not None and panduan.isVisible(), timeout=3000)
    assert panduan.windowTitle() == "Panduan pengguna - Kalbar Desktop"
    assert panduan.judul() == "Panduan Pengguna Kalbar Desktop"
    assert panduan.bagian()[:1] + [b for b in panduan.bagian() if b[0].isdigit()] == BAGIAN
    gambar = panduan.gambar()
    assert len(gambar) == len(_gambar_di_panduan()) >= 10
    assert all(dimuat for _nama, dimuat in gambar), [n for n, d in gambar if not d]
    assert not panduan.catatan_bahasa.isVisible()  # Indonesian interface: no note
    SHOTS.mkdir(exist_ok=True)
    assert panduan.grab().save(str(SHOTS / "panduan.png"))

    # F1 again brings the same window to the front
    jendela.aksi_panduan.trigger()
    assert jendela.findChildren(JendelaPanduan) == [panduan]


def test_daftar_isi_dan_pencarian(qtbot, jendela):
    jendela.aksi_panduan.trigger()
    panduan = jendela.jendela_panduan
    bar = panduan.browser.verticalScrollBar()
    assert bar.value() == 0
    assert panduan.tampilkan_bagian("8. Temuan")
    assert bar.value() > 0
    kursor = panduan.browser.textCursor()
    assert kursor.block().text().startswith("8. Temuan kualitas data")
    assert panduan.cari_berikutnya.__self__ is panduan
    panduan.cari.setText("NIK_RUSAK_EXCEL")
    assert "NIK_RUSAK_EXCEL" in panduan.browser.textCursor().selectedText()
    panduan.cari.setText("kata yang tidak ada di panduan")
    assert panduan.label_cari.text() == "Tidak ditemukan"
    SHOTS.mkdir(exist_ok=True)
    assert panduan.grab().save(str(SHOTS / "panduan_temuan.png"))


def test_panduan_hilang_pesan_jelas(qtbot, tmp_path):
    d = JendelaPanduan(tmp_path / "tidak_ada.md")
    qtbot.addWidget(d)
    teks = d.browser.toPlainText()
    assert "Panduan pengguna tidak ditemukan" in teks and "tidak_ada.md" in teks
    assert "Pasang ulang Kalbar Desktop" in teks
    assert d.bagian() == [] and d.gambar() == []


def test_panduan_dari_bundel_memakai_meipass(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert sumber.berkas_panduan() == tmp_path / "docs" / "panduan.md"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert sumber.berkas_panduan() == PANDUAN


def test_panduan_menjelaskan_setiap_aturan_temuan():
    teks = PANDUAN.read_text(encoding="utf-8")
    baris_tabel = {m.group(1) for m in re.finditer(r"^\| `([A-Z_]+)` \|", teks, re.MULTILINE)}
    assert baris_tabel == {a.value for a in Aturan}


def test_gambar_panduan_ada_dipakai_dan_kecil():
    dipakai = _gambar_di_panduan()
    folder = AKAR / "docs" / "img"
    ada = sorted(p.name for p in folder.glob("*.png"))
    assert sorted({Path(g).name for g in dipakai}) == ada  # every image used, none missing
    assert all(g.startswith("img/") for g in dipakai)
    for p in folder.glob("*.png"):
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert p.stat().st_size < 120_000, p.name
    assert sum(p.stat().st_size for p in folder.glob("*.png")) < 1_000_000


def test_panduan_dalam_bahasa_inggris_diberi_catatan(qtbot, qapp, monkeypatch):
    from kalbar_desktop.ui import bahasa

    monkeypatch.setattr(bahasa, "_aktif", ["en"])
    d = JendelaPanduan()
    qtbot.addWidget(d)
    d.show()
    assert d.catatan_bahasa.isVisible()
    assert QApplication.instance() is qapp
