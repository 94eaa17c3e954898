"""The family form: "Simpan" and "Simpan & berikutnya" follow one rule (a submitted, approved or
out-of-role family cannot be saved, and Ctrl+Enter there says why instead of moving on as if
saved; PgDn still moves on), old free-text "Pindah ke" naming one desa of the kabupaten is shown
as that desa (and stored as its code when the user saves), an ambiguous name stays text with
the reason, and the desa list follows a region reference imported while the window is open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.exchange import wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.ui import create_main_window
from tests.conftest import WILAYAH_61, cuplikan
from tests.lapangan import ID_KELUARGA, db_desa

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()
ANI = Pengguna("Ani", Peran.OPERATOR)


def _pindah(teks: str) -> Verifikasi:
    return Verifikasi(status_verifikasi="PINDAH", tanggal_kunjungan=HARI_INI.isoformat(),
                      nama_verifikator="Ani", pindah_ke=teks)


def _jendela(qtbot, path, user="Ani", role="operator"):
    w = create_main_window(path, user=user, role=role)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def _foto(widget, nama: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{nama}.png"))


@pytest.fixture
def db_kantor(tmp_path) -> Path:
    """A desa written with openpyxl; family 2 submitted for approval by the operator."""
    path = db_desa(tmp_path, jumlah=4)
    with sdb.terbuka(path) as db:
        versi = sv.simpan(db, ID_KELUARGA[1], ANI, Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
            tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator="Ani"), 0)
        sv.ubah_persetujuan(db, ID_KELUARGA[1], ANI, AksiPersetujuan.AJUKAN, versi)
    return path


def test_simpan_dan_berikutnya_mengikuti_aturan_simpan(qtbot, db_kantor):
    w = _jendela(qtbot, db_kantor)
    form = w.form
    simpan = form.findChild(QPushButton, "saveButton")
    berikut = form.findChild(QPushButton, "saveNextButton")
    pesan = form.findChild(QLabel, "pesanForm")
    w.buka_keluarga(ID_KELUARGA[0])
    assert simpan.isEnabled() and berikut.isEnabled()
    w.buka_keluarga(ID_KELUARGA[1])  # submitted: locked
    assert not simpan.isEnabled() and not berikut.isEnabled()
    assert "sudah diajukan" in berikut.toolTip() and "PgDn" in berikut.toolTip()
    with sdb.terbuka(db_kantor, baca_saja=True) as db:
        sebelum = cuplikan(db)
    form.findChild(QComboBox, "statusVerifikasiCombo").setFocus()
    qtbot.keyClick(form.findChild(QComboBox, "statusVerifikasiCombo"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert w._id_form == ID_KELUARGA[1]  # stays, says why, no "Tersimpan"
    assert pesan.isVisible()
    assert pesan.text().startswith("Tidak disimpan: sudah diajukan dan menunggu persetujuan")
    assert "PgDn" in pesan.text() and "Tersimpan" not in pesan.text()
    qtbot.keyClick(form.findChild(QComboBox, "statusVerifikasiCombo"), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert "Tersimpan" not in pesan.text()
    _foto(form, "form_terkunci_simpan_berikutnya")
    with sdb.terbuka(db_kantor, baca_saja=True) as db:
        assert cuplikan(db) == sebelum
    # the next-family key still moves on
    qtbot.keyClick(form.findChild(QComboBox, "statusVerifikasiCombo"), Qt.Key.Key_PageDown)
    assert w._id_form == ID_KELUARGA[2]
    assert simpan.isEnabled() and berikut.isEnabled() and not pesan.isVisible()
    w.close()


def test_peran_tanpa_hak_ubah_tidak_bisa_menyimpan(qtbot, db_kantor):
    w = _jendela(qtbot, db_kantor, user="adm", role="admin")
    w.buka_keluarga(ID_KELUARGA[0])
    form = w.form
    for nama in ("saveButton", "saveNextButton"):
        assert not form.findChild(QPushButton, nama).isEnabled()
    form.simpan_dan_berikutnya()
    assert w._id_form == ID_KELUARGA[0]
    assert form.findChild(QLabel, "pesanForm").text().startswith(
        "Tidak disimpan: peran Admin tidak mengubah hasil verifikasi")
    w.close()


@pytest.fixture
def db_pindah(tmp_path) -> Path:
    """The desa with the region reference; three families moved, written as free text before
    the desa picker: a desa's name, a name two desa carry, a place out of the kabupaten."""
    path = db_desa(tmp_path, jumlah=4)
    with sdb.terbuka(path) as db:
        wilayah_csv.impor(db, WILAYAH_61)
        swilayah.simpan_referensi(db, [swilayah.Wilayah(
            "6172041099", "Pasiran", "desa_kelurahan", "617204")])
        for idk, teks in zip(ID_KELUARGA, ("  desa  SUNGAI wie ", "Kelurahan Pasiran",
                                            "Kab. Sanggau"), strict=False):
            sv.simpan(db, idk, ANI, _pindah(teks), 0)
    return path


def _nilai_pindah(path, idk) -> tuple[str | None, str | None]:
    with sdb.terbuka(path, baca_saja=True) as db:
        v = sv.muat(db, idk).verifikasi
    return v.pindah_ke_kode, v.pindah_ke


def test_teks_pindah_lama_dibaca_sebagai_desa(qtbot, db_pindah):
    w = _jendela(qtbot, db_pindah)
    form = w.form
    jenis = form.findChild(QComboBox, "pindahJenisCombo")
    desa = form.findChild(QComboBox, "pindahDesaCombo")
    teks = form.findChild(QLineEdit, "pindahKeEdit")
    catatan = form.findChild(QLabel, "pindahCatatanLabel")
    w.buka_keluarga(ID_KELUARGA[0])
    assert jenis.currentText() == "Desa di kabupaten ini"
    assert desa.currentData() == "6172011006" and desa.currentText().startswith("Sungai Wie")
    assert catatan.isVisible() and catatan.text().startswith(
        'Isian lama "desa  SUNGAI wie" dibaca sebagai desa Sungai Wie')
    assert not form.ada_perubahan()  # leaving it asks nothing
    qtbot.wait(50)
    _foto(form, "form_pindah_teks_lama")
    assert _nilai_pindah(db_pindah, ID_KELUARGA[0]) == (None, "desa  SUNGAI wie")
    form.findChild(QPushButton, "saveButton").click()
    assert _nilai_pindah(db_pindah, ID_KELUARGA[0]) == ("6172011006", None)
    assert not catatan.isVisible()
    # two desa carry the name: stays text, and the note says why
    w.buka_keluarga(ID_KELUARGA[1])
    assert jenis.currentText() == "Luar kabupaten" and teks.text() == "Kelurahan Pasiran"
    assert catatan.isVisible()
    assert "ada 2 desa bernama itu" in catatan.text()
    assert "Pasiran, Singkawang Barat; Pasiran, Singkawang Utara" in catatan.text()
    qtbot.wait(50)  # the layout settles on the event loop, as on screen
    assert catatan.height() >= catatan.heightForWidth(catatan.width())  # no line cut off
    _foto(form, "form_pindah_teks_ganda")
    form.simpan_dan_berikutnya()  # nothing changed: nothing written, moves on
    assert _nilai_pindah(db_pindah, ID_KELUARGA[1]) == (None, "Kelurahan Pasiran")
    assert w._id_form == ID_KELUARGA[2]
    assert jenis.currentText() == "Luar kabupaten" and teks.text() == "Kab. Sanggau"
    assert not catatan.isVisible()
    w.close()


def test_daftar_desa_pindah_disegarkan_setelah_impor_referensi(qtbot, tmp_path):
    path = db_desa(tmp_path, jumlah=3)
    w = _jendela(qtbot, path, user="Rina", role="verifikator")
    w.buka_keluarga(ID_KELUARGA[0])
    desa = w.form.findChild(QComboBox, "pindahDesaCombo")
    sebelum = {desa.itemData(i) for i in range(desa.count())} - {None}
    assert sebelum == {"6172011001"}
    from kalbar_desktop.ui.impor_dialog import impor_wilayah

    tugas = impor_wilayah(w, WILAYAH_61)
    with qtbot.waitSignal(tugas.selesai, timeout=30000):
        pass
    qtbot.waitUntil(lambda: desa.count() > 20, timeout=5000)
    sesudah = {desa.itemData(i) for i in range(desa.count())} - {None}
    assert {"6172011006", "6172021001"} <= sesudah
    assert all(k.startswith("6172") for k in sesudah)
    w.close()
