"""The messages of the lower layers (``domain/pesan.Pesan``) in the English window: a real import
that fails (a workbook without a required column, a row without its ID Keluarga) says what and
where in English, while the same messages stay Indonesian in the Indonesian window and on the
console; every template is in the .ts, translated with the same placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kalbar_desktop.cli import main
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_xlsx
from tests.conftest import cuplikan
from tests.ui.conftest import skrip_i18n

AKAR = Path(__file__).resolve().parents[2]
TS_EN = AKAR / "resources" / "i18n" / "kalbar_desktop_en.ts"
SHOTS = AKAR / "screenshots"


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


def _tanpa_nama(tmp_path: Path) -> Path:
    """An individual sheet written by openpyxl without its Nama column."""
    i = HEADER_INDIVIDU.index("Nama")
    rows = [r[:i] + r[i + 1:] for r in baris_individu()]
    return tulis_xlsx(tmp_path / "tanpa_nama.xlsx",
                      [("Individu", HEADER_INDIVIDU[:i] + HEADER_INDIVIDU[i + 1:], rows)])


def _tanpa_id(tmp_path: Path) -> Path:
    rows = baris_individu({2: {"ID Keluarga P3KE": None}})
    return tulis_xlsx(tmp_path / "kosong_id.xlsx", [("Individu", HEADER_INDIVIDU, rows)])


def _dialog(qtbot, db_path: Path, berkas: list[Path]) -> DialogImpor:
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    next(a for a in w.menu_data.actions() if a.objectName() == "aksiImporP3KE").trigger()
    dialog = w.findChild(DialogImpor, "importDialog")
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    return dialog


def _foto(qtbot, widget, nama: str) -> None:
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / nama))


def test_impor_gagal_berbahasa_inggris(qtbot, inggris, db_path, tmp_path):
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
    # a required column missing: the preview says so and the import cannot start
    dialog = _dialog(qtbot, db_path, [_tanpa_nama(tmp_path)])
    galat = dialog.findChild(QLabel, "importErrorLabel")
    assert galat.isVisible()
    assert galat.text() == ("Required columns not found in file tanpa_nama.xlsx, sheet "
                            "'Individu' (column headers in row 1): Nama.")
    assert not dialog.findChild(QPushButton, "importStartButton").isEnabled()
    _foto(qtbot, dialog, "impor_galat_inggris.png")
    dialog.close()

    # a row without its ID Keluarga: the import runs, fails and names file, sheet, row, column
    dialog = _dialog(qtbot, db_path, [_tanpa_id(tmp_path)])
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    galat = dialog.findChild(QLabel, "importErrorLabel")
    assert galat.text() == (
        "Import cancelled because some rows cannot be read:\n- ID Keluarga is empty (file "
        "kosong_id.xlsx, sheet 'Individu', row 4, column A (ID Keluarga P3KE))")
    assert dialog.findChild(QLabel, "importStatus").text() == (
        "Import failed. The database did not change.")
    _foto(qtbot, dialog, "impor_gagal_inggris.png")
    dialog.close()
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum


def test_impor_gagal_tetap_berbahasa_indonesia(qtbot, db_path, tmp_path):
    """The same messages, Indonesian window and console: word for word as before."""
    assert bahasa.bahasa_aktif() == bahasa.BAWAAN
    indonesia = ("Kolom wajib tidak ditemukan di berkas tanpa_nama.xlsx, lembar 'Individu' "
                 "(judul kolom di baris 1): Nama.")
    dialog = _dialog(qtbot, db_path, [_tanpa_nama(tmp_path)])
    assert dialog.findChild(QLabel, "importErrorLabel").text() == indonesia
    dialog.close()
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "import",
                                      str(_tanpa_nama(tmp_path))])
    assert hasil.exit_code != 0 and indonesia in hasil.output


# -- the templates in the .ts ----------------------------------------------------------------
def _pesan_ts() -> dict[str, ET.Element]:
    return {m.findtext("source"): m for c in ET.parse(TS_EN).getroot().iter("context")
            if c.findtext("name") == "pesan" for m in c.iter("message")}


_NAMA = re.compile(r"\{(\w*)(![rsa])?(?::([^}]*))?\}")


def test_setiap_templat_pesan_diterjemahkan_dan_bisa_diformat():
    """Every Pesan template of the code is in the .ts, translated (not unfinished), and its
    translation formats with the same arguments as the template (same names, same format
    specs: a translation that drops or renames one would show Indonesian instead)."""
    templat = skrip_i18n().templat_pesan()
    assert len(templat) > 50
    ts = _pesan_ts()
    salah = []
    for t in templat:
        m = ts.get(t)
        terjemahan = m.findtext("translation") if m is not None else None
        if m is None or m.find("translation").get("type") or not (terjemahan or "").strip():
            salah.append(("belum diterjemahkan", t))
            continue
        jamak = re.findall(r"\{(\w+):[^{}|]*\|[^{}]*\}", terjemahan)  # "{n:row|rows}"
        if not set(jamak) <= {n for n, _u, _s in _NAMA.findall(t)}:
            salah.append(("bentuk jamak tanpa argumennya", t, terjemahan))
        terjemahan = re.sub(r"\{\w+:[^{}|]*\|[^{}]*\}", "", terjemahan)
        if sorted(_NAMA.findall(t)) != sorted(_NAMA.findall(terjemahan)):
            salah.append(("placeholder beda", t, terjemahan))
    assert salah == []


def test_pesan_adalah_teks_indonesia_yang_sama():
    p = Pesan("Berkas {berkas} kosong (baris {baris:d}).", berkas="a.xlsx", baris=3)
    assert p == "Berkas a.xlsx kosong (baris 3)." and isinstance(p, str)
    assert (p.templat, p.argumen) == ("Berkas {berkas} kosong (baris {baris:d}).",
                                      {"berkas": "a.xlsx", "baris": 3})
    g = Pesan.gabung("\n- ", [Pesan("Judul:"), p, "teks biasa"])
    assert g == "Judul:\n- Berkas a.xlsx kosong (baris 3).\n- teks biasa"
    assert p + " lagi" == "Berkas a.xlsx kosong (baris 3). lagi"
    import pickle

    salinan = pickle.loads(pickle.dumps(g))
    assert salinan == g and salinan.bagian[1].templat == p.templat


def test_teks_menerjemahkan_pesan_dan_argumennya(inggris):
    from kalbar_desktop.domain.pesan import Label
    from kalbar_desktop.exchange.impor_p3ke import KesalahanImpor

    tempat = Pesan("berkas {berkas}, lembar '{lembar}', baris {baris}", berkas="a.xlsx",
                   lembar="Data", baris=4)
    e = KesalahanImpor(Pesan("ID Keluarga kosong ({tempat})", tempat=tempat))
    assert bahasa.teks(e) == "ID Keluarga is empty (file a.xlsx, sheet 'Data', row 4)"
    assert bahasa.teks(Label("Persetujuan", "Diajukan")) == "Submitted"
    assert bahasa.teks("teks biasa") == "teks biasa" and bahasa.teks(None) == ""
    # a template without a translation is shown in Indonesian, not broken
    assert bahasa.teks(Pesan("Tidak ada di terjemahan {x}", x=1)) == "Tidak ada di terjemahan 1"


# -- a family's findings and refusals in the English form ------------------------------------
def test_temuan_dan_penolakan_berbahasa_inggris(qtbot, inggris, tmp_path):
    """A verifier's own submission: saving without the visit fields is refused naming them, the
    finding a NIK typed twice gives is English, and approving one's own submission is refused
    in English; nothing of it is written."""
    import datetime as dt

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QWidget

    from kalbar_desktop.storage import pengguna as spengguna
    from kalbar_desktop.storage import verifikasi as sv
    from tests.lapangan import db_desa

    desa = db_desa(tmp_path, jumlah=6)
    with sdb.terbuka(desa) as db:  # the four-eyes rule holds where people sign in
        spengguna.tambah(db, "Rina", "verifikator", "Sandi-Kuat-123", oleh="uji",
                         admin_dulu=False)
    w = create_main_window(desa, user="Rina", role="verifikator")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.buka_keluarga("0061729001")
    form = w.findChild(QWidget, "householdForm")
    pesan = form.findChild(QLabel, "pesanForm")

    # a required field left empty: the refusal names the fields in English
    status = form.findChild(QComboBox, "statusVerifikasiCombo")
    status.setCurrentIndex(status.findText("Not found"))
    form.findChild(QAbstractButton, "saveButton").click()
    assert pesan.text().splitlines()[1:] == ["• Visit date is required for this status",
                                             "• Verifier's name is required for this status"]

    # a finding: the child's NIK corrected to the wife's
    model = form.anggota_model
    anak = next(r for r in range(model.rowCount()) if model.anggota(r).get("nama") == "Dodi Anak")
    model.atur_nik_perbaikan(anak, "6172015003850002")
    form.perbarui_temuan()
    temuan = form.findChild(QListWidget, "findingsList")
    teks = [temuan.item(i).text() for i in range(temuan.count())]
    assert {"⚠ Siti Istri: Duplicate NIK: NIK 6172015003850002 is also used by "
            "0061729001/006172900103",
            "⚠ Dodi Anak: Date of birth differs from NIK: The birth date in the NIK (10-03-85) "
            "differs from Tanggal Lahir (05-05-2010)"} <= set(teks), teks
    _foto(qtbot, form, "temuan_penolakan_inggris.png")
    model.atur_nik_perbaikan(anak, None)

    # the verifier submits, then may not approve their own work
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText(f"{dt.date.today():%d-%m-%Y}")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Rina")
    form.findChild(QAbstractButton, "submitButton").click()
    form.findChild(QAbstractButton, "approveButton").click()
    qtbot.wait(50)
    assert pesan.text().splitlines() == [
        "Cannot be done yet:",
        "• Rina submitted family 0061729001 themselves: nobody may approve their own work. "
        "Another verifier must approve it."], pesan.text()
    _foto(qtbot, w, "setujui_sendiri_inggris.png")
    with sdb.terbuka(desa) as db:
        assert sv.muat(db, "0061729001").verifikasi.persetujuan == "DIAJUKAN"


def test_galat_lingkungan_berbahasa_inggris(inggris, tmp_path):
    """A full disk during an import, as the import dialog shows it: the wrapper and the
    environment error inside it both in English; the Indonesian text as before."""
    import errno

    from kalbar_desktop.exchange.impor_p3ke import KesalahanImpor
    from kalbar_desktop.storage.db import lingkungan

    db = tmp_path / "kantor.db"
    e = KesalahanImpor(Pesan("Impor gagal; basis data tidak berubah. {sebab}",
                             sebab=lingkungan(OSError(errno.ENOSPC, "No space left"), db / "x")))
    assert str(e) == (
        f"Impor gagal; basis data tidak berubah. Disk penuh: {db / 'x'} tidak bisa ditulis "
        "sampai selesai. Kosongkan ruang di disk itu (hapus atau pindahkan berkas yang tidak "
        "diperlukan) atau pilih disk lain, lalu ulangi.")
    assert bahasa.teks(e) == (
        f"The import failed; the database did not change. Disk full: {db / 'x'} could not be "
        "written to the end. Free space on that disk (delete or move files that are not "
        "needed) or choose another disk, then try again.")



def test_kuota_dan_folder_tujuan_hilang_berbahasa_inggris(inggris, tmp_path):
    """A used-up disk quota and a destination folder gone mid-export: English in the window,
    the Indonesian text as before."""
    import errno

    from kalbar_desktop.exchange.tujuan import folder_tujuan_hilang
    from kalbar_desktop.storage.db import lingkungan

    kuota = lingkungan(OSError(errno.EDQUOT, "Disk quota exceeded"), tmp_path / "x.db")
    assert str(kuota).startswith("Kuota disk pengguna habis: ")
    assert bahasa.teks(kuota).startswith(
        f"User disk quota used up: {tmp_path / 'x.db'} could not be written to the end.")
    hilang = folder_tujuan_hilang(tmp_path / "stik" / "Workbook.xlsx")
    assert str(hilang).startswith(
        f"Workbook.xlsx tidak ditulis: folder tujuan {tmp_path / 'stik'} tidak ada lagi")
    assert bahasa.teks(hilang).startswith(
        f"Workbook.xlsx was not written: the destination folder {tmp_path / 'stik'} no longer "
        "exists")

def test_impor_ulang_ditolak_berbahasa_inggris(qtbot, inggris, db_demo, db_path, tmp_path):
    """A workbook that is not the province's: the re-import window says so in English."""
    from kalbar_desktop.ui.laporan import buka_impor_koreksi

    buku = tulis_xlsx(tmp_path / "bukan_prov.xlsx", [("Lain", ["A"], [["x"]])])
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    d = buka_impor_koreksi(w)
    d.berkas.setText(str(buku))
    d.baca()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert d.status.text() == (
        "File bukan_prov.xlsx has no sheet 'Data Keluarga' (its sheets: 'Lain'). Re-import "
        "is only for the province's workbook exported with the list of names; if the sheet "
        "was renamed, give it its name back.")
    d.close()
