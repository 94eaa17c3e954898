"""The last Indonesian texts of the lower layers in the English window: the progress of
background work (``Tugas.kemajuan`` hands on ``bahasa.teks`` of the lower layers' ``Pesan``), the
member columns a re-import problem names, and the "file gone" texts of ``BasisDataTerputus``.
The console and the Indonesian window keep the same Indonesian texts."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView

from kalbar_desktop.cli import main
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui.laporan import buka_impor_koreksi
from kalbar_desktop.ui.tasks import Tugas, dialog_kemajuan
from tests import masukan_luar

AKAR = Path(__file__).resolve().parents[2]
SHOTS = AKAR / "screenshots"


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


def _jalankan(qtbot, qapp, kerja) -> tuple[list[str], str]:
    """Run ``kerja`` as a real background task under the progress dialog helper: the texts
    the task reported, and the dialog's label at the end."""
    from PySide6.QtWidgets import QWidget

    induk = QWidget()
    qtbot.addWidget(induk)
    tugas = Tugas(kerja, induk)
    teks: list[str] = []
    # Connected before the dialog: a window-modal QProgressDialog.setValue processes events,
    # so a report queued behind it is handled inside the dialog's slot; collected after it,
    # the two reports would land in this list in reverse order.
    tugas.kemajuan.connect(lambda p, _f: teks.append(p))
    dialog = dialog_kemajuan(tugas, "…", "Batal", induk, "dialogUjiKemajuan")
    with qtbot.waitSignal(tugas.selesai, timeout=60000):
        tugas.mulai()
    qtbot.wait(10)
    label = dialog.labelText()
    dialog.close()
    return teks, label


def _impor_lalu_cadangkan(db_path: Path, berkas, tujuan: Path):
    def kerja(k):
        with sdb.terbuka(db_path) as db:
            impor_p3ke.impor(db, berkas, pengguna="uji", kemajuan=k.lapor)
            cadangan.cadangkan(db, tujuan, kemajuan=k.lapor)
    return kerja


def test_kemajuan_impor_dan_cadangan_berbahasa_inggris(qtbot, qapp, inggris, db_path, tmp_path):
    berkas = masukan_luar.pasangan_2023(tmp_path)
    teks, label = _jalankan(qtbot, qapp,
                            _impor_lalu_cadangkan(db_path, berkas, tmp_path / "cadangan"))
    assert {"Checking the files", "Reading rows", "Merging the data", "Checking data quality",
            "Copying the database", "Done"} <= set(teks)
    assert label == teks[-1] == "Copying the database"  # the dialog shows it translated
    indonesia = {"Memeriksa berkas", "Membaca baris", "Menggabungkan data", "Selesai",
                 "Menyalin basis data", "Memeriksa kualitas data"}
    assert not indonesia & set(teks)


def test_kemajuan_tetap_berbahasa_indonesia(qtbot, qapp, db_path, tmp_path):
    assert bahasa.bahasa_aktif() == bahasa.BAWAAN
    berkas = masukan_luar.pasangan_2023(tmp_path)
    teks, label = _jalankan(qtbot, qapp,
                            _impor_lalu_cadangkan(db_path, berkas, tmp_path / "cadangan"))
    assert {"Memeriksa berkas", "Membaca baris", "Menggabungkan data", "Memeriksa kualitas data",
            "Menyalin basis data", "Selesai"} <= set(teks)
    assert label == teks[-1] == "Menyalin basis data"


def _nama(simpul: ast.expr) -> str:
    return simpul.id if isinstance(simpul, ast.Name) else getattr(simpul, "attr", "")


def test_setiap_teks_kemajuan_lapisan_bawah_adalah_pesan():
    """A progress callback (``lapor``, ``kemajuan``, ``maju``...) in domain, storage or exchange
    is never given a plain literal or an f-string: the window could not translate it."""
    salah = []
    for lapisan in ("domain", "storage", "exchange"):
        for path in sorted((AKAR / "kalbar_desktop" / lapisan).rglob("*.py")):
            for s in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(s, ast.Call)
                        and _nama(s.func).lstrip("_") in ("lapor", "kemajuan", "maju")):
                    continue
                if any(isinstance(a, ast.JoinedStr) or (isinstance(a, ast.Constant)
                                                        and isinstance(a.value, str))
                       for a in s.args):
                    salah.append(f"{path.relative_to(AKAR)}:{s.lineno}")
    assert salah == []


# -- a re-import's member columns ------------------------------------------------------------
def _jalan(*args: str) -> None:
    hasil = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output


@pytest.fixture
def koreksi_anggota(tmp_path):
    """The province's corrected workbook with a member status nobody knows."""
    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    buku = tmp_path / "prov.xlsx"
    _jalan("--db", str(db_path), "export", str(buku), "--dengan-nama", "--alasan",
           "Koreksi provinsi", "--user", "Budi")
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Anggota"]
    kolom = {c.value: c.column for c in ws[1]}
    ws.cell(2, kolom["Status anggota"]).value = "Entah"
    koreksi = tmp_path / "prov-koreksi.xlsx"
    wb.save(koreksi)
    huruf = openpyxl.utils.get_column_letter(kolom["Status anggota"])
    return db_path, koreksi, huruf


def _kolom_masalah(qtbot, db_path: Path, koreksi: Path) -> list[tuple[str, str]]:
    w = create_main_window(db_path, user="Ani")
    qtbot.addWidget(w)
    d = buka_impor_koreksi(w)
    d.berkas.setText(str(koreksi))
    d.baca()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    m = d.findChild(QTableView, "reimportProblems").model()
    hasil = [(m.index(r, 2).data(), m.index(r, 3).data(Qt.ItemDataRole.ToolTipRole)
              or m.index(r, 3).data()) for r in range(m.rowCount())]
    SHOTS.mkdir(exist_ok=True)
    assert d.grab().save(str(SHOTS / f"impor_ulang_anggota_{bahasa.bahasa_aktif()}.png"))
    d.close()
    return hasil


def test_kolom_anggota_impor_ulang_berbahasa_inggris(qtbot, inggris, koreksi_anggota):
    db_path, koreksi, huruf = koreksi_anggota
    hasil = _kolom_masalah(qtbot, db_path, koreksi)
    assert (f"{huruf} (Member status)", "Invalid value\nValue 'Entah' not recognised; accepted "
            "values (in Indonesian, as the workbook expects them): Ada, Meninggal, "
            "Pindah/keluar, Menikah keluar, Anggota baru") in hasil


def test_kolom_anggota_impor_ulang_tetap_berbahasa_indonesia(qtbot, koreksi_anggota):
    db_path, koreksi, huruf = koreksi_anggota
    hasil = _kolom_masalah(qtbot, db_path, koreksi)
    assert (f"{huruf} (Status anggota)", "Nilai 'Entah' tidak dikenal; pilihan: Ada, "
            "Meninggal, Pindah/keluar, Menikah keluar, Anggota baru") in hasil


# -- the database file gone ------------------------------------------------------------------
def test_berkas_hilang_berbahasa_inggris(qtbot, inggris, db_isi, tmp_path):
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    flashdisk = folder / "kab.db"
    shutil.copyfile(db_isi, flashdisk)
    w = create_main_window(flashdisk, user="Ani")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    dilepas = folder.with_name("FLASHDISK-dilepas")
    folder.rename(dilepas)  # the stick is pulled
    try:
        w.tab.setCurrentWidget(w.dasbor)  # the dashboard checks the file when shown
        qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is not None
                        and w.penjaga_terputus.dialog.isVisible(), timeout=5000)
        kotak = w.penjaga_terputus.dialog
        assert kotak.objectName() == "dialogBasisDataBermasalah"
        harapan = (f"Database file {flashdisk} can no longer be read: folder {folder} no longer "
                   "exists. The USB stick or network folder holding it may have been removed")
        assert kotak.text().startswith(harapan)
        assert kotak.text().endswith("Plug the USB stick in again (or put the file back), then "
                                     "choose Try again.")
        assert w.findChild(QLabel, "basisDataTerputusPesan").text().count(harapan) == 1
        assert w.dasbor.label_status.text() == "The dashboard cannot be computed: " + kotak.text()
        SHOTS.mkdir(exist_ok=True)
        assert kotak.grab().save(str(SHOTS / "terputus_dialog_en.png"))
        assert w.grab().save(str(SHOTS / "terputus_jendela_en.png"))
        # the storage's own text stays Indonesian (log, console)
        assert str(w.penjaga_terputus.terputus).startswith(
            f"Berkas basis data {flashdisk} tidak bisa dibaca lagi: folder {folder} tidak ada "
            "lagi.")
        assert isinstance(w.penjaga_terputus.terputus.args[0], Pesan)
    finally:
        dilepas.rename(folder)
        w.tutup_tanpa_tanya = True
        for k in w.findChildren(QMessageBox):
            k.close()
        w.close()


# -- errors of the region reference and of a provincial workbook --------------------------------
def test_galat_referensi_wilayah_dan_workbook_berbahasa_inggris(inggris, db, tmp_path):
    import csv

    from kalbar_desktop.exchange import ekspor as xekspor
    from kalbar_desktop.exchange import wilayah_csv
    from tests.conftest import cuplikan

    sebelum = cuplikan(db)
    berkas = tmp_path / "wilayah.csv"
    with open(berkas, "w", newline="", encoding="utf-8") as f:  # written by the csv module
        tulis = csv.writer(f)
        tulis.writerow(["code", "name", "parent_code", "level"])
        tulis.writerow(["61", "KALIMANTAN BARAT", "", "1"])
        tulis.writerow(["6172", "KOTA SINGKAWANG", "61", "kecamatan"])
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        wilayah_csv.impor(db, berkas, pengguna="uji")
    assert bahasa.teks(e.value) == (
        "File wilayah.csv, row 3: code 6172 (4 digits) is a Kabupaten/Kota code, but the level "
        "written is 'kecamatan'.")
    assert str(e.value) == ("Berkas wilayah.csv, baris 3: kode 6172 (4 digit) adalah kode "
                            "Kabupaten/Kota, tetapi level tertulis 'kecamatan'.")
    assert cuplikan(db) == sebelum
    rusak = tmp_path / "prov.xlsx"
    rusak.write_bytes(b"bukan workbook")
    with pytest.raises(xekspor.KesalahanEkspor) as e:
        xekspor.sha256_workbook(rusak)
    assert bahasa.teks(e.value).startswith("File prov.xlsx is not a readable .xlsx workbook")
    assert str(e.value).startswith("Berkas prov.xlsx bukan workbook .xlsx yang bisa dibaca")


def test_ekspor_tanpa_keluarga_disetujui_berbahasa_inggris(inggris, db_demo, tmp_path):
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.exchange import ekspor as xekspor

    tujuan = tmp_path / "disetujui.xlsx"
    with pytest.raises(xekspor.KesalahanEkspor) as e:
        xekspor.ekspor(db_demo, xekspor.OpsiEkspor(tujuan, hanya_disetujui=True),
                       Pengguna("Budi", Peran.VERIFIKATOR))
    assert bahasa.teks(e.value) == (
        "There are no approved families in the whole database; nothing was exported.")
    assert str(e.value) == ("Tidak ada keluarga yang sudah disetujui dalam seluruh basis data; "
                            "tidak ada yang diekspor.")
    assert not tujuan.exists()
