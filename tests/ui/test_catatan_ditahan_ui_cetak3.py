"""The re-import window with a note held back for a masked number that stands for nothing
stored (closing note 21): the problem lines name both notes, the family's kelayakan and the
member's status are among the changes to apply, the summary names the held notes in a sentence
of their own and counts no row as not applied."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela
from tests.unit.test_catatan_ditahan_cetak3 import _workbook
from tests.unit.test_ekspor_catatan_samar import K1


def test_catatan_ditahan_di_jendela(qtbot, tmp_path):
    kantor, buku, baris = _workbook(tmp_path)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    masalah = d.findChild(QTableView, "reimportProblems").model()
    teks = [masalah.index(r, 3).data() for r in range(masalah.rowCount())]
    assert len(teks) == 2 and all(t.startswith("catatan ini berisi nomor tersamar ")
                                  for t in teks), teks
    assert [masalah.index(r, 1).data() for r in range(masalah.rowCount())] == [K1, K1]
    assert d.model_ubah.rowCount() == 2  # kelayakan and the child's status
    ringkasan = d.ringkasan.text()
    assert "0 baris bermasalah (tidak diterapkan)" in ringkasan, ringkasan
    assert ("2 catatan berisi nomor tersamar yang tidak ada lagi di catatan basis data, jadi "
            f"tidak diterapkan (misalnya lembar Data Keluarga baris {baris['Data Keluarga'][K1]})"
            ) in ringkasan
    assert d.judul_masalah.text() == "Baris atau isian yang tidak diterapkan:"
    d.resize(1150, 640)
    d.grab().save(str(tmp_path / "catatan_ditahan.png"))
    d.reject()
