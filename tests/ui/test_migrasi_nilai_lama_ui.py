"""Migration 0015 seen in the window: a database the code before stop 22 wrote (1/0 in yes/no
columns, 'Tidak Ada' stored as 'Lainnya') is upgraded by the start's progress dialog; the
audit window shows its one row as the program's, in both languages; the family form shows the
values and findings as an import makes them now."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QProgressDialog, QTableView

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.app import perbarui_skema
from kalbar_desktop.ui.audit_dialog import (
    _K_KETERANGAN,
    _K_KODE,
    _K_PENGGUNA,
    _K_TINDAKAN,
    AuditLogDialog,
)
from tests.unit.test_migrasi_nilai_lama import LAMA

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _diperbarui(qtbot, tmp_path: Path) -> Path:
    """The old file upgraded as the window's start does it (its dialog grabbed meanwhile)."""
    path = tmp_path / "lama.db"
    shutil.copyfile(LAMA, path)
    assert sdb.migrasi_tertunda(path) == ["0015_nilai_lama_dibaca_ulang"]
    dilihat: list[str] = []

    def lihat() -> None:
        for d in QApplication.topLevelWidgets():
            if isinstance(d, QProgressDialog) and d.objectName() == "dialogPerbaruiSkema":
                dilihat.append(d.labelText())
                SHOTS.mkdir(exist_ok=True)
                d.grab().save(str(SHOTS / "perbarui_skema_0015.png"))

    QTimer.singleShot(0, lihat)
    perbarui_skema(path)
    assert sdb.migrasi_tertunda(path) == []
    assert dilihat and "lama.db" in dilihat[0]
    return path


def _jendela(qtbot, path: Path):
    w = create_main_window(path, user="admin")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w


def _baris_migrasi(qtbot, w, path: Path) -> tuple[AuditLogDialog, list[str]]:
    dialog = AuditLogDialog(w.db, path, w.pengguna, w)
    qtbot.addWidget(dialog)
    dialog.show()
    m = dialog.findChild(QTableView, "auditTabel").model()
    baris = [r for r in range(m.rowCount()) if m.baris[r][_K_KODE] == "MIGRASI"]
    assert len(baris) == 1
    r = baris[0]
    return dialog, [m.index(r, k).data() for k in (_K_PENGGUNA, _K_TINDAKAN, _K_KETERANGAN)]


def test_migrasi_dari_jendela_dan_jejaknya(qtbot, tmp_path, folder_qm, pasang):
    pasang("id", folder_qm)
    path = _diperbarui(qtbot, tmp_path)
    w = _jendela(qtbot, path)
    dialog, (pengguna, tindakan, keterangan) = _baris_migrasi(qtbot, w, path)
    assert pengguna == "Pembaruan program (0015 nilai_lama_dibaca_ulang)"
    assert tindakan == "Pembaruan struktur basis data"
    assert keterangan.startswith("Pembaruan struktur basis data (migrasi 0015): nilai dari "
                                 "versi lama dibaca dengan aturan kode sekarang: 18 nilai 1/0")
    dialog.resize(1300, 500)
    dialog.grab().save(str(SHOTS / "audit_migrasi_0015.png"))
    dialog.close()

    # the family whose toilet the file said it has none: 'Tidak Ada' and its finding
    assert w.buka_keluarga("0061729001")
    daftar = w.form.findChild(QListWidget, "findingsList")
    teks = [daftar.item(i).text() for i in range(daftar.count())]
    assert any("Tidak Ada" in t for t in teks), teks
    w.form.grab().save(str(SHOTS / "formulir_migrasi_0015.png"))
    w.close()


def test_jejak_migrasi_dalam_bahasa_inggris(qtbot, tmp_path, folder_qm, pasang):
    pasang("en", folder_qm)
    path = _diperbarui(qtbot, tmp_path)
    w = _jendela(qtbot, path)
    dialog, (pengguna, tindakan, keterangan) = _baris_migrasi(qtbot, w, path)
    assert pengguna == "Program update (0015 nilai_lama_dibaca_ulang)"
    assert tindakan == "Database structure update"
    assert keterangan.startswith(
        "Database structure update (migration 0015): values of an older version read with "
        "today's code rules: 18 values 1/0 or TRUE/FALSE in yes/no columns became yes/no "
        "(4 family rows, 3 member rows), 2 toilet facilities")
    dialog.close()
    w.close()
    pasang("id", folder_qm)
