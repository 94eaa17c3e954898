"""Laporan > Impor ulang workbook hasil koreksi on a laptop's workbook exported with masked
NIKs: the baby with a masked NIK is one row in ``reimportProblems`` (sheet, row, column, what to
type), its family's visit is in ``reimportPreview`` and applied; in English too. An ID
Keluarga that Excel turned into a number is matched back to its family."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from kalbar_desktop.exchange import ekspor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import ID_KELUARGA, OPERATOR_A, VERIFIKATOR, db_desa
from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela
from tests.unit.test_anggota_baru_impor_ulang import BAYI_A
from tests.unit.test_dua_laptop import _ekspor, _laptop, _simpan
from tests.unit.test_impor_ulang_sisa_laptop import _id_angka

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
K1 = ID_KELUARGA[0]


def _workbook_tersamar(tmp_path: Path) -> tuple[Path, Path]:
    """The office, and the laptop's workbook (masked NIKs) of a visit to family 1 that added a
    baby with a NIK."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _simpan(laptop, K1, OPERATOR_A, catatan="bayi lahir bulan lalu",
            anggota=[sv.PerubahanAnggota(None, data_baru=dict(BAYI_A))])
    buku = tmp_path / "samar.xlsx"
    with sdb.terbuka(laptop) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, alasan="Gabung"),
                      VERIFIKATOR)
    return kantor, buku


def _tabel(d, nama: str, kolom: int) -> list[tuple]:
    model = d.findChild(QTableView, nama).model()
    return [(*(model.index(r, c).data() for c in range(kolom)),
             model.index(r, kolom - 1).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount())]


def test_nik_tersamar_hanya_barisnya_ditahan_di_jendela(qtbot, tmp_path):
    kantor, buku = _workbook_tersamar(tmp_path)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    [masalah] = _tabel(d, "reimportProblems", 4)
    assert masalah[0].startswith("A ") and masalah[1] == K1 and masalah[2] == "E (NIK)"
    assert "tersamar" in masalah[4] and "kosongkan sel itu" in masalah[4]
    ubah = _tabel(d, "reimportPreview", 6)
    assert {u[1] for u in ubah} == {K1} and not [u for u in ubah if "Putri" in u[3]]
    ringkasan = d.findChild(QWidget, "reimportRingkasan").text()
    assert "1 anggota baru bermasalah tidak ditambahkan (baris lain keluarganya tetap " \
        "diterapkan)" in ringkasan
    SHOTS.mkdir(exist_ok=True)
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_nik_tersamar.png"))

    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert terapkan.isEnabled()
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    with sdb.terbuka(kantor) as db:
        data = sv.muat(db, K1)
    assert data.verifikasi.catatan == "bayi lahir bulan lalu"
    assert "Putri Bayi" not in [a["nama"] for a in data.anggota]
    d.reject()


def test_nik_tersamar_berbahasa_inggris(qtbot, tmp_path, pasang, folder_qm):
    kantor, buku = _workbook_tersamar(tmp_path)
    pasang("en", folder_qm)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    [masalah] = _tabel(d, "reimportProblems", 4)
    assert "NIK 617201******0001 in column E (NIK) is masked" in masalah[4]
    assert "empty that cell so that this member is added without a NIK" in masalah[4]
    assert "1 new members with problems not added" in \
        d.findChild(QWidget, "reimportRingkasan").text()
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_nik_tersamar_en.png"))
    d.reject()


def test_id_keluarga_angka_di_jendela(qtbot, tmp_path):
    """Excel turned family 3's ID into a number: the preview lists its change under its real
    ID and says the number was matched back; a number no family has is a problem row."""
    kantor = db_desa(tmp_path)
    k3, k4 = ID_KELUARGA[2], ID_KELUARGA[3]
    buku = tmp_path / "angka.xlsx"
    r3 = _id_angka(_ekspor(kantor, "kantor"), {k3: int(k3), k4: 61729999},
                   {k3: "ID jadi angka", k4: "angka asing"}, buku)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    assert [(u[0], u[1], u[5]) for u in _tabel(d, "reimportPreview", 6)] == [
        (str(r3), k3, "ID jadi angka")]
    [masalah] = _tabel(d, "reimportProblems", 4)
    assert masalah[2] == "A (ID Keluarga P3KE)" and "61729999 tersimpan sebagai angka" in \
        masalah[4]
    assert (f"1 ID Keluarga yang tersimpan sebagai angka di workbook (nol di depan hilang) "
            f"dicocokkan kembali dengan keluarganya, misalnya baris {r3}: 61729003 -> {k3}."
            ) in d.findChild(QWidget, "reimportRingkasan").text()
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_id_angka.png"))
    d.reject()
