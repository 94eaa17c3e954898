"""After Terapkan the re-import window still lists what was not applied (closing note 23,
Export and re-import): a note held back for a masked number that stands for nothing stored
and a row whose ID Keluarga is not in this database stayed in the summary sentence, but the
problems table showed only what failed while applying, so after Apply it went empty. The
workbook is the office's own export edited with openpyxl; applied to a real database file."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTableView

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela
from tests.unit.test_catatan_ditahan_cetak3 import CATATAN_BARU, _workbook
from tests.unit.test_ekspor_catatan_samar import K1, K2
from tests.unit.test_impor_ulang_sel5 import _buka

ID_ASING = "0061799999"


def _masalah(d) -> list[tuple[str, str, str]]:
    m = d.findChild(QTableView, "reimportProblems").model()
    return [(m.index(r, 1).data(), m.index(r, 2).data(), m.index(r, 3).data())
            for r in range(m.rowCount())]


def test_masalah_pratinjau_tetap_tampil_setelah_terapkan(qtbot, tmp_path):
    kantor, buku, _baris = _workbook(tmp_path)
    wb, kolom, baris = _buka(buku)
    ws = wb["Data Keluarga"]
    # family 2's row typed over with an ID this database does not hold
    ws.cell(baris["Data Keluarga"][K2], kolom["Data Keluarga"]["ID Keluarga P3KE"]).value = \
        ID_ASING
    wb.save(buku)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    sebelum = _masalah(d)
    assert [m[0] for m in sebelum].count(K1) == 2 and any(m[0] == ID_ASING for m in sebelum), \
        sebelum
    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert terapkan.isEnabled()
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    with sdb.terbuka(kantor) as db:
        v = sv.muat(db, K1).verifikasi
    assert v.kelayakan == "LAYAK_INTERVENSI" and v.catatan == CATATAN_BARU
    # the same lines, in the same words, after Apply: nothing of them was applied
    assert _masalah(d) == sebelum
    assert d.judul_masalah.isVisible() and d.tabel_masalah.isVisible()
    assert d.judul_ubah.text().startswith("Perubahan pratinjau (sudah diterapkan")
    status = d.status.text()
    assert status.startswith("1 keluarga diperbarui dari workbook"), status
    assert "3 baris atau isian dari pratinjau tidak diterapkan" in status, status
    d.resize(1150, 700)
    d.grab().save("/tmp/ulang6/setelah_terapkan.png")
    d.reject()
