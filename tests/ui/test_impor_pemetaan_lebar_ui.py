"""The import dialog's header mapping at its size on a 1366x768 laptop (1100x680): a long
header (the 2023 layout's "Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya", an office's extra
column) wraps in its row instead of being cut, and its tooltip holds it whole (closing note 22,
section 9). Files written by openpyxl (``tests/masukan_luar``) and by the demo generator."""

from __future__ import annotations

from kalbar_desktop.exchange import demo
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _foto

PANJANG = "Keterangan Tambahan dari Petugas Pendamping Desa (diisi saat musyawarah desa)"


def _dialog(qtbot, db_path, berkas) -> DialogImpor:
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.resize(1100, 680)  # its usual size, which a 1366x768 screen leaves whole
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    return dialog


def _judul_terpotong(dialog: DialogImpor) -> list[str]:
    """The headers and P3KE names too wide for their column that their row shows on one line
    only (cut)."""
    tabel = dialog.tabel_pemetaan
    fm = tabel.fontMetrics()
    return [teks for r in range(tabel.rowCount()) for c in (1, 2)
            if fm.horizontalAdvance(teks := tabel.item(r, c).text()) > tabel.columnWidth(c)
            and tabel.rowHeight(r) < 2 * fm.height()]


def test_judul_panjang_terbaca_utuh(qtbot, db_path, tmp_path):
    header = [*ml.KEPALA_2023, PANJANG]
    path = ml.xlsx(tmp_path / "kepala.xlsx", header, [[*r, "baik"] for r in ml.baris_kepala()],
                   lembar="Kepala Keluarga")
    dialog = _dialog(qtbot, db_path, [path])
    qtbot.wait(50)
    assert _judul_terpotong(dialog) == []
    tabel = dialog.tabel_pemetaan
    baris = next(r for r in range(tabel.rowCount()) if tabel.item(r, 1).text() == PANJANG)
    assert tabel.rowHeight(baris) >= 2 * tabel.fontMetrics().height()  # wrapped, not cut
    assert tabel.item(baris, 1).toolTip() == f"Kolom {tabel.item(baris, 0).text()} di berkas: " \
        f"{PANJANG}"
    simpanan = next(r for r in range(tabel.rowCount())
                    if tabel.item(r, 1).text().startswith("Memiliki Simpanan"))
    tabel.scrollToItem(tabel.item(simpanan, 1))
    _foto(qtbot, dialog, "impor_judul_panjang_1366.png")


def test_berkas_2023_di_ukuran_biasa(qtbot, db_path, tmp_path):
    berkas = demo.tulis(tmp_path / "demo", demo.OpsiDemo(keluarga=20, seed=5))
    dialog = _dialog(qtbot, db_path, berkas)
    qtbot.wait(50)
    for i in range(dialog.pilih_lembar.count()):
        dialog.pilih_lembar.setCurrentIndex(i)
        qtbot.wait(20)
        assert _judul_terpotong(dialog) == []
    _foto(qtbot, dialog, "impor_2023_1366.png")
