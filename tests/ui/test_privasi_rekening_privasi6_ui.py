"""A bank account number typed into a note through the form (closing note 23): an operator
(no full-NIK right) reads it with its last four digits only, not masked like a NIK; the NIK
in the same note keeps the NIK mask; editing the note around both keeps them whole; a
verifikator reads everything. Before, the BRI number kept 10 of its 15 digits and a BNI
number of 10 digits stayed whole."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPlainTextEdit

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests import privasi_rusak as pr
from tests.ui.test_privasi_catatan_ui import IDK, _teks_tabel

NIK = "6172011508800001"
DIKETIK = f"NIK baru {NIK}. Bantuan lewat rek BRI 0123-01-012345-50-1 atau BNI 0123456789"
SAMAR = ("NIK baru 617201******0001. Bantuan lewat rek BRI ****-**-*****5-50-1 atau "
         "BNI ******6789")


def _siapkan(tmp_path):
    path = tmp_path / "kab.db"
    pr.impor_rusak(tmp_path, path)
    with sdb.terbuka(path) as db:
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                       tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
        sv.simpan(db, IDK, Pengguna("Ani", Peran.OPERATOR), v, sv.muat(db, IDK).versi)
    return path


def test_operator_mengetik_nomor_rekening_di_catatan(qtbot, tmp_path):
    path = _siapkan(tmp_path)
    w = pr.jendela(qtbot, path, "operator")
    assert w.buka_keluarga(IDK)
    edit = w.form.findChild(QPlainTextEdit, "catatanEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, DIKETIK)
    assert w.form.simpan(), w.form.pesan.text()
    with sdb.terbuka(path) as db:
        assert sv.muat(db, IDK).verifikasi.catatan == DIKETIK  # stored as typed
    assert edit.toPlainText() == SAMAR  # read back masked
    assert not any(n in t for t in _teks_tabel(w) for n in ("012345-50", "0123456789"))
    w.grab().save("/tmp/privasi6-rekening-operator.png")
    # edited around the masked numbers: they stay whole
    edit.setPlainText(edit.toPlainText() + " (dicek)")
    assert w.form.simpan(), w.form.pesan.text()
    with sdb.terbuka(path) as db:
        assert sv.muat(db, IDK).verifikasi.catatan == DIKETIK + " (dicek)"
    d = w.form.riwayat()
    qtbot.addWidget(d)
    from PySide6.QtWidgets import QTableWidget

    t = d.findChild(QTableWidget, "riwayatTable")
    sel = [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount())
           if t.item(r, c) is not None]
    assert SAMAR in sel, sel
    assert not any(n in s for s in sel for n in ("012345-50", "0123456789", NIK)), sel
    d.close()


def test_verifikator_membaca_nomor_rekening_utuh(qtbot, tmp_path):
    path = _siapkan(tmp_path)
    with sdb.terbuka(path) as db:
        d = sv.muat(db, IDK)
        v = d.verifikasi
        sv.simpan(db, IDK, Pengguna("Ani", Peran.OPERATOR),
                  Verifikasi(**{**v.__dict__, "catatan": DIKETIK}), d.versi)
    w = pr.jendela(qtbot, path, "verifikator")
    assert w.buka_keluarga(IDK)
    assert w.form.findChild(QPlainTextEdit, "catatanEdit").toPlainText() == DIKETIK
