"""A family set back to "Belum diverifikasi" in the form loses its kelayakan, as the alasan goes
with "Layak": before, BELUM + Layak was saved and counted as a judged family in the Rekap for
the province and on the dashboard's kelayakan chart (found by terima5). A kelayakan with status
Belum that reaches the domain another way (a workbook, an older database) is refused with the
field named."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from kalbar_desktop.domain import status
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window


def _pilih(form: QWidget, nama: str, kode: str | None) -> None:
    kotak = form.findChild(QComboBox, nama)
    kotak.setCurrentIndex(kotak.findData(kode) if kode else 0)


def test_kembali_ke_belum_mengosongkan_kelayakan(qtbot, db_demo, db_path):
    db_demo.close()
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    idk = w.model.index(0, 0).data()
    assert w.buka_keluarga(idk)
    form = w.findChild(QWidget, "householdForm")
    _pilih(form, "statusVerifikasiCombo", "DITEMUKAN")
    _pilih(form, "kelayakanCombo", "LAYAK")
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText("20-11-2026")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Ani Rahayu")
    form.findChild(QPushButton, "saveButton").click()
    assert form.findChild(QLabel, "pesanForm").text().startswith("Tersimpan")

    _pilih(form, "statusVerifikasiCombo", "BELUM")
    assert form.findChild(QComboBox, "kelayakanCombo").currentData() in (None, "")
    form.findChild(QPushButton, "saveButton").click()
    assert form.findChild(QLabel, "pesanForm").text().startswith("Tersimpan")
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT status_verifikasi, kelayakan FROM verifikasi_keluarga "
                          "WHERE id_keluarga = ?", [idk]).fetchone() == ("BELUM", None)

    # Chosen again while the status says Belum: refused on save, the field named.
    _pilih(form, "kelayakanCombo", "LAYAK")
    form.findChild(QPushButton, "saveButton").click()
    assert "Kelayakan hanya diisi bila keluarga sudah diverifikasi" in \
        form.findChild(QLabel, "pesanForm").text()
    w.form.muat_ulang()
    w.close()


def test_domain_menolak_kelayakan_tanpa_status():
    v = status.Verifikasi(status_verifikasi="BELUM", kelayakan="LAYAK")
    assert [m.field for m in status.periksa_verifikasi(v)] == ["kelayakan"]
    v = status.Verifikasi(status_verifikasi=None, kelayakan="TIDAK_LAYAK", alasan="MAMPU")
    assert [m.field for m in status.periksa_verifikasi(v)] == ["kelayakan"]
    assert status.periksa_verifikasi(status.Verifikasi(status_verifikasi="BELUM")) == []
