"""The destination of an export or a printed document goes away, or its disk fills up, while the
user works in the real dialogs (``exportDialog``, ``documentDialog``): the message the dialog
shows names the folder (or the file) and says nothing was written; no file, whole or partial,
is left anywhere (the destination, the system's temporary folder); the database is as it was
(``cuplikan``: no audit row for a file that does not exist); and the same dialog then writes
into another folder.

Everything is real: the folder ("a USB stick") is removed from disk before the click or from
the work's own progress report on the worker thread (``saat_kemajuan``); the full disk is
``RLIMIT_FSIZE`` set from that report, so the very next write past a few KB fails with EFBIG
exactly where a full disk would stop it."""

from __future__ import annotations

import contextlib
import resource
import shutil
import signal
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from tests.conftest import cuplikan
from tests.unit.ekspor_data import salin

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
BATAS = 4096
"""Bytes a file may grow to while the 'disk is full'."""


@pytest.fixture
def sementara(tmp_path, monkeypatch) -> Path:
    """The system's temporary folder of this test (the export's work files go there)."""
    folder = tmp_path / "Temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def db_path(templat_ekspor, tmp_path):
    return salin(templat_ekspor[0], tmp_path / "kantor.db")


@pytest.fixture
def jendela(qtbot, db_path):
    w = create_main_window(db_path, user="Budi")
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    return w


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "USB" / "Laporan"
    folder.mkdir(parents=True)
    return folder


@contextlib.contextmanager
def disk_penuh_nanti():
    """Yields a function that fills 'the disk' (from any thread); undone at the end."""
    lama_sinyal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the main thread only
    lunak, keras = resource.getrlimit(resource.RLIMIT_FSIZE)

    def penuhkan() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (BATAS, keras))

    try:
        yield penuhkan
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (lunak, keras))
        signal.signal(signal.SIGXFSZ, lama_sinyal)


def _isi(db_path: Path) -> dict:
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        return cuplikan(db)


def _buka(qtbot, w, aksi: str, nama: str) -> QDialog:
    w.findChild(type(w.aksi_keluar), aksi).trigger()
    dialog = w.findChild(QDialog, nama)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def _jalankan(qtbot, dialog, tombol: str) -> str:
    """Click the dialog's start button, wait for the work to end; the status text."""
    dialog.findChild(QPushButton, tombol).click()
    qtbot.waitUntil(lambda: not dialog.berjalan(), timeout=60000)
    return dialog.status.text()


def _merah(dialog) -> bool:
    return "a4262c" in dialog.status.styleSheet()


def _tidak_ada_sisa(*folder: Path) -> None:
    for f in folder:
        assert not f.exists() or list(f.iterdir()) == [], list(f.iterdir())


def _gambar(qtbot, widget, nama: str) -> None:
    qtbot.wait(50)  # the status line's new height is laid out
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / nama))


# -- the provincial workbook -------------------------------------------------------------------
def test_ekspor_folder_dilepas_sebelum_mulai_lalu_ke_folder_lain(
        qtbot, jendela, db_path, usb, sementara, tmp_path):
    d = _buka(qtbot, jendela, "aksiEksporProvinsi", "exportDialog")
    d.tujuan.setText(str(usb / "rekap.xlsx"))
    sebelum = _isi(db_path)
    shutil.rmtree(usb.parent)  # the stick is pulled after the folder was chosen
    teks = _jalankan(qtbot, d, "exportMulai")
    assert _merah(d)
    assert teks.startswith(f"rekap.xlsx tidak ditulis: folder tujuan {usb} tidak ada "
                           "(flashdisk dilepas"), teks
    assert "Tidak ada berkas yang ditulis." in teks
    assert not usb.parent.exists()  # no folder made again
    _tidak_ada_sisa(sementara)
    assert _isi(db_path) == sebelum

    lain = tmp_path / "Dokumen"
    lain.mkdir()
    d.tujuan.setText(str(lain / "rekap.xlsx"))
    teks = _jalankan(qtbot, d, "exportMulai")
    assert not _merah(d) and teks.startswith(f"Workbook ditulis ke {lain / 'rekap.xlsx'}"), teks
    assert [p.name for p in lain.iterdir()] == ["rekap.xlsx"]
    d.close()


def test_ekspor_folder_dilepas_saat_menulis_lalu_ke_folder_lain(
        qtbot, jendela, db_path, usb, sementara, tmp_path):
    d = _buka(qtbot, jendela, "aksiEksporProvinsi", "exportDialog")
    d.tujuan.setText(str(usb / "rekap.xlsx"))
    sebelum = _isi(db_path)
    dilepas: list[float] = []

    def lepas(_pesan: str, fraksi: float) -> None:  # on the worker thread, mid-write
        if fraksi >= 0.3 and not dilepas:
            shutil.rmtree(usb.parent)
            dilepas.append(fraksi)

    d.saat_kemajuan = lepas
    teks = _jalankan(qtbot, d, "exportMulai")
    assert dilepas and _merah(d)
    assert teks.startswith(f"rekap.xlsx tidak ditulis: folder tujuan {usb} tidak ada lagi "
                           "(flashdisk dilepas"), teks
    assert "Tidak ada berkas yang ditulis di sana" in teks
    _gambar(qtbot, d, "tujuan_hilang_ekspor.png")
    assert not usb.parent.exists()
    _tidak_ada_sisa(sementara)
    assert _isi(db_path) == sebelum  # no audit row for a workbook that is nowhere

    d.saat_kemajuan = None
    lain = tmp_path / "Dokumen"
    lain.mkdir()
    d.tujuan.setText(str(lain / "rekap.xlsx"))
    teks = _jalankan(qtbot, d, "exportMulai")
    assert not _merah(d), teks
    assert (lain / "rekap.xlsx").stat().st_size > 0
    assert _isi(db_path) != sebelum  # this one is audited
    d.close()


def test_ekspor_disk_penuh_saat_menulis_lalu_ada_ruang(
        qtbot, jendela, db_path, usb, sementara):
    d = _buka(qtbot, jendela, "aksiEksporProvinsi", "exportDialog")
    tujuan = usb / "rekap.xlsx"
    d.tujuan.setText(str(tujuan))
    sebelum = _isi(db_path)
    with disk_penuh_nanti() as penuhkan:
        d.saat_kemajuan = lambda _p, fraksi: penuhkan() if fraksi > 0 else None
        teks = _jalankan(qtbot, d, "exportMulai")
    assert _merah(d)
    assert teks.startswith("rekap.xlsx tidak ditulis; berkas lama dengan nama itu (bila ada) "
                           "tetap seperti semula. Disk penuh"), teks
    _gambar(qtbot, d, "tujuan_penuh_ekspor.png")
    _tidak_ada_sisa(usb, sementara)
    assert _isi(db_path) == sebelum

    d.saat_kemajuan = None  # room again: the same dialog writes it
    teks = _jalankan(qtbot, d, "exportMulai")
    assert not _merah(d) and teks.startswith(f"Workbook ditulis ke {tujuan}"), teks
    assert [p.name for p in usb.iterdir()] == ["rekap.xlsx"]
    d.close()


# -- the printed documents (PDF) ---------------------------------------------------------------
@pytest.fixture
def dialog_dokumen(qtbot, jendela, db_path, templat_ekspor):
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        kode = db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                          [templat_ekspor[1]["pertama"]]).fetchone()[0]
    jendela.region_tree.pilih(kode)
    d = _buka(qtbot, jendela, "aksiCetakDaftarKunjungan", "documentDialog")
    assert d.desa.currentData() == kode
    yield d
    d.close()


def test_pdf_folder_dilepas_sebelum_mulai(qtbot, dialog_dokumen, db_path, usb):
    d = dialog_dokumen
    d.tujuan.setText(str(usb / "kunjungan.pdf"))
    shutil.rmtree(usb.parent)
    teks = _jalankan(qtbot, d, "dokumenBuat")
    assert _merah(d) and d.hasil is None
    assert teks.startswith(f"kunjungan.pdf tidak ditulis: folder tujuan {usb} tidak ada "
                           "(flashdisk dilepas"), teks
    assert "Tidak ada berkas yang ditulis." in teks
    assert not usb.parent.exists()


def test_pdf_folder_dilepas_saat_menulis_lalu_ke_folder_lain(
        qtbot, dialog_dokumen, db_path, usb, tmp_path):
    d = dialog_dokumen
    d.tujuan.setText(str(usb / "kunjungan.pdf"))
    sebelum = _isi(db_path)
    dilepas: list[str] = []

    def lepas(pesan: str, _fraksi: float) -> None:  # the pages are drawn; now it is saved
        if pesan == "Menyimpan PDF":
            shutil.rmtree(usb.parent)
            dilepas.append(pesan)

    d.saat_kemajuan = lepas
    teks = _jalankan(qtbot, d, "dokumenBuat")
    assert dilepas and _merah(d) and d.hasil is None
    assert teks.startswith(f"kunjungan.pdf tidak ditulis: folder tujuan {usb} tidak ada lagi "
                           "(flashdisk dilepas"), teks
    assert "Tidak ada berkas yang ditulis di sana" in teks
    assert not d.findChild(QPushButton, "dokumenBuka").isEnabled()
    _gambar(qtbot, d, "tujuan_hilang_pdf.png")
    assert not usb.parent.exists()
    assert _isi(db_path) == sebelum

    d.saat_kemajuan = None
    lain = tmp_path / "Dokumen"
    lain.mkdir()
    d.tujuan.setText(str(lain / "kunjungan.pdf"))
    teks = _jalankan(qtbot, d, "dokumenBuat")
    assert not _merah(d) and d.hasil == lain / "kunjungan.pdf", teks
    assert [p.name for p in lain.iterdir()] == ["kunjungan.pdf"]
    assert (lain / "kunjungan.pdf").read_bytes().startswith(b"%PDF")


def test_pdf_disk_penuh_tidak_meninggalkan_pdf_terpotong(
        qtbot, dialog_dokumen, db_path, usb):
    d = dialog_dokumen
    tujuan = usb / "kunjungan.pdf"
    tujuan.write_bytes(b"%PDF-1.4 versi lama\n")  # an older document of the same name
    d.tujuan.setText(str(tujuan))
    sebelum = _isi(db_path)
    with disk_penuh_nanti() as penuhkan:
        d.saat_kemajuan = lambda pesan, _f: penuhkan() if pesan == "Menyimpan PDF" else None
        teks = _jalankan(qtbot, d, "dokumenBuat")
    assert _merah(d) and d.hasil is None
    assert teks.startswith("kunjungan.pdf tidak ditulis; berkas lama dengan nama itu (bila ada) "
                           "tetap seperti semula. Disk penuh"), teks
    assert str(tujuan) in teks
    _gambar(qtbot, d, "tujuan_penuh_pdf.png")
    assert [p.name for p in usb.iterdir()] == ["kunjungan.pdf"]  # no partial file beside it
    assert tujuan.read_bytes() == b"%PDF-1.4 versi lama\n"  # the old one untouched
    assert _isi(db_path) == sebelum

    d.saat_kemajuan = None
    _jalankan(qtbot, d, "dokumenBuat")
    assert d.hasil == tujuan, d.status.text()
    assert tujuan.stat().st_size > BATAS and tujuan.read_bytes().startswith(b"%PDF")
    assert [p.name for p in usb.iterdir()] == ["kunjungan.pdf"]
    assert d.findChild(QLabel, "dokumenStatus").text().startswith("Daftar")


def test_pesan_pdf_dalam_bahasa_inggris(qapp, folder_qm, usb):
    """The PDF's destination messages are Pesan: English in the English window, Indonesian
    text otherwise (the console, the log)."""
    from kalbar_desktop.exchange import tujuan as xtujuan
    from kalbar_desktop.ui import bahasa

    shutil.rmtree(usb.parent)
    with pytest.raises(xtujuan.TujuanTidakBisaDitulis) as info:
        xtujuan.tulis_utuh(usb / "kunjungan.pdf", b"%PDF-1.4\n")
    assert str(info.value).startswith(f"kunjungan.pdf tidak ditulis: folder tujuan {usb} tidak "
                                      "ada lagi")
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    try:
        assert bahasa.teks(info.value).startswith(
            f"kunjungan.pdf was not written: the destination folder {usb} no longer exists")
        assert bahasa.teks(xtujuan.alasan_tidak_bisa_ditulis(usb / "a.pdf")).startswith(
            f"a.pdf was not written: the destination folder {usb} does not exist")
    finally:
        bahasa.lepas_penerjemah(qapp, t)
    assert not usb.parent.exists()
