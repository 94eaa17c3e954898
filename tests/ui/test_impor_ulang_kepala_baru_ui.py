"""Laporan > Impor ulang workbook hasil koreksi on a laptop's workbook whose new head of family
has a bad row (a birth date that does not exist): the whole family is held back, and the
problems table says why in words an operator can act on, in Indonesian and in English; a new
member whose Hubungan cannot be read is named as possibly the new head, not as recorded one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import ID_KELUARGA, OPERATOR_A, db_desa
from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela
from tests.unit.test_anggota_baru_impor_ulang import _baris_anggota
from tests.unit.test_dua_laptop import _ekspor, _laptop, _simpan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
K2 = ID_KELUARGA[1]


def _kepala_baru_salah(tmp_path: Path, **sel: object) -> tuple[Path, Path, int]:
    """The office, and a laptop's workbook of a visit to family 2 where the head died and his
    wife, added as a new member, became head; her row edited by hand (``sel``: header ->
    value). Returns the workbook and her row."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    with sdb.terbuka(laptop) as db:
        kepala = sv.muat(db, K2).anggota[0]["id_individu"]
    _simpan(laptop, K2, OPERATOR_A, catatan="kepala meninggal, istri jadi kepala",
            anggota=[sv.PerubahanAnggota(kepala, status_anggota="MENINGGAL"),
                     sv.PerubahanAnggota(None, data_baru={
                         "nama": "Janda Kepala", "hubungan": "Kepala Keluarga",
                         "jenis_kelamin": "Perempuan", "tanggal_lahir": "1982-01-01"})])
    wb, r, kolom = _baris_anggota(_ekspor(laptop, "laptop_a"), "Janda Kepala")
    for judul, nilai in sel.items():
        wb["Data Anggota"].cell(r, kolom[judul]).value = nilai
    buku = tmp_path / "kepala.xlsx"
    wb.save(buku)
    return kantor, buku, r


def _baris_keluarga(d) -> tuple[str, str]:
    """The problems table's one row about family 2 as a whole (no column): its text and its
    tooltip."""
    model = d.findChild(QTableView, "reimportProblems").model()
    [r] = [r for r in range(model.rowCount())
           if model.index(r, 1).data() == K2 and not model.index(r, 2).data()]
    return model.index(r, 3).data(), model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole)


def test_kepala_baru_bermasalah_menahan_keluarga_dengan_alasan_di_jendela(qtbot, tmp_path):
    kantor, buku, r = _kepala_baru_salah(tmp_path, **{"Tanggal Lahir": "31/02/1982"})
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    assert d.model_ubah.rowCount() == 0
    pesan, _tip = _baris_keluarga(d)
    assert pesan == (
        f"Anggota baru Janda Kepala (lembar Data Anggota baris {r}) dicatat sebagai Kepala "
        "Keluarga tetapi barisnya bermasalah, jadi tidak ada perubahan keluarga ini yang "
        "diterapkan: kepala keluarga baru mengganti data kepala keluarga, dan perubahan lain "
        "keluarga ini bisa bergantung padanya. Betulkan baris anggota itu lalu impor lagi "
        "workbook ini")
    SHOTS.mkdir(exist_ok=True)
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_kepala_baru_salah.png"))
    d.reject()


def test_kepala_baru_bermasalah_berbahasa_inggris(qtbot, tmp_path, pasang, folder_qm):
    kantor, buku, r = _kepala_baru_salah(tmp_path, **{"Tanggal Lahir": "31/02/1982"})
    pasang("en", folder_qm)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    jenis, tip = _baris_keluarga(d)
    assert jenis == "A member's row holds back this family"
    assert tip.endswith(
        f"New member Janda Kepala (sheet Data Anggota row {r}) is recorded as Head of Family "
        "but its row has a problem, so none of this family's changes is applied: a new head "
        "replaces the head's data, and the family's other changes may depend on it. Correct "
        "that member's row, then import this workbook again")
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_kepala_baru_salah_en.png"))
    d.reject()


def test_hubungan_tak_terbaca_disebut_mungkin_kepala_baru(qtbot, tmp_path):
    """The new member's Hubungan typed as 'Kepla Keluarga': her row is refused for it, and the
    family waits naming her as possibly its new head (not as recorded head)."""
    kantor, buku, r = _kepala_baru_salah(
        tmp_path, **{"Hubungan dengan Kepala Keluarga": "Kepla Keluarga"})
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    assert d.model_ubah.rowCount() == 0
    pesan, _tip = _baris_keluarga(d)
    assert pesan.startswith(
        f"Anggota baru Janda Kepala (lembar Data Anggota baris {r}) bermasalah dan Hubungan "
        "dengan Kepala Keluarga-nya tidak terbaca, jadi bisa jadi kepala keluarga baru: tidak "
        "ada perubahan keluarga ini yang diterapkan"), pesan
    d.reject()
