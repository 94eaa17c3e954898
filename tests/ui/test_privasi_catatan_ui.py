"""The window masks NIKs and No KKs typed into notes for an operator (no full-NIK right): the
form's Catatan and "Alasan lainnya", the send-back banner, the table's approval column and its
tooltip, the history. An operator who edits a note in its masked form saves the NIKs in it
unchanged. The form shows the No KK masked to an operator; it empties on focus so the number on
the KK card can be typed, and shows the masked one again when left empty. A verifikator reads
everything whole. Before, notes and the No KK field showed in full."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableWidget

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests import privasi_rusak as pr

IDK = "0061720001"
NIK = "6172011508800001"
KK = "6172011203150009"
NIK_13 = "6172015003852"
CATATAN = f"Kepala pindah. NIK baru {NIK}; istri {NIK_13}. HP 081234567890, RT 003"
LAINNYA = f"KK {KK} milik keluarga lain"
KEMBALI = f"Cocokkan NIK {NIK} dengan KTP"
_PANJANG = re.compile(r"(?<!\d)\d{13,}(?!\d)")


@pytest.fixture
def db_catatan(tmp_path):
    path = tmp_path / "kab.db"
    pr.impor_rusak(tmp_path, path)
    operator = Pengguna("Darto", Peran.OPERATOR)
    with sdb.terbuka(path) as db:
        hari_ini = dt.date.today().isoformat()
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="TIDAK_LAYAK", alasan="LAINNYA",
                       alasan_lainnya=LAINNYA, tanggal_kunjungan=hari_ini,
                       nama_verifikator="Darto", catatan=CATATAN)
        versi = sv.simpan(db, IDK, operator, v, sv.muat(db, IDK).versi, koreksi={"no_kk": KK})
        versi = sv.ubah_persetujuan(db, IDK, operator, AksiPersetujuan.AJUKAN, versi)
        sv.ubah_persetujuan(db, IDK, Pengguna("Rina", Peran.VERIFIKATOR),
                            AksiPersetujuan.KEMBALIKAN, versi, KEMBALI)
    return path


def _jendela(qtbot, db_path, role):
    w = pr.jendela(qtbot, db_path, role)
    assert w.buka_keluarga(IDK)
    return w


def _teks_tabel(w) -> list[str]:
    m = w.model
    return [str(m.data(m.index(r, c), role) or "") for r in range(m.rowCount())
            for c in range(m.columnCount())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]


def test_operator_membaca_catatan_tersamar(qtbot, db_catatan):
    w = _jendela(qtbot, db_catatan, "operator")
    catatan = w.form.findChild(QPlainTextEdit, "catatanEdit").toPlainText()
    assert catatan == ("Kepala pindah. NIK baru 617201******0001; istri *********3852. "
                       "HP 081234567890, RT 003")
    lainnya = w.form.findChild(QLineEdit, "alasanLainnyaEdit").text()
    assert lainnya == "KK 617201******0009 milik keluarga lain"
    assert "Cocokkan NIK 617201******0001 dengan KTP" in w.form.spanduk.text()
    tabel = _teks_tabel(w)
    assert any("Cocokkan NIK 617201******0001" in t for t in tabel)
    assert not any(_PANJANG.search(t) for t in [*tabel, w.form.spanduk.text()])
    w.grab().save("/tmp/privasi4-catatan-operator.png")
    d = w.form.riwayat()
    qtbot.addWidget(d)
    t = d.findChild(QTableWidget, "riwayatTable")
    sel = [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount())]
    assert catatan in sel and lainnya in sel and "617201******0009" in sel, sel
    assert "Cocokkan NIK 617201******0001 dengan KTP" in sel
    assert not any(_PANJANG.search(s) for s in sel), sel
    d.close()


def test_verifikator_membaca_catatan_utuh(qtbot, db_catatan):
    w = _jendela(qtbot, db_catatan, "verifikator")
    assert w.form.findChild(QPlainTextEdit, "catatanEdit").toPlainText() == CATATAN
    assert w.form.findChild(QLineEdit, "alasanLainnyaEdit").text() == LAINNYA
    assert w.form.findChild(QLineEdit, "isian_no_kk").text() == KK
    assert KEMBALI in w.form.spanduk.text()
    assert any(KEMBALI in t for t in _teks_tabel(w))


def test_operator_menyunting_catatan_tersamar_nik_tetap_tersimpan(qtbot, db_catatan):
    w = _jendela(qtbot, db_catatan, "operator")
    edit = w.form.findChild(QPlainTextEdit, "catatanEdit")
    assert not w.form.ada_perubahan()  # the masked note read back is the stored one
    edit.setPlainText(edit.toPlainText().replace("Kepala pindah.", "Kepala pindah ke Sambas.")
                      + " Anak 6172014101100003.")
    lainnya = w.form.findChild(QLineEdit, "alasanLainnyaEdit")
    lainnya.setText(lainnya.text() + " (dicek)")
    assert w.form.simpan(), w.form.pesan.text()
    with sdb.terbuka(db_catatan) as db:
        v = sv.muat(db, IDK).verifikasi
    assert v.catatan == CATATAN.replace("Kepala pindah.", "Kepala pindah ke Sambas.") + (
        " Anak 6172014101100003.")
    assert v.alasan_lainnya == LAINNYA + " (dicek)"
    # reloaded after the save: what was typed is masked now too
    assert "Anak 617201******0003." in edit.toPlainText()


def test_no_kk_operator_tersamar_dan_bisa_diganti(qtbot, db_catatan):
    w = _jendela(qtbot, db_catatan, "operator")
    kk = w.form.findChild(QLineEdit, "isian_no_kk")
    assert kk.text() == "617201******0009" and not kk.isReadOnly()
    kk.setFocus()
    qtbot.waitUntil(kk.hasFocus)
    assert kk.text() == ""  # empty for typing the card's number; the stored one is not shown
    assert not w.form.ada_perubahan()
    w.grab().save("/tmp/privasi4-nokk-fokus.png")
    w.form.findChild(QPlainTextEdit, "catatanEdit").setFocus()
    qtbot.waitUntil(lambda: not kk.hasFocus())
    assert kk.text() == "617201******0009"
    assert not w.form.ada_perubahan()
    kk.setFocus()
    qtbot.waitUntil(kk.hasFocus)
    qtbot.keyClicks(kk, "6172011203150010")
    assert w.form.ada_perubahan()
    assert w.form.simpan(), w.form.pesan.text()
    with sdb.terbuka(db_catatan) as db:
        assert sv.muat(db, IDK).nilai["no_kk"] == "6172011203150010"
    assert w.findChild(QLineEdit, "isian_no_kk").text() == "617201******0010"
    d = w.form.riwayat()
    qtbot.addWidget(d)
    t = d.findChild(QTableWidget, "riwayatTable")
    sel = [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount())]
    assert "617201******0010" in sel and not any(_PANJANG.search(s) for s in sel), sel
    w.grab().save("/tmp/privasi4-nokk-operator.png")
    d.close()
