"""New members added in the laptop's form come back through Laporan > Impor ulang workbook
hasil koreksi at the office: one preview row per new member in ``reimportPreview``, counted by
``reimportTerapkan``, added with IDs made at the office (the office's own ``-B04``, another
person, left alone); the same workbook read again adds nobody."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.lapangan import ID_KELUARGA, OPERATOR_B, db_desa
from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
K1 = ID_KELUARGA[0]


def _jalan(*args: str) -> str:
    hasil = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output
    return hasil.output


def _pilih(combo: QComboBox, teks: str) -> None:
    i = combo.findText(teks)
    assert i >= 0, (teks, [combo.itemText(j) for j in range(combo.count())])
    combo.setCurrentIndex(i)


def _tambah_di_formulir(qtbot, laptop: Path, orang: list[tuple[str, str, str, str]]) -> None:
    """Family 1 opened in the laptop's window; each person entered with Tambah anggota..."""
    w = create_main_window(laptop, user="Ani")
    qtbot.addWidget(w)
    w.show()
    assert w.buka_keluarga(K1)
    form = w.form
    for nama, nik, hubungan, lahir in orang:
        def isi(nama=nama, nik=nik, hubungan=hubungan, lahir=lahir) -> None:
            d = QApplication.activeModalWidget()
            assert d.objectName() == "anggotaBaruDialog"
            d.findChild(QLineEdit, "anggotaBaruNama").setText(nama)
            d.findChild(QLineEdit, "anggotaBaruNikEdit").setText(nik)
            _pilih(d.findChild(QComboBox, "anggotaBaruHubungan"), hubungan)
            d.findChild(QLineEdit, "anggotaBaruTanggalLahir").setText(lahir)
            d.findChild(QPushButton, "anggotaBaruOk").click()

        QTimer.singleShot(0, isi)
        form.findChild(QPushButton, "addMemberButton").click()
    assert form.simpan(), form.pesan.text()
    w.close()


def test_anggota_baru_dari_laptop_lewat_jendela_impor_ulang(qtbot, tmp_path):
    kantor = db_desa(tmp_path)
    laptop = tmp_path / "laptop.db"
    shutil.copy(kantor, laptop)
    _tambah_di_formulir(qtbot, laptop, [("Putri Bayi", "6172014102260001", "Anak", "01-02-2026"),
                                        ("Rahmat Bungsu", "", "Anak", "03-03-2026")])
    buku = tmp_path / "laptop.xlsx"
    _jalan("--db", str(laptop), "export", str(buku), "--dengan-nama", "--nik-penuh", "--alasan",
           "Gabung di kantor", "--user", "Budi")
    # meanwhile the office added its own person to family 1: the same -B04 as the laptop's baby
    with sdb.terbuka(kantor) as db:
        sv.simpan(db, K1, OPERATOR_B, sv.muat(db, K1).verifikasi, sv.muat(db, K1).versi,
                  anggota=[sv.PerubahanAnggota(None, data_baru={"nama": "Mariam",
                                                                "hubungan": "Lainnya"})])
        assert [a["id_individu"] for a in sv.muat(db, K1).anggota][-1] == f"{K1}-B04"

    d = _pratinjau_di_jendela(qtbot, kantor, buku)

    model = d.findChild(QTableView, "reimportPreview").model()
    baris = [tuple(model.index(r, c).data() for c in range(6)) for r in range(model.rowCount())]
    baru = [b for b in baris if b[3].startswith("Anggota baru")]
    assert [(b[1], b[3], b[4], b[5]) for b in baru] == [
        (K1, "Anggota baru (Putri Bayi)", "",
         "Putri Bayi, NIK 6172014102260001, Anak, lahir 01/02/2026"),
        (K1, "Anggota baru (Rahmat Bungsu)", "",
         "Rahmat Bungsu, tanpa NIK, Anak, lahir 03/03/2026")]
    assert all(b[0].startswith("A ") for b in baru)
    assert d.findChild(QTableView, "reimportProblems").model().rowCount() == 0
    ringkasan = d.findChild(QWidget, "reimportRingkasan").text()
    assert "2 anggota baru akan ditambahkan (ID dibuat di basis data ini)." in ringkasan
    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert terapkan.isEnabled()
    assert terapkan.text() == "&Terapkan 2 perubahan (1 keluarga)"
    SHOTS.mkdir(exist_ok=True)
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_anggota_baru.png"))

    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    status = d.findChild(QWidget, "reimportStatus").text()
    assert status.startswith("1 keluarga diperbarui dari workbook (2 anggota baru "
                             "ditambahkan). Cadangan sebelum impor: "), status
    with sdb.terbuka(kantor) as db:
        anggota = {a["nama"]: a for a in sv.muat(db, K1).anggota}
    assert anggota["Mariam"]["id_individu"] == f"{K1}-B04" and anggota["Mariam"]["nik"] is None
    assert (anggota["Putri Bayi"]["id_individu"], anggota["Putri Bayi"]["nik"]) == (
        f"{K1}-B05", "6172014102260001")
    assert anggota["Rahmat Bungsu"]["id_individu"] == f"{K1}-B06"

    # the same workbook again: nobody added twice, nothing to apply
    d.findChild(QPushButton, "reimportBaca").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    ringkasan = d.findChild(QWidget, "reimportRingkasan").text()
    assert "2 anggota baru sudah ada, tidak ditambahkan lagi." in ringkasan
    assert "akan ditambahkan" not in ringkasan
    assert not d.findChild(QPushButton, "reimportTerapkan").isEnabled()
    d.reject()
