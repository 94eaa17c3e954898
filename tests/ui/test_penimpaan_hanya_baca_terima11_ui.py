"""A read-only window (another program writes) and a copy written over its database file in
place (closing note 22, "Personal data": ``cp`` over the open database was not caught there).
Found from outside by terima11: an older copy put over the file left the window showing the
old rows and reading whatever the file and the writer's journal made together, without a
word. Now the window looks at which database the file itself holds when it becomes active
again (and every few seconds) and says so through the guard's dialog; another program's
ordinary writes, moved into the file, are not taken for a copy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window, penimpaan

_PENULIS = """
import sys
from kalbar_desktop.storage import audit, db
d = db.buka(sys.argv[1])
print('siap', flush=True)
for baris in sys.stdin:
    audit.tulis(d, [audit.Catatan(aksi='UBAH', pengguna='rekan', kolom='catatan',
                                  nilai_baru=baris.strip())])
    d.execute('PRAGMA wal_checkpoint(PASSIVE)')
    print('ok', flush=True)
"""


def _penulis(db_path) -> subprocess.Popen:
    """Another program holds the database for writing. Each line sent to it records one
    audit row and moves the journal into the file (a checkpoint), as a busy writer does."""
    p = subprocess.Popen([sys.executable, "-c", _PENULIS, str(db_path)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "siap"
    return p


def _tulis(penulis: subprocess.Popen, teks: str) -> None:
    penulis.stdin.write(teks + "\n")
    penulis.stdin.flush()
    assert penulis.stdout.readline().strip() == "ok"


def _salinan_lama(db_isi, tmp_path):
    """A copy of the database as it is now (its audit trail stops here)."""
    lama = tmp_path / "salinan-lama.db"
    with sdb.terbuka(db_isi) as db:
        db.execute(f"VACUUM INTO '{lama}'")
    return lama


def _aktif(qtbot, w) -> None:
    """The person comes back to the window."""
    QApplication.sendEvent(w, QEvent(QEvent.Type.WindowActivate))
    qtbot.wait(penimpaan.KONFIRMASI_MS + 300)


def _dialog():
    return next((x for x in QApplication.topLevelWidgets()
                 if isinstance(x, QMessageBox) and x.isVisible()
                 and x.objectName() == "dialogBasisDataBermasalah"), None)


def _jendela_hanya_baca(qtbot, db_path):
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    qtbot.wait(200)
    assert w.db.baca_saja
    return w


def _foto(w, dialog) -> None:
    """Screenshots to look at (``KALBAR_FOTO=folder``)."""
    folder = os.environ.get("KALBAR_FOTO")
    if folder:
        w.grab().save(os.path.join(folder, "penimpaan_jendela.png"))
        dialog.grab().save(os.path.join(folder, "penimpaan_dialog.png"))


def _tutup(w) -> None:
    dialog = _dialog()
    if dialog is not None:
        dialog.done(0)
    w.tutup_tanpa_tanya = True
    w.close()


def test_salinan_lama_di_atas_berkas_dikenali(qtbot, db_isi, tmp_path):
    lama = _salinan_lama(db_isi, tmp_path)
    penulis = _penulis(db_isi)
    try:
        _tulis(penulis, "sesudah salinan dibuat")
        w = _jendela_hanya_baca(qtbot, db_isi)
        keluarga = w.model.rowCount()
        assert keluarga > 0
        _aktif(qtbot, w)  # nothing changed yet: no word
        assert _dialog() is None and w.isi.currentWidget() is w.table
        shutil.copyfile(lama, db_isi)  # plain cp: the same file, other bytes
        _aktif(qtbot, w)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
        teks = _dialog().text()
        assert "bukan yang tadi dibuka" in teks and "salinan yang lebih lama" in teks, teks
        assert _dialog().findChild(QPushButton, "pakaiBerkasIniButton") is not None
        assert "hanya membaca" in _dialog().informativeText()  # no flash drive, no form
        # the old rows are not shown as if they were the file's
        assert w.isi.currentWidget() is w.penjaga_terputus.halaman
        with pytest.raises(sdb.BasisDataTerputus, match="salinan yang lebih lama"):
            w.db.execute("SELECT count(*) FROM keluarga").fetchone()
        _foto(w, _dialog())
        # "Pakai berkas ini": the window reads the copy, the old journal is set aside (kept)
        _dialog().findChild(QPushButton, "pakaiBerkasIniButton").click()
        qtbot.waitUntil(lambda: w.isi.currentWidget() is w.table, timeout=5000)
        with sqlite3.connect(lama) as conn:
            assert w.model.rowCount() == conn.execute(
                "SELECT count(*) FROM keluarga").fetchone()[0]
        assert list(db_isi.parent.glob(f"{db_isi.name}-wal.terlepas-*"))
        assert w.pengawas_penimpaan.ditemukan is not None
        _aktif(qtbot, w)  # what the file holds now is the database the window reads
        assert w.pengawas_penimpaan.ditemukan is None and _dialog() is None
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_isi),
                            "check"], capture_output=True, text=True, timeout=60)
    assert hasil.returncode == 0 and "SEHAT" in hasil.stdout, hasil.stdout + hasil.stderr


def test_basis_data_lain_di_atas_berkas_dikenali(qtbot, db_isi, tmp_path):
    lain = tmp_path / "lain.db"
    with sdb.terbuka(lain) as db:  # made apart: another id
        db.execute("SELECT 1")
    penulis = _penulis(db_isi)
    try:
        w = _jendela_hanya_baca(qtbot, db_isi)
        shutil.copyfile(lain, db_isi)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=penimpaan.SELANG_MS * 3)
        assert "kode identitasnya berbeda" in _dialog().text()
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)


def test_berkas_yang_sedang_ditulis_ditunggu_diam(qtbot, db_isi, tmp_path):
    """A difference read while the file is being written (another program's checkpoint copies
    pages one after another) is read again; it counts only once the file stood still."""
    lama = _salinan_lama(db_isi, tmp_path)
    penulis = _penulis(db_isi)
    try:
        _tulis(penulis, "sesudah salinan dibuat")
        w = _jendela_hanya_baca(qtbot, db_isi)
        pengawas = w.pengawas_penimpaan
        pengawas.pengawas.stop()  # the looks below only
        shutil.copyfile(lama, db_isi)
        pengawas.periksa()  # differs: to be read again
        st = db_isi.stat()
        os.utime(db_isi, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # written meanwhile
        pengawas.periksa()
        qtbot.wait(50)
        assert _dialog() is None and pengawas.ditemukan is None
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)  # then it stood still
        assert "salinan yang lebih lama" in _dialog().text()
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)


def test_tulisan_program_lain_bukan_salinan(qtbot, db_isi):
    penulis = _penulis(db_isi)
    try:
        w = _jendela_hanya_baca(qtbot, db_isi)
        for i in range(3):
            _tulis(penulis, f"rekan menulis {i}")
            _aktif(qtbot, w)
        assert _dialog() is None and w.isi.currentWidget() is w.table
        assert w.pengawas_penimpaan.ditemukan is None
        with sqlite3.connect(f"{db_isi.as_uri()}?immutable=1", uri=True) as conn:
            segel = conn.execute("SELECT id_terakhir FROM audit_segel").fetchone()[0]
        assert w.pengawas_penimpaan.dikenal.segel[0] == segel  # it followed the writer
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)


def test_jendela_yang_menulis_tanpa_pengawas(qtbot, db_isi):
    w = create_main_window(db_isi, user="penguji")
    qtbot.addWidget(w)
    assert not w.db.baca_saja
    assert getattr(w, "pengawas_penimpaan", None) is None  # its own guard reads the bytes
    _tutup(w)
