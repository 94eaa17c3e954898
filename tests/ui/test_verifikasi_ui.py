"""The operator's daily work, driven through the real window on a real database: search, filter,
open a family, record the visit (refused without the required fields), save and next, submit,
approve, send back with a note, reopen; stored values and audit rows checked."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.saring import JEDA_CARI_MS
from tests.conftest import cuplikan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


_TERBUKA: list = []


@pytest.fixture(autouse=True)
def _tutup_jendela():
    """Close the windows without the unsaved-changes question (a failed test must not hang
    on a modal dialog)."""
    yield
    while _TERBUKA:
        w = _TERBUKA.pop()
        w.form.muat_ulang()
        w.close()
        w.deleteLater()


def _jendela(qtbot, db_path, user="Ani", role=None):
    w = create_main_window(db_path, user=user, role=role)
    _TERBUKA.append(w)
    w.resize(1366, 740)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def _w(w, tipe, nama):
    hasil = w.findChild(tipe, nama)
    assert hasil is not None, nama
    return hasil


def _pilih(combo: QComboBox, teks: str) -> None:
    i = combo.findText(teks)
    assert i >= 0, (teks, [combo.itemText(j) for j in range(combo.count())])
    combo.setCurrentIndex(i)


def _isi(w, nama: str, teks: str) -> None:
    edit = _w(w, QLineEdit, nama)
    edit.clear()
    edit.setText(teks)


def _baca(db_path, idk):
    with sdb.terbuka(db_path) as db:
        return sv.muat(db, idk), audit.riwayat_keluarga(db, idk)


def _id_baris(w, baris: int) -> str:
    return w.model.id_keluarga(baris)


def test_cari_nama_dan_nik_serta_saring(qtbot, db_isi):
    w = _jendela(qtbot, db_isi)
    tabel = _w(w, QTableView, "householdTable")
    semua = tabel.model().rowCount()
    assert semua == 120
    with sdb.terbuka(db_isi) as db:
        idk, nik = db.execute("SELECT id_keluarga, nik FROM anggota WHERE length(nik) = 16 "
                              "AND hubungan = 'Anak' LIMIT 1").fetchone()
        nama = db.execute("SELECT nama_kepala FROM keluarga WHERE id_keluarga = ?",
                          [idk]).fetchone()[0]
    cari = _w(w, QLineEdit, "searchBox")
    qtbot.keyClicks(cari, nik[-8:])
    qtbot.waitUntil(lambda: tabel.model().rowCount() < semua, timeout=JEDA_CARI_MS * 8)
    assert idk in [_id_baris(w, i) for i in range(tabel.model().rowCount())]
    cari.clear()
    qtbot.keyClicks(cari, nama.split()[0][:4].lower())
    qtbot.keyClick(cari, Qt.Key.Key_Return)  # Enter searches at once
    hasil = [_id_baris(w, i) for i in range(tabel.model().rowCount())]
    assert idk in hasil and len(hasil) < semua
    cari.clear()
    qtbot.keyClick(cari, Qt.Key.Key_Return)
    assert tabel.model().rowCount() == semua

    _pilih(_w(w, QComboBox, "desilFilter"), "Desil 1 (Sangat miskin)")
    with sdb.terbuka(db_isi) as db:
        n1 = db.execute("SELECT count(*) FROM keluarga WHERE desil = '1'").fetchone()[0]
    assert tabel.model().rowCount() == n1
    _w(w, QCheckBox, "findingsOnlyCheck").setChecked(True)
    assert 0 < tabel.model().rowCount() < n1
    for i in range(tabel.model().rowCount()):
        assert int(tabel.model().index(i, 8).data()) > 0
    _pilih(_w(w, QComboBox, "statusFilter"), "Ditemukan")
    assert tabel.model().rowCount() == 0
    assert "0 keluarga ditampilkan" in w.label_tampil.text()


def test_nik_disamarkan_untuk_operator(qtbot, db_isi):
    w = _jendela(qtbot, db_isi, role="operator")
    nik = w.model.index(0, 2).data()
    assert "******" in nik and len(nik) == 16
    v = _jendela(qtbot, db_isi, user="Budi", role="verifikator")
    assert v.model.index(0, 2).data().isdigit()


def test_simpan_ditolak_tanpa_isian_wajib_lalu_disimpan(qtbot, db_isi):
    w = _jendela(qtbot, db_isi)
    tabel = _w(w, QTableView, "householdTable")
    tabel.setFocus()
    tabel.setCurrentIndex(tabel.model().index(2, 0))
    qtbot.keyClick(tabel, Qt.Key.Key_Return)  # Enter opens the form
    form = _w(w, QWidget, "householdForm")
    assert w.detail.currentWidget() is form
    idk = _id_baris(w, 2)
    assert w.form.data.id_keluarga == idk
    with sdb.terbuka(db_isi) as db:
        sebelum = cuplikan(db)

    _pilih(_w(form, QComboBox, "statusVerifikasiCombo"), "Ditemukan")
    # required fields of the status are highlighted at once
    assert _w(form, QLineEdit, "tanggalKunjunganEdit").property("wajib") is True
    _w(form, QPushButton, "saveButton").click()
    pesan = w.form.pesan.text()
    assert "Tanggal kunjungan wajib diisi" in pesan and "Kelayakan wajib diisi" in pesan
    with sdb.terbuka(db_isi) as db:
        assert cuplikan(db) == sebelum  # nothing written
    assert w.form.ada_perubahan()  # nothing typed is lost

    _pilih(_w(form, QComboBox, "kelayakanCombo"), "Tidak layak")
    alasan = _w(form, QComboBox, "alasanCombo")
    assert alasan.isEnabled()
    _isi(form, "tanggalKunjunganEdit", "20-11-2025")
    _isi(form, "namaVerifikatorEdit", "Ani Rahayu")
    _w(form, QPushButton, "saveButton").click()
    assert "Alasan tidak layak wajib diisi" in w.form.pesan.text()
    _pilih(alasan, "Mampu")
    _w(form, QPlainTextEdit, "catatanEdit").setPlainText("Rumah permanen, punya mobil")
    _w(form, QPushButton, "saveButton").click()
    assert w.form.pesan.text().startswith("Tersimpan")
    data, riwayat = _baca(db_isi, idk)
    v = data.verifikasi
    assert (v.status_verifikasi, v.kelayakan, v.alasan) == ("DITEMUKAN", "TIDAK_LAYAK", "MAMPU")
    assert v.tanggal_kunjungan == "2025-11-20" and v.nama_verifikator == "Ani Rahayu"
    assert v.catatan == "Rumah permanen, punya mobil"
    kolom = {r["kolom"]: r for r in riwayat}
    assert kolom["status_verifikasi"]["nilai_baru"] == "DITEMUKAN"
    assert kolom["alasan"]["nilai_baru"] == "MAMPU" and kolom["alasan"]["pengguna"] == "Ani"
    # the table shows the new state; the tree counts it as verified
    assert tabel.model().index(2, 5).data() == "Ditemukan"
    assert w.region_tree.jumlah("")[1] == 1
    assert not w.form.ada_perubahan()


def test_simpan_dan_berikutnya_pgdn_dan_esc(qtbot, db_isi):
    w = _jendela(qtbot, db_isi)
    assert w.buka_baris(0)
    form = w.form
    pertama = _id_baris(w, 0)
    _pilih(_w(form, QComboBox, "statusVerifikasiCombo"), "Tidak ditemukan")
    _isi(form, "tanggalKunjunganEdit", "2025-11-19")
    _isi(form, "namaVerifikatorEdit", "Ani")
    qtbot.keyClick(_w(form, QLineEdit, "namaVerifikatorEdit"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: save and next
    assert _baca(db_isi, pertama)[0].verifikasi.status_verifikasi == "TIDAK_DITEMUKAN"
    assert form.data.id_keluarga == _id_baris(w, 1)
    qtbot.keyClick(_w(form, QComboBox, "statusVerifikasiCombo"), Qt.Key.Key_PageDown)
    assert form.data.id_keluarga == _id_baris(w, 2)
    qtbot.keyClick(_w(form, QComboBox, "statusVerifikasiCombo"), Qt.Key.Key_PageUp)
    assert form.data.id_keluarga == _id_baris(w, 1)
    # Esc with unsaved changes asks; "Batal" keeps the form and the typed value
    _isi(form, "namaVerifikatorEdit", "belum disimpan")
    jawaban = []

    def jawab(nama: str) -> None:
        kotak = QApplication.activeModalWidget()
        jawaban.append(kotak.objectName())
        kotak.findChild(QPushButton, nama).click()

    QTimer.singleShot(0, lambda: jawab("konfirmasiBatal"))
    qtbot.keyClick(_w(form, QLineEdit, "namaVerifikatorEdit"), Qt.Key.Key_Escape)
    assert jawaban == ["konfirmasiPerubahan"]
    assert w.detail.currentWidget() is form
    assert _w(form, QLineEdit, "namaVerifikatorEdit").text() == "belum disimpan"
    w.activateWindow()  # offscreen Qt does not give the activation back after a dialog
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    QTimer.singleShot(0, lambda: jawab("konfirmasiBuang"))
    qtbot.keyClick(_w(form, QLineEdit, "namaVerifikatorEdit"), Qt.Key.Key_Escape)
    assert w.detail.currentWidget() is w.pesan_pilih
    assert _baca(db_isi, _id_baris(w, 1))[0].verifikasi.nama_verifikator is None
    # Ctrl+S saves
    w.buka_baris(5)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    _isi(form, "noMusdesEdit", "BA/12/2025")
    qtbot.keyClick(_w(form, QLineEdit, "noMusdesEdit"), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert _baca(db_isi, _id_baris(w, 5))[0].verifikasi.no_musdes == "BA/12/2025"


def test_menutup_jendela_dengan_perubahan_bertanya(qtbot, db_isi):
    w = _jendela(qtbot, db_isi)
    w.buka_baris(0)
    _isi(w.form, "namaVerifikatorEdit", "Ani")

    def simpan() -> None:
        QApplication.activeModalWidget().findChild(QPushButton, "konfirmasiSimpan").click()

    QTimer.singleShot(0, simpan)
    w.close()
    assert _baca(db_isi, _id_baris(w, 0))[0].verifikasi.nama_verifikator == "Ani"


def test_ajukan_kembalikan_ajukan_setujui_buka_kembali(qtbot, db_isi):
    op = _jendela(qtbot, db_isi, user="Ani", role="operator")
    op.buka_baris(4)
    idk = op.form.data.id_keluarga
    form = op.form
    assert not _w(form, QPushButton, "approveButton").isEnabled()
    _pilih(_w(form, QComboBox, "statusVerifikasiCombo"), "Ditemukan")
    _pilih(_w(form, QComboBox, "kelayakanCombo"), "Layak")
    _isi(form, "tanggalKunjunganEdit", "18/11/2025")
    _isi(form, "namaVerifikatorEdit", "Ani")
    _w(form, QPushButton, "submitButton").click()  # saves first, then submits
    data, _ = _baca(db_isi, idk)
    assert data.verifikasi.persetujuan == "DIAJUKAN"
    assert data.verifikasi.kelayakan == "LAYAK"
    assert not _w(form, QPushButton, "saveButton").isEnabled()  # submitted: read-only

    ver = _jendela(qtbot, db_isi, user="Budi", role="verifikator")
    ver.buka_keluarga(idk)
    kembali = _w(ver.form, QPushButton, "returnButton")
    assert kembali.isEnabled()

    def isi_catatan(teks: str | None) -> None:
        d = QApplication.activeModalWidget()
        assert d.objectName() == "catatanDialog"
        ok = d.findChild(QPushButton, "catatanDialogOk")
        assert not ok.isEnabled()  # a note is required
        if teks is None:
            d.reject()
            return
        d.findChild(QPlainTextEdit, "catatanDialogEdit").setPlainText(teks)
        ok.click()

    QTimer.singleShot(0, lambda: isi_catatan(None))
    kembali.click()
    assert _baca(db_isi, idk)[0].verifikasi.persetujuan == "DIAJUKAN"
    QTimer.singleShot(0, lambda: isi_catatan("Tanggal kunjungan salah, cek lagi"))
    kembali.click()
    data, riwayat = _baca(db_isi, idk)
    assert data.verifikasi.persetujuan == "DIKEMBALIKAN"
    assert riwayat[0]["aksi"] == "KEMBALIKAN"
    assert riwayat[0]["alasan"] == "Tanggal kunjungan salah, cek lagi"

    # the operator sees the note in the table and the form
    op.model.segarkan_baris()
    baris = op.model.baris_dari_id(idk)
    assert "Tanggal kunjungan salah" in op.model.index(baris, 7).data()
    assert "Tanggal kunjungan salah" in op.model.index(baris, 1).data(Qt.ItemDataRole.ToolTipRole)
    op.buka_keluarga(idk)
    assert "Tanggal kunjungan salah" in _w(op.form, QWidget, "bannerForm").text()
    _isi(op.form, "tanggalKunjunganEdit", "17-11-2025")
    _w(op.form, QPushButton, "submitButton").click()
    assert _baca(db_isi, idk)[0].verifikasi.persetujuan == "DIAJUKAN"

    ver.buka_keluarga(idk)
    _w(ver.form, QPushButton, "approveButton").click()
    data, riwayat = _baca(db_isi, idk)
    assert data.verifikasi.persetujuan == "DISETUJUI"
    assert data.verifikasi.tanggal_kunjungan == "2025-11-17"
    assert [r["aksi"] for r in riwayat if r["kolom"] == "persetujuan"] == [
        "SETUJUI", "AJUKAN", "KEMBALIKAN", "AJUKAN"]
    assert not _w(ver.form, QComboBox, "statusVerifikasiCombo").isEnabled()
    assert not _w(ver.form, QPushButton, "saveButton").isEnabled()
    op.buka_keluarga(idk)
    assert not _w(op.form, QPushButton, "reopenButton").isEnabled()  # verifikator only
    buka = _w(ver.form, QPushButton, "reopenButton")
    QTimer.singleShot(0, lambda: isi_catatan("Salah kelayakan"))
    buka.click()
    assert _baca(db_isi, idk)[0].verifikasi.persetujuan == "DRAF"
    assert _w(ver.form, QPushButton, "saveButton").isEnabled()
    riwayat_dialog = ver.form.riwayat()
    qtbot.addWidget(riwayat_dialog)
    tabel = riwayat_dialog.findChild(QTableView, "riwayatTable")
    assert tabel.model().rowCount() == len(_baca(db_isi, idk)[1])
    assert tabel.model().index(0, 2).data() == "Dibuka kembali"


def test_anggota_ditandai_nik_diperbaiki_dan_anggota_baru(qtbot, db_isi):
    w = _jendela(qtbot, db_isi)
    w.buka_baris(6)
    form = w.form
    idk = form.data.id_keluarga
    tabel = _w(form, QTableView, "membersTable")
    model = tabel.model()
    id_pertama = form.data.anggota[0]["id_individu"]
    nik_lama = form.data.anggota[0]["nik"]
    tabel.setCurrentIndex(model.index(0, 0))
    _w(form, QPushButton, "anggotaMeninggalButton").click()
    assert model.index(0, 5).data() == "Meninggal"
    nik_baru = "6172014101850003"
    model.setData(model.index(0, 6), "12345")  # too short: live feedback, save refused
    assert "16 digit" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    form.simpan()
    assert "16 digit" in form.pesan.text()
    model.setData(model.index(0, 6), nik_baru)

    def isi_anggota() -> None:
        d = QApplication.activeModalWidget()
        assert d.objectName() == "anggotaBaruDialog"
        d.findChild(QLineEdit, "anggotaBaruNama").setText("Bayi Baru")
        d.findChild(QLineEdit, "anggotaBaruNikEdit").setText("6172015001250001")
        _pilih(d.findChild(QComboBox, "anggotaBaruHubungan"), "Anak")
        d.findChild(QLineEdit, "anggotaBaruTanggalLahir").setText("10-01-2025")
        d.findChild(QPushButton, "anggotaBaruOk").click()

    QTimer.singleShot(0, isi_anggota)
    _w(form, QPushButton, "addMemberButton").click()
    assert model.rowCount() == len(form.data.anggota) + 1
    assert form.simpan(), form.pesan.text()
    data, riwayat = _baca(db_isi, idk)
    a = next(x for x in data.anggota if x["id_individu"] == id_pertama)
    assert a["status_anggota"] == "MENINGGAL"
    assert a["nik"] == nik_lama and a["nik_perbaikan"] == nik_baru
    bayi = data.anggota[-1]
    assert (bayi["nama"], bayi["status_anggota"], bayi["tanggal_lahir"]) == (
        "Bayi Baru", "ANGGOTA_BARU", "2025-01-10")
    assert any(r["aksi"] == "TAMBAH_ANGGOTA" for r in riwayat)
    assert any(r["kolom"] == "nik_perbaikan" and r["nilai_baru"] == nik_baru for r in riwayat)
    # the corrected NIK is found by the search
    w.kotak_cari.setText(nik_baru)
    qtbot.keyClick(w.kotak_cari, Qt.Key.Key_Return)
    assert [_id_baris(w, i) for i in range(w.model.rowCount())] == [idk]


def test_temuan_berubah_saat_isian_berubah_dan_koreksi_disimpan(qtbot, db_isi):
    w = _jendela(qtbot, db_isi)
    w.buka_baris(8)
    form = w.form
    idk = form.data.id_keluarga
    daftar = _w(form, QListWidget, "findingsList")
    assert "NO_KK_FORMAT" not in form.temuan_aturan()
    _isi(form, "isian_no_kk", "12345")
    assert "16 digit" in form.findChild(QWidget, "isian_no_kk").umpan.text()
    qtbot.waitUntil(lambda: "NO_KK_FORMAT" in form.temuan_aturan(), timeout=3000)
    assert any("No KK" in daftar.item(i).text() for i in range(daftar.count()))
    _isi(form, "isian_no_kk", "6172010101100077")
    qtbot.waitUntil(lambda: "NO_KK_FORMAT" not in form.temuan_aturan(), timeout=3000)
    atap = form.findChild(QComboBox, "isian_jenis_atap")
    sumber = form.data.sumber.get("jenis_atap")
    _pilih(atap, "Bambu" if sumber != "Bambu" else "Beton")
    assert form.simpan(), form.pesan.text()
    data, riwayat = _baca(db_isi, idk)
    assert data.nilai["no_kk"] == "6172010101100077" and data.sumber.get("no_kk") is None
    assert data.sumber.get("jenis_atap") == sumber  # the P3KE value is kept
    assert data.koreksi["jenis_atap"] in ("Bambu", "Beton")
    assert {r["kolom"] for r in riwayat if r["aksi"] == "KOREKSI"} == {"no_kk", "jenis_atap"}


def test_usulan_baru_dengan_form_yang_sama(qtbot, db_isi):
    w = _jendela(qtbot, db_isi, role="operator")
    w.aksi_usulan_baru.trigger()
    form = w.form
    assert form.usulan and form.findChild(QWidget, "grupUsulan").isVisible()
    desa = _w(form, QComboBox, "desaCombo")
    assert desa.count() > 1
    form.simpan()
    assert "Desa/kelurahan wajib dipilih" in form.pesan.text()
    desa.setCurrentIndex(1)
    _isi(form, "isian_nama_kepala", "Usman Hadi")
    _pilih(_w(form, QComboBox, "kelayakanCombo"), "Layak")
    _isi(form, "tanggalKunjunganEdit", "15-11-2025")
    _isi(form, "namaVerifikatorEdit", "Ani")
    QTimer.singleShot(0, lambda: _tambah(QApplication.activeModalWidget()))
    _w(form, QPushButton, "addMemberButton").click()
    sebelum = w.model.rowCount()
    assert form.simpan(), form.pesan.text()
    idk = form.data.id_keluarga
    assert idk.startswith("UB-")
    assert w.model.rowCount() == sebelum + 1
    data, riwayat = _baca(db_isi, idk)
    assert data.asal == "usulan_baru" and data.verifikasi.status_verifikasi == "USULAN_BARU"
    assert [a["nama"] for a in data.anggota] == ["Usman Hadi"]
    assert riwayat[-1]["aksi"] == "TAMBAH_USULAN"


def _tambah(d) -> None:
    d.findChild(QLineEdit, "anggotaBaruNama").setText("Usman Hadi")
    _pilih(d.findChild(QComboBox, "anggotaBaruHubungan"), "Kepala Keluarga")
    d.findChild(QPushButton, "anggotaBaruOk").click()


def test_tangkapan_layar_1366x768(qtbot, db_isi):
    w = _jendela(qtbot, db_isi, user="Budi", role="verifikator")
    w.resize(1366, 740)
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "verifikasi_daftar.png"))
    w.buka_baris(1)
    _pilih(_w(w.form, QComboBox, "statusVerifikasiCombo"), "Pindah")
    assert w.grab().save(str(SHOTS / "verifikasi_form.png"))
    # the form fits: its buttons are inside the window
    tombol = _w(w.form, QPushButton, "historyButton")
    kanan_bawah = tombol.mapTo(w, tombol.rect().bottomRight())
    assert kanan_bawah.x() <= w.width() and kanan_bawah.y() <= w.height()
