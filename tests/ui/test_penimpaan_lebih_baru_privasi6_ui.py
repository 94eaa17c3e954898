"""A read-only window and a *newer* copy of the same database put over its file (closing note
23, "Personal data"): the same id, its audit trail carried further on another laptop, copied
back with a plain ``cp``. That looked like the writing program's own rows moved into the file,
so the window went on reading a mixture of its cache, the writer's journal and the copy
(measured: the audit log counted 0 rows). Now the window opens the file anew without asking,
reloads the table and says so in the status bar; the writer's own rows still raise nothing."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from tests.ui.test_penimpaan_hanya_baca_terima11_ui import (
    _aktif,
    _dialog,
    _jendela_hanya_baca,
    _penulis,
    _tulis,
    _tutup,
)

NAMA_BARU = "NAMA DARI LAPTOP KANTOR"


def _salinan_baru(db_isi, tmp_path):
    """The database as it is now, carried further elsewhere: a family's head renamed there and
    three audit rows more (what a colleague's laptop adds)."""
    baru = tmp_path / "salinan-baru.db"
    with sqlite3.connect(f"{db_isi.as_uri()}?mode=ro", uri=True) as conn:  # beside the writer
        conn.execute(f"VACUUM INTO '{baru}'")
    with sdb.terbuka(baru) as db:
        pertama = db.execute("SELECT id_keluarga FROM keluarga ORDER BY nama_kepala LIMIT 1"
                             ).fetchone()[0]
        db.execute("UPDATE keluarga SET nama_kepala = ? WHERE id_keluarga = ?",
                   [NAMA_BARU, pertama])
        for i in range(3):
            audit.tulis(db, [audit.Catatan(aksi="UBAH", pengguna="kantor", kolom="catatan",
                                           nilai_baru=f"di laptop kantor {i}")])
        segel = db.execute("SELECT id_terakhir FROM audit_segel").fetchone()[0]
    return baru, segel


def _nama_di_tabel(w) -> list[str]:
    m = w.model
    return [str(m.data(m.index(r, c, QModelIndex()), Qt.ItemDataRole.DisplayRole))
            for r in range(m.rowCount()) for c in range(m.columnCount())]


def _audit_terbaca(w) -> int:
    return w.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def _periksa_salinan_terbaca(qtbot, w, db_isi, segel) -> None:
    qtbot.waitUntil(lambda: "diganti dari luar" in w.statusBar().currentMessage(),
                    timeout=5000)
    assert "salinan yang lebih baru" in w.statusBar().currentMessage()
    assert _dialog() is None  # nothing to decide: the same database, carried further
    assert w.isi.currentWidget() is w.table
    assert any(NAMA_BARU in teks for teks in _nama_di_tabel(w))
    with sqlite3.connect(f"{db_isi.as_uri()}?immutable=1", uri=True) as conn:
        assert _audit_terbaca(w) == conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert w.pengawas_penimpaan.ditemukan is None
    assert w.pengawas_penimpaan.dikenal.segel[0] == segel


def test_salinan_lebih_baru_saat_penulis_bekerja(qtbot, db_isi, tmp_path, caplog):
    penulis = _penulis(db_isi)
    try:
        w = _jendela_hanya_baca(qtbot, db_isi)
        _tulis(penulis, "rekan menulis")  # moved into the file too: not a copy
        _aktif(qtbot, w)
        assert _dialog() is None and "diganti" not in w.statusBar().currentMessage()
        baru, segel = _salinan_baru(db_isi, tmp_path)  # its journal's rows are in the copy
        shutil.copy(baru, db_isi)
        _aktif(qtbot, w)
        _periksa_salinan_terbaca(qtbot, w, db_isi, segel)
        assert f"salinan yang lebih baru dari basis data yang sama ditaruh di atas berkasnya " \
               f"(jejak auditnya berlanjut sampai catatan nomor {segel})" in caplog.text
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)


def test_salinan_lebih_baru_setelah_penulis_ditutup(qtbot, db_isi, tmp_path):
    """The program that wrote is closed, then the copy from the office laptop is put back
    (by the timer: nobody comes back to the window)."""
    penulis = _penulis(db_isi)
    w = _jendela_hanya_baca(qtbot, db_isi)
    _tulis(penulis, "sebelum ditutup")
    penulis.communicate("", timeout=30)
    _aktif(qtbot, w)
    assert _dialog() is None and "diganti" not in w.statusBar().currentMessage()
    baru, segel = _salinan_baru(db_isi, tmp_path)
    shutil.copy(baru, db_isi)
    _periksa_salinan_terbaca(qtbot, w, db_isi, segel)
    _aktif(qtbot, w)  # read as its own file from now on: no second word
    assert _dialog() is None
    _tutup(w)


def test_formulir_terbuka_dimuat_ulang(qtbot, db_isi, tmp_path):
    penulis = _penulis(db_isi)
    try:
        w = _jendela_hanya_baca(qtbot, db_isi)
        baru, _segel = _salinan_baru(db_isi, tmp_path)
        with sqlite3.connect(baru) as conn:
            id_keluarga = conn.execute("SELECT id_keluarga FROM keluarga WHERE nama_kepala = ?",
                                       [NAMA_BARU]).fetchone()[0]
        w.form.buka(id_keluarga)
        w.detail.setCurrentWidget(w.form)
        assert w.form.data.nilai.get("nama_kepala") != NAMA_BARU
        shutil.copy(baru, db_isi)
        _aktif(qtbot, w)
        qtbot.waitUntil(lambda: "diganti dari luar" in w.statusBar().currentMessage(),
                        timeout=5000)
        assert w.form.data.nilai.get("nama_kepala") == NAMA_BARU
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)


def test_salinan_yang_bercabang_ditanyakan(qtbot, db_isi, tmp_path):
    """A copy made before the writer's last rows and carried on elsewhere (its trail as long
    or longer, another row at the number known here) is not the same database carried
    further: the dialog asks, naming it another copy of the same database (it said "an older
    copy" though its trail is longer)."""
    penulis = _penulis(db_isi)
    try:
        w = _jendela_hanya_baca(qtbot, db_isi)
        baru, _segel = _salinan_baru(db_isi, tmp_path)
        _tulis(penulis, "rekan menulis di sini")  # the copy does not have this row
        _aktif(qtbot, w)
        assert _dialog() is None
        shutil.copy(baru, db_isi)
        _aktif(qtbot, w)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
        teks = _dialog().text()
        assert "salinan lain dari basis data yang sama" in teks, teks
        assert "lebih lama" not in teks, teks
        assert _dialog().findChild(QPushButton, "pakaiBerkasIniButton") is not None
        assert "diganti dari luar" not in w.statusBar().currentMessage()
        _tutup(w)
    finally:
        penulis.communicate("", timeout=30)
