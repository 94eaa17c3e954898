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
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengaturan as spengaturan
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.ui.test_bahasa_sapu import (
    KATA_INDONESIA,
    SANDI,
    SHOTS,
    _istilah,
    bahasa_lain,
    kumpulkan,
)
from tests.unit.test_masukan_tersandung4 import AMERIKA, _dengan_tanggal


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


def _tanpa_indonesia(teks: list[tuple[str, str]], db_path: Path,
                     nilai_kode: bool = False) -> None:
    """No Indonesian word outside the allowed terms; code-list values count as Indonesian
    (translated in the window) unless ``nilai_kode`` (a file's own cells are shown)."""
    salah = bahasa_lain(teks, KATA_INDONESIA, _istilah(db_path, nilai_kode))
    assert not salah, "\n".join(salah)


def _foto(widget: QWidget, nama: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / nama))


def _jendela(qtbot, db_path: Path, user: str = "penguji"):
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True  # closed at the end without asking about unsaved changes
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
    _tanpa_indonesia(teks, db_path, nilai_kode=True)  # the preview shows the file's cells


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


# -- export: an option problem, a cancelled export, a finished one ------------------------------
def test_ekspor_sesudah_berbahasa_inggris(qtbot, inggris, db_isi, tmp_path):
    w = _jendela(qtbot, db_isi)
    _picu(w, "aksiEksporProvinsi")
    d = w.findChild(QDialog, "exportDialog")
    status = d.findChild(QLabel, "exportStatus")
    mulai = d.findChild(QPushButton, "exportMulai")
    tujuan = tmp_path / "hasil.xlsx"
    d.findChild(QAbstractButton, "exportDenganNama").setChecked(True)
    d.findChild(QLineEdit, "exportAlasan").setText("abc")
    d.findChild(QLineEdit, "exportTujuan").setText(str(tujuan))
    mulai.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=20000)
    assert status.text().startswith("A reason for exporting the list of names is required")
    teks = kumpulkan(d, "ekspor: masalah opsi")
    d.findChild(QAbstractButton, "exportRekapSaja").setChecked(True)
    mulai.click()
    d.reject()  # Batal while it runs cancels it
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=20000)
    assert status.text() == "Cancelled. No file and no data changed."
    assert not tujuan.exists()
    teks += kumpulkan(d, "ekspor: dibatalkan")
    mulai.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    assert tujuan.exists(), status.text()
    teks += kumpulkan(d, "ekspor: selesai")
    _foto(d, "sapu_sesudah_ekspor_en.png")
    _tanpa_indonesia(teks, db_isi)


# -- a cancelled count before approving all ------------------------------------------------------
def test_setujui_semua_dibatalkan_berbahasa_inggris(qtbot, inggris, db_isi):
    from kalbar_desktop.ui import setujui_semua as uss

    w = create_main_window(db_isi, user="Rina", role="verifikator")
    qtbot.addWidget(w)
    w.show()
    w.statusBar().clearMessage()
    tugas = uss.setujui_semua(w)
    tugas.batalkan()  # as Batal of the busy indicator does
    # The count may stop at the flag (gagal) or finish first (a small database): either way the
    # window says it was cancelled and asks nothing.
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() != "", timeout=20000)
    assert w.statusBar().currentMessage() == "Approve all cancelled; no family was approved."
    assert w.findChild(QDialog, "dialogSetujuiSemua") is None
    assert w.tugas_hitung_setujui is None


def test_setujui_semua_batal_saat_hitungan_selesai_tidak_bertanya(qtbot, inggris, db_isi):
    """Batal pressed while the finished count's answer is still on its way: no question."""
    from PySide6.QtCore import QThreadPool

    from kalbar_desktop.ui import setujui_semua as uss

    w = create_main_window(db_isi, user="Rina", role="verifikator")
    qtbot.addWidget(w)
    w.show()
    w.statusBar().clearMessage()
    tugas = uss.setujui_semua(w)
    # The count ends on its thread; its answer waits in the event queue, not yet delivered.
    assert QThreadPool.globalInstance().waitForDone(20000)
    tugas.batalkan()
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() != "", timeout=5000)
    assert w.statusBar().currentMessage() == "Approve all cancelled; no family was approved."
    assert w.findChild(QDialog, "dialogSetujuiSemua") is None


# -- the verification form after a refused save --------------------------------------------------
def test_form_simpan_ditolak_berbahasa_inggris(qtbot, inggris, db_isi):
    w = _jendela(qtbot, db_isi)
    assert w.buka_baris(0)
    form = w.findChild(QWidget, "householdForm")
    status = form.findChild(QComboBox, "statusVerifikasiCombo")
    status.setCurrentIndex(status.findData("DITEMUKAN"))
    form.findChild(QPushButton, "saveButton").click()
    pesan = form.findChild(QLabel, "pesanForm").text()
    assert "required" in pesan, pesan
    _foto(w, "sapu_sesudah_form_ditolak_en.png")
    _tanpa_indonesia(kumpulkan(form, "form: simpan ditolak"), db_isi)


# -- the admin's windows after work: health check, backup, audit filter, accounts -------------
@pytest.fixture
def db_admin(db_isi) -> Path:
    """The demo database with an admin account."""
    from kalbar_desktop.storage import pengguna as sp

    with sdb.terbuka(db_isi) as db:
        sp.tambah(db, "adm", "admin", SANDI, oleh="uji")
    return db_isi


def _kotak_pesan(nama: str) -> QMessageBox | None:
    return next((x for x in QApplication.topLevelWidgets() if isinstance(x, QMessageBox)
                 and x.objectName() == nama and x.isVisible()), None)


def test_jendela_admin_sesudah_berbahasa_inggris(qtbot, inggris, db_admin, tmp_path):
    w = _jendela(qtbot, db_admin, user="adm")
    teks: list[tuple[str, str]] = []
    # the health check's verdict
    tugas = w.keamanan.periksa_lengkap()
    qtbot.waitUntil(lambda: not tugas.berjalan and _kotak_pesan("kabarKeamanan") is not None,
                    timeout=60000)
    kotak = _kotak_pesan("kabarKeamanan")
    teks += kumpulkan(kotak, "periksa kesehatan")
    kotak.accept()
    # a backup made: said in the status bar
    w.statusBar().clearMessage()
    tugas = w.keamanan.cadangkan_sekarang(tmp_path / "salinan.db")
    qtbot.waitUntil(lambda: not tugas.berjalan, timeout=60000)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() != "", timeout=5000)
    assert w.statusBar().currentMessage().startswith("Backup saved")
    teks.append(("cadangan selesai > status bar", w.statusBar().currentMessage()))
    # the audit trail filtered by action
    _picu(w, "aksiJejakAudit")
    audit = w.findChild(QDialog, "auditLogDialog")
    aksi = audit.findChild(QComboBox, "auditAksi")
    aksi.setCurrentIndex(aksi.count() - 1)
    audit.findChild(QPushButton, "auditTerapkan").click()
    # "1 matching rows" read wrong: the count comes after the words
    assert audit.findChild(QLabel, "auditJumlah").text().startswith("Matching rows: ")
    teks += kumpulkan(audit, "jejak audit tersaring")
    audit.close()
    # the user dialog after an error: the admin deactivating themself
    _picu(w, "aksiKelolaPengguna")
    pengguna = w.findChild(QDialog, "penggunaDialog")
    pengguna.pilih("adm")
    pengguna.findChild(QPushButton, "penggunaAktif").click()
    pesan = pengguna.findChild(QLabel, "penggunaPesan")
    qtbot.waitUntil(lambda: pesan.text() != "", timeout=3000)
    teks += kumpulkan(pengguna, "kelola pengguna: galat")
    # a new account refused: too short a password
    akun = pengguna.tambah()
    akun.findChild(QLineEdit, "akunNama").setText("budi")
    akun.findChild(QLineEdit, "akunSandi").setText("pendek")
    akun.findChild(QLineEdit, "akunUlangiSandi").setText("pendek")
    akun.accept()
    assert akun.isVisible() and akun.findChild(QLabel, "akunPesan").text() != ""
    teks += kumpulkan(akun, "akun baru: galat")
    _foto(akun, "sapu_sesudah_akun_galat_en.png")
    akun.reject()
    pengguna.close()
    _tanpa_indonesia(teks, db_admin)


def test_impor_dibatalkan_berbahasa_inggris(qtbot, inggris, db_path, tmp_path):
    from kalbar_desktop.exchange import impor_p3ke

    _w, dialog = _pratinjau(qtbot, db_path, tmp_path)
    gagal: list = []
    dialog.mulai_impor()
    dialog._tugas.gagal.connect(lambda e, _j: gagal.append(e))
    dialog.batalkan()  # what Batal and Esc do while it runs
    qtbot.waitUntil(lambda: bool(gagal), timeout=30000)
    assert isinstance(gagal[0], impor_p3ke.Dibatalkan)
    qtbot.waitUntil(lambda: dialog._tugas is None, timeout=5000)
    assert dialog.status.text() == "Import cancelled. Nothing was written."
    _tanpa_indonesia(kumpulkan(dialog, "impor dibatalkan"), db_path, nilai_kode=True)


# -- the Laporan menu after work: re-import preview and apply, a document, the findings report --
@pytest.fixture
def db_kantor(templat_ekspor, tmp_path) -> Path:
    """The demo families with verification results of every kind (tests/unit/ekspor_data)."""
    from tests.unit.ekspor_data import salin

    return salin(templat_ekspor[0], tmp_path / "kantor.db")


def test_laporan_sesudah_berbahasa_inggris(qtbot, inggris, db_kantor, templat_ekspor, tmp_path):
    from kalbar_desktop.ui import laporan
    from tests.unit.ekspor_data import workbook_koreksi

    w = _jendela(qtbot, db_kantor)
    teks: list[tuple[str, str]] = []
    # re-import: the preview with a problem, then applied
    koreksi = workbook_koreksi(db_kantor, templat_ekspor[1], tmp_path / "provinsi.xlsx")
    _picu(w, "aksiImporKoreksi")
    d = w.findChild(QDialog, "reimportDialog")
    d.berkas.setText(str(koreksi))
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert terapkan.isEnabled(), d.status.text()
    teks += kumpulkan(d, "impor ulang: pratinjau")
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert not terapkan.isEnabled(), d.status.text()
    teks += kumpulkan(d, "impor ulang: diterapkan")
    d.close()
    # a document written for the first desa
    _picu(w, "aksiCetakBeritaAcara")
    d = w.findChild(QDialog, "documentDialog")
    d.tujuan.setText(str(tmp_path / "dokumen.pdf"))
    d.nomor.setText("140/7/BA/2026")
    d.nama_kepala.setText("H. Syarif")
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    assert d.hasil == tmp_path / "dokumen.pdf", d.status.text()
    teks += kumpulkan(d, "dokumen: ditulis")
    d.close()
    # the findings report saved
    laporan.simpan_laporan_temuan(w, tmp_path / "temuan.xlsx")
    qtbot.waitUntil(lambda: _kotak_pesan("pesanLaporanTemuan") is not None, timeout=60000)
    kotak = _kotak_pesan("pesanLaporanTemuan")
    teks += kumpulkan(kotak, "laporan temuan: disimpan")
    kotak.accept()
    _tanpa_indonesia(teks, db_kantor)


# -- cancel lines of the lower layers -------------------------------------------------------------
def test_batal_lapisan_bawah_berbahasa_inggris(inggris, db_kantor, tmp_path):
    """A cancelled export, re-import read and approval count (cancelled at once, on a real
    database) say so in English in the window and in Indonesian on the console."""
    from kalbar_desktop.exchange import ekspor, impor_koreksi
    from kalbar_desktop.storage import verifikasi as sv
    from tests.unit.ekspor_data import VERIFIKATOR

    ya = lambda: True  # noqa: E731 - Batal pressed before the work began
    with sdb.terbuka(db_kantor) as db:
        with pytest.raises(ekspor.Dibatalkan) as e_ekspor:
            ekspor.ekspor(db, ekspor.OpsiEkspor(tmp_path / "a.xlsx"), VERIFIKATOR,
                          dibatalkan=ya)
        ekspor.ekspor(db, ekspor.OpsiEkspor(tmp_path / "b.xlsx", dengan_nama=True,
                                            alasan="Koreksi provinsi"), VERIFIKATOR)
        with pytest.raises(impor_koreksi.Dibatalkan) as e_koreksi:
            impor_koreksi.baca(db, tmp_path / "b.xlsx", VERIFIKATOR, dibatalkan=ya)
        with pytest.raises(sv.SetujuiDibatalkan) as e_hitung:
            sv.rencana_setujui_semua(db, VERIFIKATOR, None, dibatalkan=ya)
    assert not (tmp_path / "a.xlsx").exists()
    assert [bahasa.teks(e.value) for e in (e_ekspor, e_koreksi, e_hitung)] == [
        "Export cancelled.", "Re-import cancelled.", "Counting cancelled."]
    assert [str(e.value) for e in (e_ekspor, e_koreksi, e_hitung)] == [
        "Ekspor dibatalkan.", "Impor ulang dibatalkan.", "Penghitungan dibatalkan."]


def test_teks_batal_lapisan_bawah_adalah_pesan():
    """No exception of domain, storage or exchange is raised with a plain literal or f-string
    saying it was cancelled (``dibatalkan``): the window could not translate it."""
    import ast

    akar = Path(__file__).resolve().parents[2] / "kalbar_desktop"
    salah = []
    for lapisan in ("domain", "storage", "exchange"):
        for path in sorted((akar / lapisan).rglob("*.py")):
            for s in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(s, ast.Raise) and isinstance(s.exc, ast.Call) and any(
                        isinstance(a, ast.JoinedStr | ast.Constant)
                        and "dibatalkan" in ast.unparse(a) for a in s.exc.args):
                    salah.append(f"{path.relative_to(akar)}:{s.lineno}")
    assert salah == []


# -- the form after a save: its history, a new member typed wrong --------------------------------
def test_form_sesudah_simpan_berbahasa_inggris(qtbot, inggris, db_isi):
    from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru

    w = _jendela(qtbot, db_isi)
    assert w.buka_baris(0)
    form = w.findChild(QWidget, "householdForm")
    for nama, kode in (("statusVerifikasiCombo", "DITEMUKAN"), ("kelayakanCombo", "LAYAK")):
        kotak = form.findChild(QComboBox, nama)
        kotak.setCurrentIndex(kotak.findData(kode))
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText("20-11-2026")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Ani Rahayu")
    form.findChild(QPushButton, "saveButton").click()
    assert form.findChild(QLabel, "pesanForm").text().startswith("Saved"), \
        form.findChild(QLabel, "pesanForm").text()
    teks = kumpulkan(form, "form: disimpan")
    riwayat = w.form.riwayat()
    assert riwayat.tabel.rowCount() > 0
    teks += kumpulkan(riwayat, "riwayat setelah simpan")
    riwayat.close()
    baru = DialogAnggotaBaru(form)
    qtbot.addWidget(baru)
    baru.show()
    baru.findChild(QLineEdit, "anggotaBaruNikEdit").setText("61720112")
    baru.findChild(QLineEdit, "anggotaBaruTanggalLahir").setText("31-02-2020")
    assert not baru.ok.isEnabled() and baru.pesan.text()
    teks += kumpulkan(baru, "anggota baru: salah ketik")
    baru.reject()
    _tanpa_indonesia(teks, db_isi)


def test_kunci_layar_sandi_salah_berbahasa_inggris(qtbot, inggris, db_admin):
    w = _jendela(qtbot, db_admin, user="adm")
    _picu(w, "aksiKunciLayar")
    kunci = w.findChild(QDialog, "lockDialog")
    qtbot.waitUntil(kunci.isVisible, timeout=3000)
    kunci.findChild(QLineEdit, "lockSandi").setText("bukan-sandinya")
    kunci.findChild(QPushButton, "lockBuka").click()
    assert kunci.isVisible() and kunci.findChild(QLabel, "lockPesan").text()
    teks = kumpulkan(kunci, "kunci layar: sandi salah")
    kunci.findChild(QLineEdit, "lockSandi").setText(SANDI)
    kunci.findChild(QPushButton, "lockBuka").click()
    qtbot.waitUntil(lambda: w.menuBar().isEnabled(), timeout=3000)
    _tanpa_indonesia(teks, db_admin)


# -- the table after a dashboard click -----------------------------------------------------------
def test_klik_dasbor_berbahasa_inggris(qtbot, inggris, db_isi):
    """A visit day, a finding rule and the verified card clicked: the note under the filters
    ('From the dashboard: ...') and the whole main window in English."""
    import datetime as dt

    from kalbar_desktop.ui.dasbor import PanelDasbor
    from tests.bantu_verifikasi import verifikasi_contoh

    with sdb.terbuka(db_isi) as db:
        verifikasi_contoh(db, jumlah=10, hari_ini=dt.date.today())
    w = _jendela(qtbot, db_isi)
    panel = w.findChild(PanelDasbor, "dashboard")
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    label = w.findChild(QLabel, "saringDasborLabel")
    teks = kumpulkan(panel, "dasbor")
    klik = ((panel.chart_kunjungan, len(panel.chart_kunjungan.batang()) - 1),
            (panel.chart_temuan, 0), (panel.kartu["kartuTerverifikasi"], None))
    for sasaran, i in klik:
        w.tab.setCurrentWidget(panel)
        pos = sasaran.titik(i, 0) if i is not None else sasaran.rect().center()
        qtbot.mouseClick(sasaran, Qt.MouseButton.LeftButton, pos=pos)
        assert label.isVisible() and label.text().startswith("From the dashboard"), \
            label.text()
        teks += kumpulkan(w, f"klik dasbor {sasaran.objectName()}")
    _foto(w, "sapu_sesudah_klik_dasbor_en.png")
    _tanpa_indonesia(teks, db_isi)
