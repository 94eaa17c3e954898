"""The reasons the program writes on a person's behalf (``audit_log.alasan``) in the window's
language: an approval on the console ("Setujui lewat konsol: ..."), "Setujui semua" in the
window, a re-import ("Impor ulang workbook ..."). Shown in the audit window's Alasan column and
in a family's history; the stored rows stay the Indonesian text (the audit chain holds, the
export writes what is stored), also when the approval ran in the English window (it stored
"Setujui semua: the whole database" before)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from click.testing import CliRunner
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidget

from kalbar_desktop.cli import main
from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.exchange import ekspor, impor_koreksi, laporan_temuan
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog
from tests.lapangan import DESA, OPERATOR_A, db_desa
from tests.lapangan import VERIFIKATOR as RINA
from tests.unit.ekspor_data import VERIFIKATOR, salin

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SANDI = "Sandi-Kuat-123"
_K_KODE, _K_ID_KELUARGA, _K_ALASAN = 4, 7, 11


def _ajukan(db, idk: str) -> None:
    v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                   tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
    versi = sv.simpan(db, idk, OPERATOR_A, v, sv.muat(db, idk).versi)
    sv.ubah_persetujuan(db, idk, OPERATOR_A, AksiPersetujuan.AJUKAN, versi)


def _desa(tmp_path: Path) -> Path:
    """Six families submitted by the operator Ani; Rina approves."""
    path = db_desa(tmp_path, jumlah=6)
    with sdb.terbuka(path) as db:
        spengguna.tambah(db, "Ani", "operator", SANDI, wilayah=[DESA], oleh="uji",
                         admin_dulu=False)
        spengguna.tambah(db, "Rina", "verifikator", SANDI, oleh="uji", admin_dulu=False)
        for i in range(1, 7):
            _ajukan(db, f"0061729{i:03d}")
    return path


def _setujui_semua_di_jendela(qtbot, w) -> None:
    """Verifikasi > Setujui semua over the whole database, OK in the confirmation."""

    def jawab() -> None:
        d = QApplication.activeModalWidget()
        if d is None or d.objectName() != "dialogSetujuiSemua":
            QTimer.singleShot(20, jawab)
            return
        d.findChild(QPushButton, "setujuiSemuaOk").click()

    QTimer.singleShot(0, jawab)
    w.findChild(QAction, "aksiSetujuiSemua").trigger()
    qtbot.waitUntil(lambda: getattr(w, "hasil_setujui_semua", None) is not None, timeout=10000)


def _alasan_audit(d: AuditLogDialog) -> dict[str, tuple[str, str]]:
    """ID Keluarga -> (shown, tooltip) of the SETUJUI rows' Alasan."""
    m = d.model
    return {m.baris[r][_K_ID_KELUARGA]: (m.index(r, _K_ALASAN).data(),
                                          m.index(r, _K_ALASAN).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(m.rowCount()) if m.baris[r][_K_KODE] == "SETUJUI"}


def _alasan_riwayat(w, idk: str) -> list[str]:
    assert w.buka_keluarga(idk)
    d = w.form.riwayat()
    tabel = d.findChild(QTableWidget, "riwayatTable")
    alasan = [tabel.item(r, tabel.columnCount() - 1).text() for r in range(tabel.rowCount())]
    d.grab().save(str(SHOTS / f"riwayat_alasan_{idk}.png"))
    d.close()
    return alasan


def test_alasan_persetujuan_dalam_bahasa_jendela(qtbot, tmp_path, pasang, folder_qm):
    SHOTS.mkdir(exist_ok=True)
    path = _desa(tmp_path)
    r = CliRunner().invoke(main, ["--db", str(path), "approve", "--id", "0061729001,0061729002",
                                  "--user", "Rina"], input=SANDI + "\n",
                           prog_name="kalbar-desktop")
    assert r.exit_code == 0, r.output
    pasang("en", folder_qm)
    w = create_main_window(path, user="Rina", role="verifikator")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    _setujui_semua_di_jendela(qtbot, w)
    assert w.hasil_setujui_semua.disetujui == [f"0061729{i:03d}" for i in range(3, 7)]
    w.findChild(QMessageBox, "setujuiSemuaHasil").accept()

    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        tersimpan = dict(db.execute("SELECT id_keluarga, alasan FROM audit_log "
                                    "WHERE aksi = 'SETUJUI'"))
        assert audit.periksa_rantai(db) == []
    # stored in Indonesian, whatever the window's language
    assert tersimpan == {"0061729001": "Setujui lewat konsol: keluarga yang disebut",
                         "0061729002": "Setujui lewat konsol: keluarga yang disebut",
                         **{f"0061729{i:03d}": "Setujui semua: seluruh basis data"
                            for i in range(3, 7)}}

    d = AuditLogDialog(w.db, path, w.pengguna, w)
    qtbot.addWidget(d)
    tampil = _alasan_audit(d)
    assert tampil["0061729001"] == ("Approved on the console: the families named",
                                    "Approved on the console: the families named\n\n"
                                    "Setujui lewat konsol: keluarga yang disebut")
    assert tampil["0061729003"][0] == "Approve all: the whole database"
    d.resize(1300, 500)
    assert d.grab().save(str(SHOTS / "audit_alasan_en.png"))
    assert _alasan_riwayat(w, "0061729001")[0] == "Approved on the console: the families named"
    assert _alasan_riwayat(w, "0061729004")[0] == "Approve all: the whole database"


def test_alasan_lama_jendela_inggris_dan_bahasa_indonesia(qtbot, tmp_path, pasang, folder_qm):
    """A row an English window stored before reads as the Indonesian reason; the Indonesian
    window shows every reason as stored."""
    path = _desa(tmp_path)
    with sdb.terbuka(path) as db:
        rencana = sv.rencana_setujui_semua(db, RINA, None)
        sv.setujui_semua(db, RINA, rencana, "Setujui semua: the whole database")
    for kode, harap in (("id", "Setujui semua: seluruh basis data"),
                        ("en", "Approve all: the whole database")):
        pasang(kode, folder_qm)
        w = create_main_window(path, user="Rina", role="verifikator")
        qtbot.addWidget(w)
        w.tutup_tanpa_tanya = True
        d = AuditLogDialog(w.db, path, w.pengguna, w)
        qtbot.addWidget(d)
        assert {t for t, _tip in _alasan_audit(d).values()} == {harap}


def test_alasan_impor_ulang_dalam_bahasa_jendela(qtbot, templat_ekspor, tmp_path, pasang,
                                                 folder_qm):
    path = salin(templat_ekspor[0], tmp_path / "uji.db")
    idk = templat_ekspor[1]["belum"]
    with sdb.terbuka(path) as db:
        workbook = tmp_path / "provinsi.xlsx"
        ekspor.ekspor(db, ekspor.OpsiEkspor(workbook, dengan_nama=True, alasan="Koreksi"),
                      VERIFIKATOR)
        wb = openpyxl.load_workbook(workbook)
        ws = wb["Data Keluarga"]
        kolom = {c.value: c.column for c in ws[1]}
        baris = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == idk)
        ws.cell(baris, kolom["Catatan"]).value = "Rumah panggung"
        wb.save(tmp_path / "dikoreksi.xlsx")
        pratinjau = impor_koreksi.baca(db, tmp_path / "dikoreksi.xlsx", VERIFIKATOR)
        assert impor_koreksi.terapkan(db, pratinjau, VERIFIKATOR).diterapkan == [idk]
        [alasan] = {r[0] for r in db.execute(
            "SELECT alasan FROM audit_log WHERE id_keluarga = ? AND aksi = 'UBAH'", [idk])}
        assert alasan == "Impor ulang workbook dikoreksi.xlsx"
        assert audit.periksa_rantai(db) == []
    pasang("en", folder_qm)
    w = create_main_window(path, user="admin", role="admin")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    assert _alasan_riwayat(w, idk)[0] == "Re-import of workbook dikoreksi.xlsx"


def test_alasan_tetap_sama_dengan_teks_penulisnya():
    """The reasons written elsewhere are the shapes the reader knows (the writers keep their
    own constants)."""
    from kalbar_desktop.cli.ekspor import ALASAN_TANPA_KETERANGAN

    assert keterangan_jejak.urai_alasan(laporan_temuan.ALASAN_LAPORAN).templat == (
        laporan_temuan.ALASAN_LAPORAN)
    assert keterangan_jejak.urai_alasan(ALASAN_TANPA_KETERANGAN).templat == (
        ALASAN_TANPA_KETERANGAN)
    assert sv.ALASAN_IMPOR_ULANG == "Impor ulang workbook"
    teks = keterangan_jejak.urai_alasan("Setujui lewat konsol: wilayah 6172")
    assert (teks.templat, teks.argumen["tempat"].templat) == (
        "Setujui lewat konsol: {tempat}", "wilayah {kode}")
    # a reason a person typed stays text
    assert type(keterangan_jejak.urai_alasan("Setujui semua")) is str
