"""In English the findings list and the re-import window speak English where the application
writes fixed texts: a finding shows its rule's name and its message translated (the rules'
messages are ``domain/pesan.Pesan``; the stored findings, the findings report and the files for
the province and Dukcapil keep the Indonesian text), a re-import problem shows its kind (the
message, translated too, in the tooltip); data values are not translated."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import demo, impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui.laporan import buka_impor_koreksi
from tests import masukan_luar

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
A, B, C = (k[0] for k in masukan_luar.KELUARGA)


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


def _jalan(*args: str) -> None:
    hasil = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output


@pytest.fixture
def workbook_koreksi(tmp_path):
    """A database of three families and the province's corrected workbook with three
    problems: a family changed in the application after the export (A, a conflict), an unknown
    status (B), a family ID the database does not hold."""
    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    buku = tmp_path / "prov.xlsx"
    _jalan("--db", str(db_path), "export", str(buku), "--dengan-nama", "--alasan",
           "Koreksi provinsi", "--user", "Budi")
    with sdb.terbuka(db_path) as db:
        from kalbar_desktop.domain.akses import Pengguna, Peran
        from kalbar_desktop.domain.status import Verifikasi
        from kalbar_desktop.storage import verifikasi as sv

        sv.simpan(db, A, Pengguna("Ani", Peran.OPERATOR), Verifikasi(catatan="Rumah kosong"),
                  sv.muat(db, A).versi)
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == A:
            ws.cell(r, kolom["Catatan"]).value = "Catatan provinsi"
        elif ws.cell(r, 1).value == B:
            ws.cell(r, kolom["Status verifikasi"]).value = "Entah"
    ws.cell(ws.max_row + 1, 1).value = "9999999"
    koreksi = tmp_path / "prov-koreksi.xlsx"
    wb.save(koreksi)
    return db_path, koreksi


def _masalah(qtbot, db_path: Path, koreksi: Path) -> list[tuple[str, str, str]]:
    w = create_main_window(db_path, user="Ani")
    qtbot.addWidget(w)
    d = buka_impor_koreksi(w)
    d.berkas.setText(str(koreksi))
    d.baca()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    m = d.findChild(QTableView, "reimportProblems").model()
    hasil = [(m.index(r, 1).data(), m.index(r, 3).data(),
              m.index(r, 3).data(Qt.ItemDataRole.ToolTipRole), m.index(r, 2).data())
             for r in range(m.rowCount())]
    # a conflict is in its own table: what is used, and where the database's value came from
    k = d.findChild(QTableView, "reimportConflicts").model()
    hasil += [(k.index(r, 1).data(), k.index(r, 6).data(),
               k.index(r, 4).data(Qt.ItemDataRole.ToolTipRole), k.index(r, 3).data())
              for r in range(k.rowCount())]
    hasil.append(("ringkasan", d.ringkasan.text(), "", ""))
    SHOTS.mkdir(exist_ok=True)
    assert d.grab().save(str(SHOTS / f"impor_ulang_masalah_{bahasa.bahasa_aktif()}.png"))
    d.close()
    return hasil


def test_masalah_impor_ulang_berbahasa_inggris(qtbot, inggris, workbook_koreksi):
    hasil = {idk: rest for idk, *rest in _masalah(qtbot, *workbook_koreksi)}
    assert hasil[A][0] == "Not chosen yet"
    assert hasil[B][0] == "Invalid value"
    assert hasil["9999999"][0] == "ID not in the database"
    # the message, translated, in the tooltip (no longer marked as Indonesian)
    assert hasil[A][1].startswith("Database value: changed in the application by Ani on ")
    # the values the workbook accepts stay Indonesian (that is what must be typed in it)
    assert hasil[B][1].startswith(
        "Invalid value\nValue 'Entah' not recognised; accepted values (in Indonesian, as the "
        "workbook expects them): Belum diverifikasi, ")
    assert hasil["9999999"][1] == "ID not in the database\nFamily ID not in the database"
    assert hasil[B][2] == "AS (Verification status)" and hasil[A][2] == "Notes"
    assert all("Message (in Indonesian)" not in tip for _teks, tip, _kolom in hasil.values())
    assert ("Family ID 0061720001, Notes: workbook 'Catatan provinsi', database 'Rumah kosong'"
            in hasil["ringkasan"][0])


def test_masalah_impor_ulang_berbahasa_indonesia(qtbot, workbook_koreksi):
    assert bahasa.bahasa_aktif() == bahasa.BAWAAN
    hasil = {idk: rest for idk, *rest in _masalah(qtbot, *workbook_koreksi)}
    assert hasil[A][0] == "Belum dipilih"
    assert hasil[A][1].startswith("Nilai basis data: diubah di aplikasi oleh Ani")
    assert hasil["9999999"][:2] == ["ID Keluarga tidak ada di basis data"] * 2
    assert hasil[B][2] == "AS (Status verifikasi)" and hasil[A][2] == "Catatan"
    # the same messages in Indonesian as before they could be translated
    assert hasil[B][0].startswith("Nilai 'Entah' tidak dikenal; pilihan: Belum diverifikasi, ")
    assert ("ID Keluarga 0061720001, Catatan: workbook 'Catatan provinsi', basis data "
            "'Rumah kosong'" in hasil["ringkasan"][0])


def test_temuan_tanpa_nilai_berbahasa_inggris(qtbot, inggris, tmp_path):
    berkas = demo.tulis(tmp_path / "demo", demo.OpsiDemo(keluarga=60, tata_letak="2023", seed=5,
                                                          cacat=0.3))
    db_path = tmp_path / "demo.db"
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas, pengguna="uji")
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    for r in range(w.model.rowCount()):
        assert w.buka_baris(r)
        if "KK_TANPA_KEPALA" in w.form.temuan_aturan():
            break
    else:
        pytest.fail("no family without a head in the demo")
    daftar = w.form.temuan
    item = next(daftar.item(i) for i in range(daftar.count())
                if daftar.item(i).data(Qt.ItemDataRole.UserRole) == "KK_TANPA_KEPALA")
    assert item.text() == ("⚠ No head of family: The family has no member whose relationship "
                           "is Kepala Keluarga (head of family)")
    assert item.toolTip() == ("A family without a member whose relationship is Kepala Keluarga "
                              "(head of family).")
    # a finding with a value: the field translated, the value as the file wrote it
    lain = [daftar.item(i).text() for i in range(daftar.count())]
    assert all("Keluarga tidak" not in t for t in lain)
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "temuan_inggris.png"))
