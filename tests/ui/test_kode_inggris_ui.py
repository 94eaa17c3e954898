"""P3KE code-list values in the English window: the members table, the form's and the new
member's choices, the history, the audit window and the NIK field's note show them in English
(the official Indonesian value in the tooltip), while what is stored, recorded and exported
stays the official Indonesian label: an export made from the English window holds the same
cells as one made from the Indonesian window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
)

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import ekspor as xekspor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog
from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru
from kalbar_desktop.ui.label_kode import nilai_isian, nilai_kode, nilai_tampil

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
VERIFIKATOR = Pengguna("rina", Peran.VERIFIKATOR)


def test_nilai_kode_diterjemahkan_nilai_luar_daftar_apa_adanya(qapp, folder_qm, pasang):
    pasang("id", folder_qm)
    assert nilai_isian("jenis_atap", "Genteng") == "Genteng"
    assert nilai_tampil("status_verifikasi", "DITEMUKAN") == "Ditemukan"
    pasang("en", folder_qm)
    assert nilai_kode("hubungan", "Kepala Keluarga") == "Head of family"
    assert nilai_kode("jenis_kelamin", "Perempuan") == "Female"
    assert nilai_isian("jenis_atap", "Genteng") == "Roof tiles"
    assert nilai_isian("prioritas_verval", "KELUARGA NIK KOSONG") == "FAMILY WITH AN EMPTY NIK"
    assert nilai_isian("pendidikan", "SD kelas 4") == "SD kelas 4"  # outside the list: as written
    assert nilai_isian("nama", "Anak") == "Anak"  # not a code field: a name stays a name
    assert nilai_tampil("status_verifikasi", "DITEMUKAN") == "Found"
    assert nilai_tampil("peran", "admin") == "Admin"
    assert nilai_tampil("hubungan", None) == ""


def _jendela(qtbot, db_path: Path):
    w = create_main_window(db_path, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w


def _keluarga_dengan_istri(db_path: Path) -> str:
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        return db.execute("SELECT a.id_keluarga FROM anggota a JOIN keluarga k USING "
                          "(id_keluarga) WHERE a.hubungan = 'Istri/Suami' AND k.jenis_atap "
                          "<> 'Genteng' ORDER BY 1 LIMIT 1").fetchone()[0]


def _kunjungi(db_path: Path, idk: str) -> None:
    """A visit: found, not eligible because well-off."""
    with sdb.terbuka(db_path) as db:
        sv.simpan(db, idk, VERIFIKATOR, Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="TIDAK_LAYAK", alasan="MAMPU",
            tanggal_kunjungan="2026-11-20", nama_verifikator="Darto"), sv.muat(db, idk).versi)


def test_form_inggris_menampilkan_nilai_kode_dan_menyimpan_nilai_resmi(
        qtbot, qapp, folder_qm, pasang, db_isi):
    pasang("en", folder_qm)
    idk = _keluarga_dengan_istri(db_isi)
    w = _jendela(qtbot, db_isi)
    w.buka_keluarga(idk)
    form = w.form
    m = form.findChild(QTableView, "membersTable").model()
    baris = next(r for r in range(m.rowCount())
                 if m.index(r, 2).data(Qt.ItemDataRole.EditRole) == "Istri/Suami")
    assert m.index(baris, 2).data() == "Wife/Husband"
    assert m.index(baris, 2).data(Qt.ItemDataRole.ToolTipRole) == "Wife/Husband (Istri/Suami)"
    assert m.index(baris, 3).data() in ("Male", "Female")
    nik_kepala = form.findChild(QLabel, "umpanNik").text()
    assert "Laki-laki" not in nik_kepala and "Perempuan" not in nik_kepala

    atap = form.findChild(QComboBox, "isian_jenis_atap")
    teks = [atap.itemText(i) for i in range(atap.count())]
    assert "Roof tiles" in teks and "Genteng" not in teks
    atap.setCurrentIndex(atap.findData("Genteng"))
    assert atap.currentText() == "Roof tiles"
    assert form.simpan()
    with sdb.terbuka(db_isi, baca_saja=True, migrasi=False) as db:
        assert sv.muat(db, idk).koreksi["jenis_atap"] == "Genteng"
        assert db.execute("SELECT nilai_baru FROM audit_log WHERE id_keluarga = ? AND kolom = "
                          "'jenis_atap' ORDER BY id DESC", (idk,)).fetchone()[0] == "Genteng"
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "kode_form_en.png"))

    # the history and the audit window: the label, the stored value in the audit's tip
    riwayat = form.riwayat()
    tabel = riwayat.findChild(QTableWidget, "riwayatTable")
    sel = {tabel.item(r, 5).text() for r in range(tabel.rowCount())}
    assert "Roof tiles" in sel and "Genteng" not in sel
    riwayat.close()
    audit = AuditLogDialog(w.db, db_isi, w.pengguna, w)
    qtbot.addWidget(audit)
    am = audit.model
    r = next(r for r in range(am.rowCount()) if am.baris[r][8] == "jenis_atap")
    assert am.index(r, 10).data() == "Roof tiles"
    assert am.index(r, 10).data(Qt.ItemDataRole.ToolTipRole) == "Roof tiles (Genteng)"
    audit.close()
    w.close()


def test_anggota_baru_inggris_memilih_nilai_resmi(qtbot, qapp, folder_qm, pasang):
    pasang("en", folder_qm)
    d = DialogAnggotaBaru()
    qtbot.addWidget(d)
    hubungan = d.findChild(QComboBox, "anggotaBaruHubungan")
    teks = [hubungan.itemText(i) for i in range(hubungan.count())]
    assert teks[1:] == ["Head of family", "Wife/Husband", "Child", "Other"]
    hubungan.setCurrentIndex(hubungan.findText("Child"))
    assert hubungan.currentData() == "Anak"
    SHOTS.mkdir(exist_ok=True)
    d.grab().save(str(SHOTS / "kode_anggota_baru_en.png"))


def test_history_status_verifikasi_inggris(qtbot, qapp, folder_qm, pasang, db_isi):
    pasang("en", folder_qm)
    idk = _keluarga_dengan_istri(db_isi)
    _kunjungi(db_isi, idk)
    w = _jendela(qtbot, db_isi)
    w.buka_keluarga(idk)
    tabel = w.form.riwayat().findChild(QTableWidget, "riwayatTable")
    baru = {tabel.item(r, 5).text() for r in range(tabel.rowCount())}
    assert {"Found", "Not eligible", "Well-off", "20-11-2026"} <= baru  # the form's date too
    w.close()


# -- the export is the same from both windows ---------------------------------------------------
def _ekspor_dari_jendela(qtbot, db_path: Path, tujuan: Path) -> None:
    w = _jendela(qtbot, db_path)
    w.findChild(QAction, "aksiEksporProvinsi").trigger()
    # this window's dialog: an earlier test's window may still show its own among the
    # top-level widgets (deleted later), and their order changes from run to run
    d = w.findChild(QDialog, "exportDialog")
    assert d is not None and d.isVisible()
    d.findChild(QAbstractButton, "exportDenganNama").setChecked(True)
    d.findChild(QLineEdit, "exportAlasan").setText("Permintaan Dinas Sosial Provinsi")
    d.findChild(QLineEdit, "exportTujuan").setText(str(tujuan))
    d.findChild(QPushButton, "exportMulai").click()
    qtbot.waitUntil(lambda: not d.berjalan() and tujuan.exists(), timeout=60000)
    d.close()
    w.close()


_BERBEDA_TIAP_EKSPOR = (xekspor.BUTIR_WAKTU_EKSPOR, xekspor.BUTIR_NOMOR_AUDIT,
                       xekspor.BUTIR_PENANDA_DIKENAL)
"""Keterangan rows that differ between any two exports: the time, and the audit trail's mark
(the first export is itself recorded before the second is made)."""


def _isi(path: Path) -> dict[str, list[tuple]]:
    """Every cell of every sheet but :data:`_BERBEDA_TIAP_EKSPOR`."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [r for r in ws.iter_rows(values_only=True)
                           if not r or r[0] not in _BERBEDA_TIAP_EKSPOR]
                for ws in wb.worksheets}
    finally:
        wb.close()


def test_ekspor_dari_jendela_inggris_sama_dengan_indonesia(qtbot, qapp, folder_qm, pasang,
                                                           db_isi, tmp_path):
    idk = _keluarga_dengan_istri(db_isi)
    _kunjungi(db_isi, idk)
    hasil = {}
    for kode in ("id", "en"):  # English last: its translators stay installed
        pasang(kode, folder_qm)
        hasil[kode] = tmp_path / f"provinsi-{kode}.xlsx"
        _ekspor_dari_jendela(qtbot, db_isi, hasil[kode])
    isi_id, isi_en = _isi(hasil["id"]), _isi(hasil["en"])
    assert isi_en == isi_id
    # and it holds the official Indonesian labels, not the window's English
    keluarga = isi_en["Data Keluarga"]
    kolom = {h: i for i, h in enumerate(keluarga[0])}
    baris = next(r for r in keluarga if r[kolom["ID Keluarga P3KE"]] == idk)
    assert baris[kolom["Status verifikasi"]] == "Ditemukan"
    assert baris[kolom["Kelayakan"]] == "Tidak layak"
    semua = {str(v) for lembar in isi_en.values() for r in lembar for v in r if v}
    assert {"Found", "Head of family", "Wife/Husband", "Male", "Female"}.isdisjoint(semua)
    assert {"Istri/Suami", "Laki-laki"} <= semua


def test_temuan_jenis_kelamin_dalam_bahasa_jendela(qapp, folder_qm, pasang):
    """The NIK_JENIS_KELAMIN finding names the two sexes in the window's language; the stored
    and exported text stays Indonesian."""
    import datetime as dt

    from kalbar_desktop.domain.temuan import _periksa_nik
    from kalbar_desktop.ui.bahasa import teks

    nik_perempuan = "6171014508800001"  # day 45: a woman born on 5 August 1980
    temuan = [t for t in _periksa_nik(nik_perempuan, None, dt.date(1980, 8, 5), "Laki-laki",
                                      "K1", "K1-01", "nik", {}, dt.date(2026, 11, 24))
              if t.aturan.name == "NIK_JENIS_KELAMIN"]
    assert [str(t.pesan) for t in temuan] == ["NIK menunjukkan Perempuan, tertulis Laki-laki"]
    pasang("en", folder_qm)
    teks_en = teks(temuan[0].pesan)
    assert "Female" in teks_en and "Male" in teks_en
    assert "Perempuan" not in teks_en and "Laki" not in teks_en
    pasang("id", folder_qm)
    assert teks(temuan[0].pesan) == "NIK menunjukkan Perempuan, tertulis Laki-laki"
