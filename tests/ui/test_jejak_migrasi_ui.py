"""Audit rows written by a migration (0012_kelayakan_tanpa_status empties the kelayakan of
families still 'Belum diverifikasi' and writes UBAH rows without a user) are shown as by the
program in the family's history and the audit window, in both languages, instead of a blank
user; the audit export keeps the blank user and names the migration in its note. A kept
old-schema file seeded by plain sqlite3 is upgraded by opening it in the window."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTableWidget

from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import LEBAR_PENGGUNA, AuditLogDialog
from tests.unit.test_kelayakan_tanpa_status import SKEMA, _tanam

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
_K_PENGGUNA, _K_KETERANGAN = 2, 12


def _jendela_sesudah_migrasi(qtbot, tmp_path: Path):
    """The main window on an 0011 file with a family 'Belum diverifikasi' saved as Layak
    (upgraded to 0012 on opening), and that family's ID."""
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / "skema_0011.db", path)
    layak, _tidak_layak, _tanpa_status, _lain = _tanam(path)
    w = create_main_window(path, user="admin")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w, path, layak


def _riwayat_pengguna(w, idk: str) -> list[tuple[str, str]]:
    """(Pengguna, Isian) of the family's history rows."""
    assert w.buka_keluarga(idk)
    d = w.form.riwayat()
    tabel = d.findChild(QTableWidget, "riwayatTable")
    hasil = [(tabel.item(r, 1).text(), tabel.item(r, 3).text())
             for r in range(tabel.rowCount())]
    return d, hasil


def _pengguna_utuh(dialog: AuditLogDialog, teks: str) -> None:
    """The Pengguna column shows ``teks`` whole (it read "Pembaruan ..."), within its widest;
    the column next to it keeps its width."""
    tabel = dialog.findChild(QTableView, "auditTabel")
    perlu = tabel.fontMetrics().horizontalAdvance(teks)
    assert perlu < tabel.columnWidth(_K_PENGGUNA) <= LEBAR_PENGGUNA[1]
    assert tabel.columnWidth(_K_PENGGUNA + 1) == ekspor_audit.LEBAR[_K_PENGGUNA + 1] * 7


def test_baris_migrasi_tampil_sebagai_pembaruan_program(qtbot, tmp_path, folder_qm, pasang):
    pasang("id", folder_qm)
    w, path, idk = _jendela_sesudah_migrasi(qtbot, tmp_path)
    d, baris = _riwayat_pengguna(w, idk)
    assert ("Pembaruan program (0012 kelayakan_tanpa_status)", "Kelayakan") in baris
    assert all(pengguna for pengguna, _isian in baris)
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "riwayat_migrasi.png"))
    d.close()

    dialog = AuditLogDialog(w.db, path, w.pengguna, w)
    qtbot.addWidget(dialog)
    dialog.show()
    tabel = dialog.findChild(QTableView, "auditTabel")
    m = tabel.model()
    migrasi = [r for r in range(m.rowCount())
               if m.index(r, 7).data() == idk and m.index(r, 8).data() == "Kelayakan"]
    assert migrasi
    for r in migrasi:
        assert m.index(r, _K_PENGGUNA).data() == "Pembaruan program (0012 kelayakan_tanpa_status)"
    # a row written by a person keeps the person's name
    orang = [r for r in range(m.rowCount()) if m.baris[r][_K_PENGGUNA]]
    assert orang
    assert all(m.index(r, _K_PENGGUNA).data() == m.baris[r][_K_PENGGUNA] for r in orang)
    _pengguna_utuh(dialog, "Pembaruan program (0012 kelayakan_tanpa_status)")
    dialog.resize(1300, 500)
    dialog.grab().save(str(SHOTS / "audit_migrasi.png"))
    dialog.close()

    # the export keeps the stored (blank) user, the note names the migration
    berkas = tmp_path / "jejak.xlsx"
    ekspor_audit.ekspor(w.db, audit.SaringAudit(id_keluarga=idk), berkas,
                        w.pengguna)
    ws = openpyxl.load_workbook(berkas)["Jejak audit"]
    judul = [c.value for c in ws[1]]
    baris_x = [dict(zip(judul, (c.value for c in r), strict=True))
               for r in ws.iter_rows(min_row=2)]
    kelayakan = [b for b in baris_x if b["Kode kolom"] == "kelayakan"]
    assert kelayakan and all(b["Pengguna"] is None for b in kelayakan)
    assert all("(migrasi 0012)" in b["Keterangan"] for b in kelayakan)
    w.close()


def test_baris_migrasi_dalam_bahasa_inggris(qtbot, tmp_path, folder_qm, pasang):
    pasang("en", folder_qm)
    w, path, idk = _jendela_sesudah_migrasi(qtbot, tmp_path)
    d, baris = _riwayat_pengguna(w, idk)
    assert ("Program update (0012 kelayakan_tanpa_status)", "Eligibility") in baris
    d.grab().save(str(SHOTS / "riwayat_migrasi_en.png"))
    d.close()
    dialog = AuditLogDialog(w.db, path, w.pengguna, w)
    qtbot.addWidget(dialog)
    m = dialog.findChild(QTableView, "auditTabel").model()
    assert "Program update (0012 kelayakan_tanpa_status)" in {
        m.index(r, _K_PENGGUNA).data() for r in range(m.rowCount())}
    # its note in English too; the stored Indonesian note in the tip
    migrasi = [r for r in range(m.rowCount()) if not m.baris[r][_K_PENGGUNA]
               and (m.baris[r][_K_KETERANGAN] or "").startswith("Pembaruan struktur")]
    assert migrasi
    for r in migrasi:
        assert m.index(r, _K_KETERANGAN).data().startswith(
            "Database structure update (migration 0012): a family 'Not verified' may have no "
            "eligibility or reason")
        assert m.index(r, _K_KETERANGAN).data(Qt.ItemDataRole.ToolTipRole).endswith(
            "\n\n" + m.baris[r][_K_KETERANGAN])
    _pengguna_utuh(dialog, "Program update (0012 kelayakan_tanpa_status)")
    dialog.close()
    w.close()
    pasang("id", folder_qm)
