"""Starting the application: the QApplication (icon, log file, error guard, translation),
the database (the demo one on request), the quick health check, signing in (or creating the
first admin account), then the main window. Migrations run when the database is opened, before
any window is shown.

A database that another program writes to is opened read-only (the window shows a banner); a
database that fails the quick check is opened read-only too, and the window offers the latest
good backup. A big database is checked on a worker thread while the window already shows its
data; until the check has passed nothing is written (writes wait for it), and when it fails the
window is replaced by the read-only one (see :func:`buka_sesi`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from dataclasses import replace
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QProcess, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
)

from kalbar_desktop import APP_NAME, __version__, log, paths
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import sisa_sementara, xlsx_potong
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import kunci as skunci
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import periksa as speriksa
from kalbar_desktop.storage import statistik
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.dukungan import PenjagaGalat, pasang_pesan_qt
from kalbar_desktop.ui.ikon import ikon_aplikasi
from kalbar_desktop.ui.label import label_alasan_cadangan
from kalbar_desktop.ui.lokal import waktu
from kalbar_desktop.ui.tasks import Konteks, Tugas

_log = logging.getLogger(__name__)


def siapkan_demo(path: Path) -> None:
    """Create the demo database at ``path`` when it is missing or empty, with a progress dialog
    (the work runs off the UI thread)."""
    try:
        with sdb.terbuka(path) as db:
            if statistik.jumlah(db)[0] > 0:
                return
    except sdb.BasisDataDipakai:
        return  # another window has it open, so it is ready; this one opens it read-only
    dialog = QProgressDialog(
        QCoreApplication.translate("app", "Menyiapkan basis data demo..."), "", 0, 100)
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    galat: list[str] = []

    def kerja(k: Konteks) -> None:
        from kalbar_desktop.exchange import demo  # the importer: only for the demo

        with sdb.terbuka(path) as db:
            demo.buat_db_demo(db, kemajuan=k.lapor)

    tugas = Tugas(kerja)
    tugas.kemajuan.connect(lambda pesan, f: (dialog.setLabelText(pesan),
                                              dialog.setValue(int(f * 100))))
    tugas.selesai.connect(lambda _h: dialog.done(0))
    tugas.gagal.connect(lambda e, _j: (galat.append(bahasa.teks(e)), dialog.done(1)))
    tugas.mulai()
    dialog.exec()
    if galat:
        raise RuntimeError(galat[0])


def _nama_pengguna(pengaturan: Pengaturan, nama: str | None) -> str | None:
    if nama:
        return nama
    teks, ok = QInputDialog.getText(
        None, APP_NAME, QCoreApplication.translate("app", "Nama Anda (dicatat di jejak audit):"),
        QLineEdit.EchoMode.Normal, pengaturan.pengguna_terakhir)
    teks = teks.strip()
    return teks if ok and teks else None


PERIKSA_LANGSUNG_MAKS_BYTE = 32 * 1024 * 1024
"""Databases up to this size are checked before the window opens (well under 0.1 s); a bigger
one is checked on a worker thread after the window has shown its data (``PRAGMA quick_check``
reads the whole file: about 1.5 s for 400 MB)."""


def perbarui_skema(db_path: str | Path) -> None:
    """When opening ``db_path`` would upgrade its schema (a database made by an older
    version), do it now on a worker thread with a progress dialog (``dialogPerbaruiSkema``) and
    a Cancel button: on 100,000 families an upgrade can take a minute. Raises
    :class:`sdb.KesalahanPenyimpanan` when it was cancelled or failed (the migration running is
    rolled back; the file is as it was)."""
    from PySide6.QtCore import QEventLoop

    from kalbar_desktop.storage import migrations

    tertunda = sdb.migrasi_tertunda(db_path)
    if not tertunda:
        return
    _log.info("Memperbarui skema %s: %s", Path(db_path).name, ", ".join(tertunda))
    dialog = QProgressDialog(QCoreApplication.translate(
        "app", "Memperbarui struktur basis data {0} untuk versi aplikasi ini.\n"
        "Ini dilakukan sekali saja dan bisa sekitar satu menit untuk 100.000 keluarga. "
        "Jangan matikan komputer.").format(Path(db_path).name),
        QCoreApplication.translate("app", "Batal"), 0, 1000)
    dialog.setObjectName("dialogPerbaruiSkema")
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    hasil: dict = {}
    loop = QEventLoop()

    def kerja(k: Konteks) -> None:
        with sdb.terbuka(db_path, kemajuan=k.lapor, batal=k.dibatalkan):
            pass

    tugas = Tugas(kerja)
    tugas.kemajuan.connect(lambda _pesan, f: dialog.setValue(int(f * 1000)))
    tugas.selesai.connect(lambda _h: loop.quit())
    tugas.gagal.connect(lambda e, _j: (hasil.update(galat=e), loop.quit()))

    def batal() -> None:
        dialog.setLabelText(QCoreApplication.translate("app", "Membatalkan pembaruan..."))
        tugas.batalkan()

    dialog.canceled.connect(batal)
    tugas.mulai()
    dialog.show()
    loop.exec()
    dialog.canceled.disconnect(batal)  # closing a progress dialog emits canceled
    dialog.close()
    dialog.deleteLater()
    galat = hasil.get("galat")
    if isinstance(galat, migrations.MigrasiDibatalkan):
        raise sdb.KesalahanPenyimpanan(QCoreApplication.translate(
            "app", "Pembaruan struktur basis data {0} dibatalkan; basis data tidak diubah. "
            "Aplikasi versi ini baru bisa memakainya setelah diperbarui.").format(
            Path(db_path).name))
    if isinstance(galat, sdb.BasisDataDipakai):
        return  # another program writes to it: buka_sesi opens it read-only as usual
    if isinstance(galat, BaseException):
        if isinstance(galat, sdb.KesalahanPenyimpanan):
            raise galat
        raise sdb.KesalahanPenyimpanan(QCoreApplication.translate(
            "app", "Pembaruan struktur basis data {0} gagal ({1}); basis data tidak "
            "diubah.").format(Path(db_path).name, type(galat).__name__)) from galat


def alasan_dipakai(nama_db: str, info: dict | None) -> str:
    """Why a window is read-only when another program writes to the database, naming that
    program (``info``: :func:`kalbar_desktop.storage.kunci.info_pemegang`)."""
    if info:
        siapa = QCoreApplication.translate(
            "app", "{0} di komputer {1} (proses {2}, sejak {3})").format(
            info.get("pengguna_os", "?"), info.get("mesin", "?"), info.get("pid", "?"),
            waktu(info.get("sejak")) if info.get("sejak") else "?")
    else:
        siapa = QCoreApplication.translate("app", "program lain")
    return QCoreApplication.translate(
        "app", "Basis data {0} sedang dipakai untuk menulis oleh {1}. Tutup jendela Kalbar "
        "Desktop yang lain itu dulu, atau buka basis data ini hanya untuk dibaca.").format(
        nama_db, siapa)


WAL_TAMPIL_MS = 700
"""The "please wait" of :func:`amankan_jurnal` shows when the copy takes longer than this (a
100,000-family file: about 1.1-1.3 s with the file in the system's cache, several seconds
from a cold disk or a USB stick; ``docs/benchmarks.md``)."""


class SalinanJurnalDibatalkan(sdb.KesalahanPenyimpanan):
    """The person cancelled the start-up copy before a left-over journal is applied: nothing
    changed, the database is not opened (the message says what can be done)."""


def amankan_jurnal(db_path: str | Path) -> str | None:
    """A journal (``-wal``) left beside ``db_path`` by a crash, and nobody has the database
    open: copy the file into the backup set first (SQLite applies the journal when it opens
    it) on a worker thread, with a progress dialog (``dialogAmankanJurnal``) when it takes
    more than :data:`WAL_TAMPIL_MS`. Returns a share of the writer lock, held so that the
    opening that follows does not copy again (give it back with ``skunci.lepas``), or ``None``
    when there was nothing to do (or another program has the database: then it is live).

    The dialog's Batal (10-40 s on a slow USB stick) stops the copy: the partial copy is
    removed, the database and its ``-wal`` stay untouched, and
    :class:`SalinanJurnalDibatalkan` is raised saying so (the start-up then offers another
    database, or to quit)."""
    from PySide6.QtCore import QEventLoop

    db_path = Path(db_path)
    if not sdb.ada_jurnal_tertinggal(db_path):
        return None
    try:
        kunci = skunci.ambil(db_path)
    except (skunci.BasisDataDipakai, OSError):
        return None  # sdb.buka says what is wrong
    if skunci.jumlah_pegangan(kunci) != 1:
        return kunci  # this process already has it open: the journal is its own
    _log.info("Jurnal tertinggal di samping %s: salinan dibuat dulu", db_path.name)
    dialog = QProgressDialog(QCoreApplication.translate(
        "app", "Basis data {0} tidak ditutup dengan benar terakhir kali (jurnal perubahannya "
        "masih ada di sampingnya). Sebelum jurnal itu diterapkan, basis data disalin dulu ke "
        "folder cadangan agar tidak ada yang hilang.\n\nMohon tunggu; jangan matikan "
        "komputer. Batal menghentikan penyalinan tanpa mengubah apa pun (basis data ini lalu "
        "tidak dibuka).").format(db_path.name),
        QCoreApplication.translate("app", "Batal"), 0, 1000)
    dialog.setObjectName("dialogAmankanJurnal")
    label = QLabel(dialog.labelText())
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setMinimumWidth(460)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(WAL_TAMPIL_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    hasil: dict = {}
    tugas = Tugas(lambda k: scadangan.amankan_sebelum_wal(db_path, kemajuan=k.lapor,
                                                          batal=k.dibatalkan))
    tugas.kemajuan.connect(lambda _pesan, f: dialog.setValue(int(f * 1000)))
    tugas.selesai.connect(lambda _h: loop.quit())
    # another failure: no copy, and the database opens all the same (as before)
    tugas.gagal.connect(lambda e, _j: (hasil.update(galat=e), loop.quit()))

    def batal() -> None:
        _log.info("Salinan sebelum jurnal WAL dibatalkan oleh pengguna")
        tugas.batalkan()

    dialog.canceled.connect(batal)
    tugas.mulai()
    loop.exec()
    dialog.canceled.disconnect(batal)  # closing a progress dialog emits canceled
    dialog.close()
    dialog.deleteLater()
    if isinstance(hasil.get("galat"), scadangan.SalinanDibatalkan):
        skunci.lepas(kunci)
        raise SalinanJurnalDibatalkan(QCoreApplication.translate(
            "app", "Penyalinan basis data {0} sebelum jurnal perubahannya diterapkan "
            "dibatalkan. Basis data {0} dan jurnalnya ({1}) tidak diubah, dan salinan yang "
            "setengah jadi sudah dihapus. Basis data ini baru dibuka setelah salinannya "
            "selesai dibuat: pilih Coba lagi bila bisa menunggu sampai selesai, buka basis "
            "data lain, atau keluar.").format(db_path.name, f"{db_path.name}-wal"))
    return kunci


def buka_sesi(db_path: str | Path, periksa_di_latar: bool | None = None) -> sdb.BasisData:
    """Open the database for a window: for writing when possible, read-only while another
    program writes to it or when it fails the quick check (then this process keeps the writer
    lock, so nobody else writes to it either, and a backup can be restored).

    A schema upgrade runs first, with a progress dialog (:func:`perbarui_skema`). The quick
    check runs now for a small file; for one bigger than
    :data:`PERIKSA_LANGSUNG_MAKS_BYTE` (or with ``periksa_di_latar=True``) it is left pending:
    the connection refuses writes until it has passed (a write waits for it), the window runs it
    on a worker thread (:func:`tugas_periksa_latar`) and switches to the read-only session
    (:func:`buka_sesi_rusak`) when it fails.

    The returned connection carries why it is read-only (``alasan_baca_saja``) and the quick
    check's result (``hasil_periksa``, ``None`` while pending). Raises
    :class:`sdb.KesalahanPenyimpanan` when the file cannot be opened at all. A journal left by
    a crash is first secured with a "please wait" (:func:`amankan_jurnal`).
    """
    kunci = amankan_jurnal(db_path)
    try:
        return _buka_sesi(Path(db_path), periksa_di_latar)
    finally:
        if kunci is not None:
            skunci.lepas(kunci)


def _buka_sesi(db_path: Path, periksa_di_latar: bool | None) -> sdb.BasisData:
    perbarui_skema(db_path)
    try:
        db = sdb.buka(db_path)
    except sdb.BasisDataDipakai:
        info = skunci.info_pemegang(db_path)
        db = sdb.buka(db_path, baca_saja=True)
        db.alasan_baca_saja = alasan_dipakai(db_path.name, info)
        db.hasil_periksa = None
        return db
    except sdb.BasisDataHanyaBaca:
        db = sdb.buka(db_path, baca_saja=True)
        db.alasan_baca_saja = QCoreApplication.translate(
            "app", "Berkas basis data {0} atau foldernya hanya boleh dibaca (CD, folder bersama "
            "tanpa izin tulis, tanda Read-only), jadi tidak ada yang bisa disimpan. Untuk "
            "bekerja, salin basis data ke folder Anda sendiri lalu buka salinannya.").format(
            db_path.name)
        db.hasil_periksa = None
        return db
    if periksa_di_latar is None:
        periksa_di_latar = _ukuran(db_path) > PERIKSA_LANGSUNG_MAKS_BYTE
    if periksa_di_latar:
        db.hasil_periksa = None
        db.tahan_tulis_sampai_diperiksa(speriksa.PemeriksaanTertunda(db_path))
        return db
    hasil = speriksa.periksa(db, cepat=True, nama_berkas=db_path.name)
    if hasil.sehat:
        db.hasil_periksa = hasil
        return db
    return buka_sesi_rusak(db_path, db, hasil)


def _ukuran(db_path: Path) -> int:
    try:
        return sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())
    except OSError:
        return 0


def buka_sesi_rusak(db_path: str | Path, db: sdb.BasisData,
                    hasil: speriksa.HasilPeriksa) -> sdb.BasisData:
    """The session on a database that failed the quick check: ``db`` (opened for writing) is
    closed and the file opened again read-only, this process keeping the writer lock."""
    db_path = Path(db_path)
    kunci = skunci.ambil(db_path)
    db.close()
    try:
        db = sdb.buka(db_path, baca_saja=True, migrasi=False)
    except BaseException:
        skunci.lepas(kunci)
        raise
    db._kunci = kunci  # released when this read-only connection closes
    db.hasil_periksa = hasil
    db.alasan_baca_saja = QCoreApplication.translate(
        "app", "Basis data ini gagal pemeriksaan kesehatan; aplikasi tidak akan menulis ke "
        "dalamnya agar kerusakan tidak bertambah. Pulihkan dari cadangan yang sehat.")
    return db


_TUGAS_PERIKSA: dict[int, Tugas] = {}


def tugas_periksa_latar(db: sdb.BasisData) -> Tugas | None:
    """The background task running the pending quick check of ``db`` (started now when it is
    not yet running); ``None`` when no check is pending or it has already finished (its result
    is then ``db.pemeriksaan_tertunda.hasil`` or ``db.hasil_periksa``)."""
    pemeriksaan = db.pemeriksaan_tertunda
    if pemeriksaan is None or pemeriksaan.selesai:
        return None
    kunci = id(pemeriksaan)
    tugas = _TUGAS_PERIKSA.get(kunci)
    if tugas is None:
        tugas = Tugas(lambda _k: pemeriksaan.jalankan())
        _TUGAS_PERIKSA[kunci] = tugas

        def akhir(*_a) -> None:
            _TUGAS_PERIKSA.pop(kunci, None)

        tugas.selesai.connect(akhir)
        tugas.gagal.connect(akhir)
        tugas.mulai()
    return tugas


def adalah_demo(db_path: Path) -> bool:
    """True for the demo database (the one ``--demo`` creates)."""
    try:
        return Path(db_path).resolve() == paths.db_demo().resolve()
    except OSError:
        return False


def masuk(db: sdb.BasisData, db_path: Path, pengaturan: Pengaturan,
          nama: str | None = None, demo: bool = False) -> Pengguna | None:
    """Who works in this session: the signed-in account; on a database without accounts, the
    first admin account (created now), or - for the demo database, a read-only session or a
    name given on the command line - a named user as before accounts existed. ``None`` when
    the person cancels."""
    baca_saja = bool(getattr(db, "baca_saja", False))
    if not spengguna.ada_akun_apa_pun(db):
        if demo or adalah_demo(db_path):
            return Pengguna(nama or "demo", Peran.VERIFIKATOR, baca_saja=baca_saja)
        if baca_saja or nama:
            dipilih = _nama_pengguna(pengaturan, nama)
            if not dipilih:
                return None
            return replace(spengguna.pengguna_sesi(db, dipilih), baca_saja=baca_saja)
        from kalbar_desktop.ui.akun_dialog import BuatAdminDialog

        dialog = BuatAdminDialog(db, Path(db_path).name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pengguna
    from kalbar_desktop.ui.akun_dialog import LoginDialog

    dialog = LoginDialog(db, nama or pengaturan.pengguna_terakhir, baca_saja=baca_saja,
                         nama_db=Path(db_path).name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.pengguna


def _berkas_ada(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def tanya_basis_data_lain(db_path: Path, pesan: str, petunjuk: str | None = None
                          ) -> Path | None:
    """The database cannot be opened at start: say why and offer what can be done (dialog
    ``dialogBasisDataBermasalah``): try again (``cobaLagiButton``, e.g. once the USB stick is
    back), open another database (``bukaLainButton``), the default database
    (``bawaanButton``, when another one was remembered) or quit (``keluarButton``). Returns the
    database to open, or ``None`` to quit. ``petunjuk`` replaces the usual hint under the
    message (``""``: none, when the message itself says what to do)."""
    from PySide6.QtWidgets import QFileDialog

    while True:
        kotak = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, pesan)
        kotak.setObjectName("dialogBasisDataBermasalah")
        if petunjuk is None:
            petunjuk = QCoreApplication.translate(
                "app", "Basis data tidak diubah. Pilih Coba lagi setelah flashdisk dipasang "
                "kembali, buka basis data lain (atau salinan cadangannya), atau keluar.")
        kotak.setInformativeText(petunjuk)
        coba = kotak.addButton(QCoreApplication.translate("app", "&Coba lagi"),
                               QMessageBox.ButtonRole.AcceptRole)
        coba.setObjectName("cobaLagiButton")
        lain = kotak.addButton(QCoreApplication.translate("app", "&Buka basis data lain..."),
                               QMessageBox.ButtonRole.ActionRole)
        lain.setObjectName("bukaLainButton")
        bawaan = None
        if Path(db_path).absolute() != paths.db_bawaan().absolute():
            bawaan = kotak.addButton(QCoreApplication.translate("app", "Basis data ba&waan"),
                                     QMessageBox.ButtonRole.ActionRole)
            bawaan.setObjectName("bawaanButton")
        keluar = kotak.addButton(QCoreApplication.translate("app", "&Keluar"),
                                 QMessageBox.ButtonRole.RejectRole)
        keluar.setObjectName("keluarButton")
        kotak.setDefaultButton(lain)
        kotak.setEscapeButton(keluar)
        kotak.exec()
        dipilih = kotak.clickedButton()
        kotak.deleteLater()
        if dipilih is coba:
            return Path(db_path)
        if bawaan is not None and dipilih is bawaan:
            return paths.db_bawaan()
        if dipilih is lain:
            folder = next((p for p in (Path(db_path).parent, paths.folder_data())
                           if _berkas_ada(p) or p.is_dir()), Path.home())
            nama, _ = QFileDialog.getOpenFileName(
                None, QCoreApplication.translate("app", "Buka basis data"), str(folder),
                QCoreApplication.translate("app", "Basis data Kalbar Desktop (*.db);;"
                                           "Semua berkas (*)"))
            if nama:
                return Path(nama)
            continue
        return None


def tawarkan_pemulihan(db_path: Path, pesan: str, diam: bool = False) -> bool:
    """The database cannot be opened: offer the newest backup that passes the check.
    Returns True when it was restored. ``diam``: no message when there is no good backup (the
    caller says what else can be done)."""
    cadangan = scadangan.cadangan_sehat_terbaru(db_path)
    if cadangan is None and diam:
        return False
    if cadangan is None:
        QMessageBox.critical(None, APP_NAME, pesan + "\n\n" + QCoreApplication.translate(
            "app", "Tidak ada cadangan yang sehat di {0}.").format(
            scadangan.folder_cadangan(db_path)))
        return False
    jawab = QMessageBox.question(
        None, APP_NAME, pesan + "\n\n" + QCoreApplication.translate(
            "app", "Pulihkan dari cadangan terbaru yang sehat ({0}, {1})? Basis data "
            "yang rusak disimpan sebagai salinan di folder cadangan.").format(
            waktu(cadangan.waktu), label_alasan_cadangan(cadangan.alasan)))
    if jawab != QMessageBox.StandardButton.Yes:
        return False
    try:
        scadangan.pulihkan(db_path, cadangan.path, pengguna=None)
    except scadangan.KesalahanCadangan as e:
        QMessageBox.critical(None, APP_NAME, bahasa.teks(e))
        return False
    return True


def buka_jendela(db_path: Path, pengaturan: Pengaturan | None = None, nama: str | None = None,
                 demo: bool = False):
    """Open the database, sign in and build the main window (not yet shown); ``None`` when the
    person cancels or the database cannot be opened."""
    from kalbar_desktop.ui.main_window import MainWindow

    pengaturan = pengaturan or Pengaturan.muat()
    db_path = Path(db_path)
    while True:
        petunjuk = None
        try:
            db = buka_sesi(db_path)
            break
        except SalinanJurnalDibatalkan as e:
            pesan, petunjuk = bahasa.teks(e), ""  # it says itself what can be done
        except sdb.BasisDataTidakBisaDibuka as e:
            if "lebih baru" in str(e):
                QMessageBox.critical(None, APP_NAME, bahasa.teks(e))
                return None
            if _berkas_ada(db_path) and tawarkan_pemulihan(db_path, bahasa.teks(e), diam=True):
                continue
            pesan = bahasa.teks(e)
        except sdb.KesalahanPenyimpanan as e:
            pesan = bahasa.teks(e)
        _log.warning("Basis data tidak bisa dibuka saat mulai: %s", db_path)
        pilihan = tanya_basis_data_lain(db_path, pesan, petunjuk)
        if pilihan is None:
            return None
        db_path = pilihan
    _log.info("Basis data dibuka: %s%s", db_path, " (hanya baca)" if db.baca_saja else "")
    if db.pemeriksaan_tertunda is not None and spengguna.ada_akun_apa_pun(db):
        tugas_periksa_latar(db)  # checks while the person types the password
    pengguna = masuk(db, db_path, pengaturan, nama, demo)
    if pengguna is None:
        db.close()
        return None
    tertunda = db.pemeriksaan_tertunda
    if tertunda is not None and tertunda.selesai and not tertunda.hasil.sehat:
        db = buka_sesi_rusak(db_path, db, tertunda.hasil)
        pengguna = replace(pengguna, baca_saja=True)
    pengaturan.pengguna_terakhir = pengguna.nama
    if not adalah_demo(db_path):  # practice with --demo; the next plain start opens real data
        pengaturan.catat_db(str(db_path))
    pengaturan.simpan()
    return MainWindow(db, db_path, pengguna)


def jalankan(db_path: Path | None = None, demo: bool = False, pengguna: str | None = None,
             uji_asap: bool = False) -> int:
    """Run the application; returns the exit status.

    ``uji_asap`` (smoke test of an installation or of the frozen bundle, implies ``demo``):
    create the demo database, open the window, print a JSON report on standard output after
    the first turn of the event loop and quit (status 0 when the window showed the data).
    """
    mulai = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(ikon_aplikasi())
    log.siapkan_log("jendela")
    penjaga = PenjagaGalat(app)
    penjaga.pasang()
    pasang_pesan_qt()
    pengaturan = Pengaturan.muat()
    bahasa.pasang_penerjemah(app, pengaturan.bahasa)
    if xlsx_potong.hapus_sisa():
        _log.info("Salinan sementara dari impor yang terhenti dihapus")
    if sisa_sementara.hapus_sisa():
        _log.info("Folder kerja sementara dari ekspor yang terhenti dihapus")
    if uji_asap:
        demo = True
    if demo and db_path is None:
        db_path = paths.db_demo()
    db_path = Path(db_path or pengaturan.db_terakhir or paths.db_bawaan())
    bersihkan_sisa_cadangan(db_path, pengaturan)
    if demo:
        try:
            siapkan_demo(db_path)
        except (sdb.KesalahanPenyimpanan, RuntimeError) as e:
            _log.error("Basis data demo tidak bisa disiapkan: %s", e)
            if uji_asap:
                print(json.dumps({"ok": False, "galat": str(e)}, ensure_ascii=False))
                return 1
            QMessageBox.critical(None, APP_NAME, bahasa.teks(e))
            return 1
    jendela = buka_jendela(db_path, pengaturan, pengguna, demo)
    if jendela is None:
        if uji_asap:
            print(json.dumps({"ok": False, "galat": "jendela tidak dibuka"}, ensure_ascii=False))
            return 1
        return 0
    jendela.tampilkan()
    if uji_asap:
        hasil: dict = {}
        QTimer.singleShot(0, lambda: hasil.update(_laporan_uji_asap(app, jendela, mulai)))
    kode = app.exec()
    _log.info("Aplikasi ditutup (status %s)", kode)
    if uji_asap:
        print(json.dumps(hasil, ensure_ascii=False))
        return 0 if hasil.get("ok") else 1
    if app.property(bahasa.PROPERTI_MULAI_ULANG):
        mulai_ulang(app)
    return kode


def bersihkan_sisa_cadangan(db_path: Path, pengaturan: Pengaturan) -> list[Path]:
    """Remove what killed backups left under their temporary name (``*.db.sementara``) in the
    database's backup folder, in the folder of the last backup made to a chosen file and in the
    earlier such folders not reached since (a flash drive, forgotten once found); such a file is
    never a backup. Returns what was removed (named in the log)."""
    folder = [scadangan.folder_cadangan(db_path)]
    folder += [Path(f) for f in (pengaturan.folder_cadangan, *pengaturan.folder_cadangan_tertunda)
               if f]
    dihapus: list[Path] = []
    ditemukan = set()
    for f in dict.fromkeys(folder):
        if (sisa := scadangan.hapus_sisa_tertunda(f)) is not None:  # None: a stick not there
            dihapus += sisa
            ditemukan.add(str(f))
    tertunda = [f for f in pengaturan.folder_cadangan_tertunda if f not in ditemukan]
    if tertunda != pengaturan.folder_cadangan_tertunda:
        pengaturan.folder_cadangan_tertunda = tertunda
        with contextlib.suppress(OSError):  # a read-only profile: tried again next time
            pengaturan.simpan()
    return dihapus


def mulai_ulang(app: QApplication) -> bool:
    """Start the application again (after a change of language). The databases of the
    windows are closed first (releasing the writer lock), so the new program is the one that
    writes to them."""
    from kalbar_desktop.ui.main_window import MainWindow

    for w in app.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.db.close()
    program, argumen = bahasa.perintah_mulai_ulang()
    ok = QProcess.startDetached(program, argumen)
    _log.info("Aplikasi dimulai ulang: %s", "ya" if ok else "gagal")
    return bool(ok)


def _laporan_uji_asap(app: QApplication, jendela, mulai: float) -> dict:
    """What the smoke test checks, gathered once the window has been shown; then quit."""
    from kalbar_desktop.sumber import berkas_panduan
    from kalbar_desktop.ui.bahasa import folder_terjemahan

    app.processEvents()
    baris = jendela.model.rowCount()
    laporan = {
        "versi": __version__,
        "beku": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "platform_qt": QGuiApplication.platformName(),
        "jendela_tampil": jendela.isVisible(),
        "judul": jendela.windowTitle(),
        "ikon": not app.windowIcon().isNull() and not jendela.windowIcon().isNull(),
        "keluarga_di_tabel": baris,
        "modul_native": {m: m in sys.modules for m in ("python_calamine", "rustpy_xlsxwriter")},
        "terjemahan_qm": sorted(p.name for p in folder_terjemahan().glob("*.qm")),
        "panduan": berkas_panduan().is_file(),
        "menu_bantuan": [a.objectName() for a in jendela.menu_bantuan.actions()
                         if a.objectName()],
        "db": str(jendela.db_path),
        "log": str(log.berkas_log()),
        "detik": round(time.perf_counter() - mulai, 2),
    }
    laporan["ok"] = bool(laporan["jendela_tampil"] and baris > 0 and laporan["ikon"]
                         and laporan["panduan"] and all(laporan["modul_native"].values()))
    jendela.close()
    app.quit()
    return laporan
