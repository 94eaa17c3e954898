"""A sweep for texts left in the other language: the main window on the demo database, in
English, opens every menu action's window or dialog that opens without a file chooser (as an
admin, and as a verifier for the verification actions an admin does not have), collects every
text a person can read (labels, buttons, group titles, tab, table and list texts and headers,
combo box items, tooltips, window titles, menus, placeholders, the status bar) and fails on a
text holding a common Indonesian word that never occurs in English. The same sweep in
Indonesian looks for English words; Qt's own buttons come from ``qtbase_id``.

Domain terms that stay Indonesian on purpose are allowed (:data:`IZIN` and the values of the
data: code-list values, P3KE column headers, region and people's names); an allowed term is cut
out of the text before its words are checked, so a sentence around it still counts."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaktuHabis

from kalbar_desktop.domain import codes
from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import bahasa, create_main_window

SANDI = "Rahasia-Kantor-2024"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"

KATA_INDONESIA = frozenset((
    "ada", "agar", "akan", "anggota", "atau", "bagi", "baris", "basis", "batal", "belum",
    "berhasil", "berkas", "bila", "bisa", "buka", "cari", "cetak", "catatan", "dalam", "dan",
    "dapat", "dari", "dengan", "diajukan", "dibatalkan", "dikembalikan", "dipilih", "disetujui",
    "disimpan", "ditemukan", "ekspor", "gagal", "hanya", "hapus", "harus", "ini", "impor", "isian",
    "itu", "jika", "jumlah", "juga", "kami", "karena", "kelayakan", "keluarga", "kembali", "kolom",
    "laporan", "lagi", "lembar", "masih", "memeriksa", "menyimpan", "nama", "oleh", "pada",
    "pengguna", "persetujuan", "pilih", "sandi", "sebelum", "sedang", "sekarang", "selesai",
    "semua", "setelah", "simpan", "sudah", "tambah", "tanggal", "temuan", "tersimpan", "tidak",
    "tolak", "tutup", "ubah", "untuk", "wilayah", "yang",
    # words of the code lists the window translates (ui/label_kode.py)
    "anak", "istri", "kawin", "kepala", "laki", "perempuan", "suami", "tamat",
))
"""Common Indonesian words that are not English words (nor parts of names we show)."""

KATA_INGGRIS = frozenset((
    "the", "and", "of", "to", "is", "are", "not", "file", "files", "cancel", "yes", "save", "open",
    "close", "apply", "reset", "help", "discard", "retry", "abort", "ignore", "please", "error",
    "warning", "select", "choose", "back", "next", "finish", "done", "search", "settings", "user",
    "password", "export", "import", "report", "print", "remove", "add", "edit", "show", "hide",
    "all", "none", "new", "with", "from", "for", "this", "that", "cannot", "failed",
))
"""Common English words that are not Indonesian ones (``OK``, ``folder``, ``log`` are both)."""

IZIN = (
    # Sheet, file-kind and workbook-column names: what the files are called and what they say.
    "Data Keluarga", "Data Anggota", "Keluarga", "Individu", "Status verifikasi", "Kelayakan",
    "Alasan", "Persetujuan", "Catatan pengembalian", "Status anggota", "NIK perbaikan",
    "Catatan anggota", "Rekap",
    # Names of documents and offices that have no English name in use.
    "Berita Acara Hasil Verifikasi", "Berita Acara", "Daftar Kunjungan", "Dinas Sosial",
    "kabupaten/kota", "desa/kelurahan",
    # A project's name (the About window's licences).
    "cahyadsn/wilayah",
)
"""Terms that stay Indonesian in the English window on purpose."""

IZIN_INGGRIS = ("Qt for Python",)
"""Names that stay English in the Indonesian window (a product's name)."""

TANPA_PEMILIH_BERKAS_DILEWATI = {
    "aksiKeluar": "closes the window",
    "aksiBukaFolderLog": "starts the system's file manager",
    "aksiBahasa_id": "saves the language setting; its message is bilingual on purpose",
    "aksiBahasa_en": "the same",
}
"""Menu actions not swept (a file chooser is closed unread wherever one opens)."""

DI_JENDELA = {"aksiBukaKeluarga", "aksiCari", "aksiHapusSaringan", "aksiDasbor", "aksiCadangkan",
              "aksiUsulanBaru"}
"""Actions that work inside the main window (swept with it) instead of opening a window (the
new family proposal opens in the form);
the backup says in the status bar that it is done."""

TIDAK_DIPERIKSA = {"panduanBrowser", "panduanDaftarIsi", "auditTabel"}
"""Widgets whose content is not ours to translate: the user guide (written in Indonesian, and
the guide window says so in English: ``panduanCatatanBahasa``), the audit trail's records
(stored as they were written; the headers and the action's tooltip are checked); and the
About window's values (``aboutInfo_*``: versions, the operating system, paths)."""


# -- collecting --------------------------------------------------------------------------------
def _polos(teks: str | None) -> str:
    teks = re.sub(r"<[^>]+>", " ", teks or "")
    return html.unescape(teks).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _jumlah_kolom(model) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model's columnCount is private
        return 1


def _aksi(a: QAction) -> Iterator[str]:
    yield a.text()
    if a.toolTip().replace("&", "") != a.text().replace("&", ""):
        yield a.toolTip()


def _teks_widget(x: QWidget) -> Iterator[str]:
    if x.isWindow():
        yield x.windowTitle()
    yield x.toolTip()
    if isinstance(x, QLabel):
        yield x.text()
    if isinstance(x, QAbstractButton):
        yield x.text()
    if isinstance(x, QGroupBox):
        yield x.title()
    if isinstance(x, QLineEdit | QTextEdit | QPlainTextEdit):
        yield x.placeholderText()
    if isinstance(x, QComboBox):
        yield from (x.itemText(i) for i in range(x.count()))
    if isinstance(x, QTabWidget):
        for i in range(x.count()):
            yield x.tabText(i)
            yield x.tabToolTip(i)
    if isinstance(x, QMenu):
        yield x.title()
    for a in x.actions():
        yield from _aksi(a)
    if isinstance(x, QAbstractItemView) and not isinstance(x, QHeaderView) \
            and x.model() is not None:  # a header view shows its table's model: read once
        m = x.model()
        n = _jumlah_kolom(m)
        for c in range(n):
            for peran in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(m.headerData(c, Qt.Orientation.Horizontal, peran) or "")
        if x.objectName() not in TIDAK_DIPERIKSA:
            for r in range(min(m.rowCount(), 20)):
                for c in range(n):
                    for peran in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        yield str(m.index(r, c).data(peran) or "")


def _dalam_yang_tidak_diperiksa(x: QWidget) -> bool:
    while x is not None:
        if (x.objectName() in TIDAK_DIPERIKSA and not isinstance(x, QAbstractItemView)) \
                or x.objectName().startswith("aboutInfo_"):
            return True
        x = x.parentWidget()
    return False


def kumpulkan(akar: QWidget, tempat: str) -> list[tuple[str, str]]:
    """(where, text) of every text in ``akar`` and its children."""
    hasil = []
    for x in [akar, *akar.findChildren(QWidget)]:
        if _dalam_yang_tidak_diperiksa(x):
            continue
        nama = f"{tempat} > {type(x).__name__}:{x.objectName()}"
        hasil += [(nama, t) for t in map(_polos, _teks_widget(x)) if t.strip()]
    return hasil


def _aksi_menu(menu: QMenu) -> Iterator[QAction]:
    for a in menu.actions():
        if a.menu() is not None:
            yield from _aksi_menu(a.menu())
        elif not a.isSeparator():
            yield a


def aksi_menu(jendela) -> list[QAction]:
    """Every action of the menu bar, submenus included."""
    return [a for m in jendela.menuBar().actions() for a in _aksi_menu(m.menu())]


def _tutup(x: QWidget) -> None:
    if isinstance(x, QDialog):
        x.reject()
    x.close()


def sapu(qtbot, jendela, lewati: Iterable[str] = ()) -> tuple[list[tuple[str, str]], set[str]]:
    """Trigger each enabled menu action of ``jendela`` (except ``lewati``), collect the texts
    of what it opens and close it; returns the texts (the main window's too) and the names
    of the actions swept. An action that opens nothing fails the sweep (unless it works in the
    main window, :data:`DI_JENDELA`). A timer does the reading and closing, so that a dialog
    run with ``exec()`` (a file chooser) is closed too."""
    lewati = set(lewati) | set(TANPA_PEMILIH_BERKAS_DILEWATI)
    teks = kumpulkan(jendela, "jendela utama")
    disapu = set()
    for a in aksi_menu(jendela):
        nama = a.objectName()
        if nama in lewati or nama.startswith("aksiKolom_") or not a.isEnabled():
            continue  # the table-column toggles open nothing
        sebelum = {id(x) for x in QApplication.topLevelWidgets() if x.isVisible()}
        terlihat: dict[int, int] = {}  # window -> ticks seen
        selesai: set[int] = set()

        def periksa(nama=nama, sebelum=sebelum, terlihat=terlihat, selesai=selesai,
                    teks=teks) -> None:
            for x in QApplication.topLevelWidgets():
                if not x.isVisible() or id(x) in sebelum or id(x) in selesai \
                        or isinstance(x, QProgressDialog):  # progress: gone when done
                    continue
                terlihat[id(x)] = terlihat.get(id(x), 0) + 1
                if isinstance(x, QFileDialog):  # a file chooser: Qt's, not ours; unread
                    selesai.add(id(x))
                    x.reject()
                elif terlihat[id(x)] >= 2:  # a tick later: its first work has filled it
                    selesai.add(id(x))
                    teks.extend(kumpulkan(x, f"{nama} ({x.objectName()})"))
                    if bahasa.bahasa_aktif() == "en":
                        SHOTS.mkdir(exist_ok=True)
                        x.grab().save(str(SHOTS / f"sapu_{nama}_en.png"))
                    _tutup(x)

        pewaktu = QTimer()
        pewaktu.setInterval(40)
        pewaktu.timeout.connect(periksa)
        pewaktu.start()
        jendela.statusBar().clearMessage()
        try:
            a.trigger()
            if nama == "aksiCadangkan":
                qtbot.waitUntil(lambda: jendela.statusBar().currentMessage() != "",
                                timeout=10000)
            if nama in DI_JENDELA:
                qtbot.wait(20)
                teks += kumpulkan(jendela, nama)
            else:
                try:
                    qtbot.waitUntil(lambda selesai=selesai: bool(selesai), timeout=5000)
                except WaktuHabis as e:
                    raise AssertionError(f"{nama} opened no window") from e
                qtbot.wait(100)
                periksa()  # a second window it opened (a message after a check)
        finally:
            pewaktu.stop()
        teks.append((f"{nama} > status bar", jendela.statusBar().currentMessage()))
        disapu.add(nama)
    return teks, disapu


# -- judging -----------------------------------------------------------------------------------
_JALUR = re.compile(r"(?<![\w.-])(?:[A-Za-z]:)?[/\\]\S*")
"""A file path: from a slash (or a drive) that does not follow a letter (``SD/Sederajat`` is a
code-list value, not a path)."""


def _istilah(db_path: Path, nilai_kode: bool = True) -> list[str]:
    """The allowed terms: :data:`IZIN` and :data:`IZIN_INGGRIS`, the P3KE column headers, the
    names of the regions and people in the database and the notes people typed (longest
    first); the code-list values too when ``nilai_kode`` (the Indonesian window; the English
    one shows them translated, ``ui/label_kode.py``, but for a file's own cells in the import
    preview)."""
    istilah = set(IZIN) | set(IZIN_INGGRIS)
    for daftar in codes.SEMUA.values():
        # translated, the official value may still be named in brackets (a tooltip's "Male
        # (Laki-laki)": what the workbook holds)
        istilah.update(daftar.nilai if nilai_kode else (f"({v})" for v in daftar.nilai))
    for k in (*dkolom.KELUARGA, *dkolom.INDIVIDU):
        istilah.add(k.header)
        istilah.update(k.varian)
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        for sql in ("SELECT nama FROM wilayah", "SELECT nama FROM anggota",
                    "SELECT nama_kepala FROM keluarga", "SELECT alamat FROM keluarga",
                    # what people typed: notes, a send-back's note, another reason
                    "SELECT catatan FROM verifikasi_keluarga",
                    "SELECT catatan_pengembalian FROM verifikasi_keluarga",
                    "SELECT alasan_lainnya FROM verifikasi_keluarga"):
            istilah.update(r[0] for r in db.execute(sql) if r[0])
    return sorted((i for i in istilah if len(i) > 1), key=len, reverse=True)


def bahasa_lain(teks: list[tuple[str, str]], kata: frozenset[str],
                istilah: list[str]) -> list[str]:
    """The texts holding one of ``kata`` once paths and allowed terms are cut out (each text
    once, with where it was first seen)."""
    pola = re.compile("|".join(re.escape(i) for i in istilah), re.IGNORECASE)
    salah: dict[str, str] = {}
    for tempat, t in teks:
        # paths first: an allowed term inside one (a region's name) would cut it in two
        sisa = pola.sub(" ", _JALUR.sub(" ", t))
        ketemu = sorted(set(re.findall(r"[a-z0-9]+", sisa.lower())) & kata)
        if ketemu and t not in salah:
            salah[t] = f"{ketemu} in {t[:200]!r} ({tempat})"
    return list(salah.values())


# -- the sweeps --------------------------------------------------------------------------------
@pytest.fixture
def db_akun(db_isi) -> Path:
    """The demo database with an admin and a verifier."""
    with sdb.terbuka(db_isi) as db:
        sp.tambah(db, "adm", "admin", SANDI, oleh="uji")
        sp.tambah(db, "veri", "verifikator", SANDI, oleh="uji")
    return db_isi


def _jendela(qtbot, db_path: Path, user: str):
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    assert w.buka_baris(0)  # a family open: its form and its history are swept too
    return w


def _tutup_jendela(w) -> None:
    w.tutup_tanpa_tanya = True
    for k in w.findChildren(QMessageBox):
        k.close()
    w.close()


def _kunci_layar(qtbot, w) -> list[tuple[str, str]]:
    """Lock the screen, read the lock dialog, unlock it with the password."""
    a = next(a for a in aksi_menu(w) if a.objectName() == "aksiKunciLayar")
    a.trigger()
    kunci = w.findChild(QDialog, "lockDialog")
    qtbot.waitUntil(lambda: kunci.isVisible(), timeout=3000)
    teks = kumpulkan(kunci, "aksiKunciLayar (lockDialog)")
    kunci.findChild(QLineEdit, "lockSandi").setText(SANDI)
    kunci.findChild(QAbstractButton, "lockBuka").click()
    qtbot.waitUntil(lambda: w.menuBar().isEnabled(), timeout=3000)
    return teks


def _sapu_semua(qtbot, db_path: Path) -> list[tuple[str, str]]:
    """Both windows (admin, verifier); every menu action is swept by one of them."""
    w = _jendela(qtbot, db_path, "adm")
    try:
        teks, disapu = sapu(qtbot, w, lewati={"aksiKunciLayar"})
        teks += _kunci_layar(qtbot, w)
        disapu.add("aksiKunciLayar")
        semua = {a.objectName() for a in aksi_menu(w)}
    finally:
        _tutup_jendela(w)
    w = _jendela(qtbot, db_path, "veri")
    try:
        lagi, disapu_veri = sapu(qtbot, w, lewati=disapu | {"aksiKunciLayar"})
        teks += lagi
        disapu |= disapu_veri
    finally:
        _tutup_jendela(w)
    belum = {n for n in semua - disapu - set(TANPA_PEMILIH_BERKAS_DILEWATI)
             if not n.startswith("aksiKolom_")}
    assert belum == set(), "menu actions the sweep could not open"
    assert {"aksiImporP3KE", "aksiEksporProvinsi", "aksiImporKoreksi", "aksiJejakAudit",
            "aksiKelolaPengguna", "aksiSetujuiSemua", "aksiUsulanBaru", "aksiPeriksaDb",
            "aksiTentang", "aksiPanduan", "aksiRiwayat"} <= disapu
    return teks


def test_jendela_inggris_tanpa_teks_indonesia(qtbot, qapp, folder_qm, pasang, db_akun):
    pasang("en", folder_qm)
    teks = _sapu_semua(qtbot, db_akun)
    assert len(teks) > 1000
    salah = bahasa_lain(teks, KATA_INDONESIA, _istilah(db_akun, nilai_kode=False))
    assert not salah, "\n".join(salah)


def test_jendela_indonesia_tanpa_teks_inggris(qtbot, qapp, folder_qm, pasang, db_akun):
    pasang("id", folder_qm)
    teks = _sapu_semua(qtbot, db_akun)
    salah = bahasa_lain(teks, KATA_INGGRIS, _istilah(db_akun))
    assert not salah, "\n".join(salah)


def test_tombol_qt_berbahasa_indonesia(qapp, folder_qm, pasang):
    """Qt's own texts (standard buttons) come from our ``qtbase_id``: Indonesian."""
    pasang("id", folder_qm)
    B = QMessageBox.StandardButton
    kotak = QMessageBox(QMessageBox.Icon.Question, "uji", "uji",
                        B.Yes | B.No | B.Cancel | B.Save | B.Close | B.Discard | B.Ok)
    teks = {kotak.button(b).text().replace("&", "") for b in
            (B.Yes, B.No, B.Cancel, B.Save, B.Close, B.Discard, B.Ok)}
    assert teks == {"Ya", "Tidak", "Batal", "Simpan", "Tutup", "Buang", "OK"}
    kotak.deleteLater()
    tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert tombol.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
