"""The sweep for Indonesian left in the English window, on the states *after* work: the main
dialogs driven by objectName to what a person sees once something happened (a previewed file
with findings, skipped rows and a date-order note, the import summary, an export option problem
and a finished export, a cancelled long task, a refused save, a changed setting out of range,
a filtered audit trail, a user-dialog error), every visible text collected and judged as in
``test_bahasa_sapu.py`` (its word list and allowed terms). The Indonesian texts stay as they
were (the console and the Indonesian window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QWidget

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengaturan as spengaturan
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.ui.test_bahasa_sapu import KATA_INDONESIA, SHOTS, _istilah, bahasa_lain, kumpulkan
from tests.unit.test_masukan_tersandung4 import AMERIKA, _dengan_tanggal


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


def _tanpa_indonesia(teks: list[tuple[str, str]], db_path: Path) -> None:
    salah = bahasa_lain(teks, KATA_INDONESIA, _istilah(db_path))
    assert not salah, "\n".join(salah)


def _foto(widget: QWidget, nama: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / nama))


def _jendela(qtbot, db_path: Path, user: str = "penguji"):
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w


def _picu(w, nama: str) -> None:
    """Trigger the menu action ``nama`` (objectName)."""
    w.findChild(QAction, nama).trigger()


# -- import: preview and summary -----------------------------------------------------------------
def _individu_amerika(path: Path) -> Path:
    """A csv (``;``, BOM) whose birth dates are in the US order, with a totals row under the
    data (skipped and named) and a member whose NIK is too short (a finding)."""
    rows = _dengan_tanggal(AMERIKA)
    rows[1][ml.INDIVIDU_2023.index("NIK")] = "61720112"
    total = [""] * len(ml.INDIVIDU_2023)
    total[0] = "Jumlah"
    total[ml.INDIVIDU_2023.index("Nama")] = "5 orang"
    return ml.csv_berkas(path, ml.INDIVIDU_2023, [*rows, total])


def _pratinjau(qtbot, db_path: Path, tmp_path: Path) -> tuple[QWidget, DialogImpor]:
    """The main window and its import dialog with :func:`_individu_amerika` previewed."""
    path = _individu_amerika(tmp_path / "individu.csv")
    w = _jendela(qtbot, db_path)
    _picu(w, "aksiImporP3KE")
    dialog = w.findChild(DialogImpor, "importDialog")
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    return w, dialog


def test_pratinjau_dan_ringkasan_impor_berbahasa_inggris(qtbot, inggris, db_path, tmp_path):
    w, dialog = _pratinjau(qtbot, db_path, tmp_path)
    info = dialog.findChild(QLabel, "importSheetInfo").text()
    # the date the note names is written the English way, not "10 Maret 1985"
    assert "(e.g. 3/10/1985 will be read as 10 March 1985)" in info, info
    teks = kumpulkan(dialog, "pratinjau impor")
    _foto(dialog, "sapu_sesudah_pratinjau_impor_en.png")
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    ringkasan = dialog.findChild(QLabel, "importSummary").text()
    assert "(e.g. 3/10/1985 read as 10 March 1985)" in ringkasan, ringkasan
    teks += kumpulkan(dialog, "ringkasan impor")
    teks += kumpulkan(w, "jendela utama setelah impor")
    _foto(dialog, "sapu_sesudah_ringkasan_impor_en.png")
    _tanpa_indonesia(teks, db_path)


def test_catatan_tanggal_tetap_berbahasa_indonesia(qtbot, db_path, tmp_path):
    _w, dialog = _pratinjau(qtbot, db_path, tmp_path)
    assert "(mis. 3/10/1985 akan dibaca 10 Maret 1985)" in dialog.info_lembar.text()


# -- settings -------------------------------------------------------------------------------------
def test_pengaturan_di_luar_rentang_berbahasa_inggris(qtbot, inggris, db_isi):
    """A value outside a setting's range (the field's own limits widened: another version of
    the program, a typed value) is refused by storage in the window's language."""
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.ui.pengguna_dialog import PengaturanDialog

    with sdb.terbuka(db_isi) as db:
        d = PengaturanDialog(db, Pengguna("adm", Peran.ADMIN), None)
        qtbot.addWidget(d)
        d.show()
        kotak = d.findChild(QSpinBox, f"setelan_{spengaturan.JUMLAH_CADANGAN}")
        kotak.setRange(0, 1000)
        kotak.setValue(500)
        d.accept()
        assert d.isVisible()
        assert d.pesan.text() == ("Number of automatic backups kept: the value must be between "
                                  "1 and 200.")
        _tanpa_indonesia(kumpulkan(d, "pengaturan keamanan"), db_isi)
        assert spengaturan.baca(db, spengaturan.JUMLAH_CADANGAN) == 10
        with pytest.raises(ValueError) as galat:
            spengaturan.tulis(db, spengaturan.KUNCI_LAYAR_MENIT, 999, "adm")
    assert str(galat.value) == ("Kunci layar setelah tidak ada aktivitas (menit; 0 = tidak "
                                "pernah): nilai harus antara 0 dan 240.")


# -- a damaged big sheet ------------------------------------------------------------------------
def _lembar_besar_rusak(tmp_path: Path) -> Path:
    """An Individu workbook (openpyxl) whose sheet's compressed data is damaged in the middle
    (a bad copy): the checksum of the zip member no longer matches."""
    import zipfile

    from tests.unit.test_baca_bertahap import _individu_besar

    asal = _individu_besar(tmp_path / "asal.xlsx", n_keluarga=20)
    data = bytearray(asal.read_bytes())
    with zipfile.ZipFile(asal) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    awal = info.header_offset + 30 + len(info.filename) + len(info.extra)
    tengah = awal + info.compress_size // 2
    data[tengah:tengah + 40] = bytes(40)
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(bytes(data))
    return path


def _galat_membaca(path: Path) -> Exception:
    from kalbar_desktop.exchange import reader

    lembar = reader.buka_lembar(path)[0]
    try:
        for _ in lembar.baris():
            pass
    except reader.KesalahanBerkas as e:
        return e
    finally:
        lembar.lepaskan()
    raise AssertionError("a damaged sheet was read without an error")


def test_lembar_besar_rusak_berbahasa_inggris(inggris, tmp_path, monkeypatch):
    """A sheet read in pieces (the size lowered) whose compressed data is damaged: the reason
    is the program's own words in the window's language, not zipfile's English."""
    from kalbar_desktop.exchange import xlsx_potong

    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1)
    monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 3000)
    monkeypatch.setattr(xlsx_potong, "_BLOK", 700)
    e = _galat_membaca(_lembar_besar_rusak(tmp_path))
    assert bahasa.teks(e) == (
        "Sheet 'Individu' in file rusak.xlsx cannot be read: the sheet's content inside the "
        "workbook is damaged or cut short (its compressed data is incomplete). Open the file in "
        "Excel and save it again, then import again."), bahasa.teks(e)
    assert str(e) == (
        "Lembar 'Individu' di berkas rusak.xlsx tidak bisa dibaca: isi lembar di dalam workbook "
        "rusak atau terpotong (data terkompresinya tidak utuh). Buka dan simpan ulang berkas di "
        "Excel, lalu impor lagi.")


def test_tanggal_dalam_pesan(inggris):
    """A date carried by a message: Indonesian words in its text (console, files), the English
    locale's in the English window; kept whole across pickling (a worker process)."""
    import datetime as dt
    import pickle

    from kalbar_desktop.domain.pesan import Pesan, Tanggal

    p = Pesan("Impor dibatalkan: {nama} harus unik di berkas.",
              nama=Tanggal(dt.date(1985, 3, 10)))
    assert str(p) == "Impor dibatalkan: 10 Maret 1985 harus unik di berkas."
    assert bahasa.teks(p) == "Import cancelled: 10 March 1985 must be unique in the files."
    assert bahasa.teks(pickle.loads(pickle.dumps(p))) == bahasa.teks(p)
