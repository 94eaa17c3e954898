"""Re-import leftovers in the window (Laporan > Impor ulang workbook), with two laptops' real
workbooks exported and edited with openpyxl: a family in conflict whose row also has another
problem shows its conflicts in ``reimportConflicts`` too (shown, not choosable); after Apply the
families still waiting are read again from the same workbook, so the table shows what still
waits without a second "Baca dan bandingkan"."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QTableView, QWidget

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests import masukan_luar

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
A, B, C = (k[0] for k in masukan_luar.KELUARGA)


def _jalan(*args: str) -> None:
    hasil = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output


def _dua_laptop(tmp_path: Path) -> tuple[Path, Path]:
    """The office database after laptop 1's workbook was re-imported, and laptop 2's workbook:
    both laptops verified A, B and C differently; in laptop 2's workbook B's Tanggal musdes is
    no date."""
    db_path = tmp_path / "kantor.db"
    _jalan("--db", str(db_path), "import", *map(str, masukan_luar.pasangan_2023(tmp_path)))
    buku = {}
    for nama, catatan, kelayakan in (("laptop1", "Atap bocor", "LAYAK"),
                                     ("laptop2", "Atap sudah diganti", "TIDAK_LAYAK")):
        laptop = tmp_path / f"{nama}.db"
        shutil.copy(db_path, laptop)
        with sdb.terbuka(laptop) as db:
            for idk in (A, B, C):
                sv.simpan(db, idk, Pengguna(nama, Peran.OPERATOR), Verifikasi(
                    status_verifikasi="DITEMUKAN", kelayakan=kelayakan,
                    alasan="MAMPU" if kelayakan == "TIDAK_LAYAK" else None,
                    tanggal_kunjungan="2026-11-20", nama_verifikator="Ani", catatan=catatan),
                    sv.muat(db, idk).versi)
        buku[nama] = tmp_path / f"{nama}.xlsx"
        _jalan("--db", str(laptop), "export", str(buku[nama]), "--dengan-nama", "--alasan",
               "Gabung di kantor", "--user", "Budi")
    _jalan("--db", str(db_path), "reimport", str(buku["laptop1"]), "--user", "Rina", "--apply")
    wb = openpyxl.load_workbook(buku["laptop2"])
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, kolom["ID Keluarga P3KE"]).value == B:
            ws.cell(r, kolom["Tanggal musdes"]).value = "bukan tanggal"
    wb.save(buku["laptop2"])
    return db_path, buku["laptop2"]


def _baris(model) -> list[tuple]:
    return [tuple(model.index(r, c).data() for c in (1, 3, 6)) for r in range(model.rowCount())]


def test_konflik_baris_bermasalah_tampil_dan_dibaca_ulang_setelah_terapkan(qtbot, tmp_path):
    db_path, buku = _dua_laptop(tmp_path)
    w = create_main_window(db_path, user="Ani")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.findChild(type(w.aksi_keluar), "aksiImporKoreksi").trigger()
    d = w.findChild(QDialog, "reimportDialog")
    d.berkas.setText(str(buku))
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)

    tabel = d.findChild(QTableView, "reimportConflicts")
    konflik = tabel.model()
    isian = {"Kelayakan", "Catatan", "Alasan tidak layak"}
    baris = _baris(konflik)
    # A and C to choose; B's conflicts shown after them, not choosable
    assert {(i, k) for i, k, _p in baris[:6]} == {(idk, k) for idk in (A, C) for k in isian}
    assert {p for _i, _k, p in baris[:6]} == {"Belum dipilih"}
    assert {(i, k, p) for i, k, p in baris[6:]} == {
        (B, k, "Baris bermasalah") for k in isian}
    tip = konflik.index(6, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "Baris keluarga ini punya masalah lain" in tip and "bukan tanggal" in tip
    masalah = d.findChild(QTableView, "reimportProblems").model()
    assert [masalah.index(r, 1).data() for r in range(masalah.rowCount())] == [B]
    ringkasan = d.findChild(QWidget, "reimportRingkasan").text()
    assert (f"1 keluarga berkonflik juga punya masalah lain (misalnya ID Keluarga {B}): tidak "
            "diterapkan apa pun pilihannya") in ringkasan
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "impor_ulang_konflik_bermasalah.png"))

    # B's rows cannot be chosen
    d.pilih_konflik(impor_koreksi.PAKAI_WORKBOOK, [6, 7])
    assert "tidak bisa dipilih" in d.findChild(QWidget, "reimportStatus").text()
    assert {p for _i, _k, p in _baris(konflik)[:6]} == {"Belum dipilih"}

    # A settled (this database's values), C left waiting: Apply, then read again by itself
    d.pilih_konflik(impor_koreksi.PAKAI_BASIS, [r for r, (i, _k, _p) in enumerate(baris)
                                                if i == A])
    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert terapkan.isEnabled()
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan() and d.pratinjau is not None, timeout=30000)
    status = d.findChild(QWidget, "reimportStatus").text()
    assert status.startswith("0 keluarga diperbarui dari workbook; 3 konflik diputuskan; "
                             "1 keluarga berkonflik belum dipilih nilainya, tidak diterapkan.")
    assert status.endswith("Pratinjau dibaca ulang dari laptop2.xlsx: 1 keluarga berkonflik "
                           "masih menunggu pilihan nilai.")
    baris = _baris(konflik)
    assert {(i, k, p) for i, k, p in baris} == {(C, k, "Belum dipilih") for k in isian} | {
        (B, k, "Baris bermasalah") for k in isian}
    assert [i for i, _k, _p in baris[:3]] == [C] * 3
    assert not terapkan.isEnabled()
    d.grab().save(str(SHOTS / "impor_ulang_dibaca_ulang.png"))
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'PILIH_KONFLIK' "
                          "AND id_keluarga = ?", [A]).fetchone()[0] == 3
        assert db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'PILIH_KONFLIK' "
                          "AND id_keluarga IN (?, ?)", [B, C]).fetchone()[0] == 0

    # C now: the workbook's values; applied, nothing waits, no further reading
    d.pilih_konflik(impor_koreksi.PAKAI_WORKBOOK, [0, 1, 2])
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert d.pratinjau is None
    status = d.findChild(QWidget, "reimportStatus").text()
    assert status.startswith("1 keluarga diperbarui dari workbook; 3 konflik diputuskan. "
                             "Cadangan sebelum impor: ")
    assert "dibaca ulang" not in status
    with sdb.terbuka(db_path) as db:
        v = sv.muat(db, C).verifikasi
        assert (v.catatan, v.kelayakan) == ("Atap sudah diganti", "TIDAK_LAYAK")
        assert sv.muat(db, B).verifikasi.catatan == "Atap bocor"  # not applied
    d.reject()
