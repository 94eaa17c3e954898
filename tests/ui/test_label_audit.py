"""The audit window and the exported audit log name a changed column (and a setting) with the
same words. Issue: the window said "Nama kepala keluarga" (the form's label), the exported sheet
"Nama Kepala Keluarga" (the P3KE header), and a setting showed as "kunci_layar_menit" in both."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from kalbar_desktop.domain import jejak
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit, pengaturan
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.audit_dialog import AuditLogDialog

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ADMIN = Pengguna("adm", Peran.ADMIN)
KOLOM = ekspor_audit.JUDUL.index("Kolom")
ID_REKAMAN = ekspor_audit.JUDUL.index("ID rekaman")


@pytest.fixture
def log(db):
    """An audit log with a change of each kind of column: a verification field, a P3KE value of
    a family and of a person, a member's and an account's field, a setting, an unknown name."""
    audit.tulis(db, [
        audit.Catatan(aksi="UBAH", pengguna="ani", tabel="verifikasi_keluarga",
                      id_rekaman="K1", id_keluarga="K1", kolom="tanggal_kunjungan",
                      nilai_baru="2026-11-20"),
        audit.Catatan(aksi="KOREKSI", pengguna="ani", tabel="keluarga", id_rekaman="K1",
                      id_keluarga="K1", kolom="nama_kepala", nilai_lama="Budi",
                      nilai_baru="Budiman"),
        audit.Catatan(aksi="KOREKSI", pengguna="ani", tabel="anggota", id_rekaman="I1",
                      id_keluarga="K1", kolom="jenis_kelamin", nilai_baru="Perempuan"),
        audit.Catatan(aksi="KOREKSI", pengguna="ani", tabel="anggota", id_rekaman="I1",
                      id_keluarga="K1", kolom="usia_2023", nilai_baru="45"),
        audit.Catatan(aksi="UBAH", pengguna="ani", tabel="verifikasi_anggota", id_rekaman="I1",
                      id_keluarga="K1", kolom="nik_perbaikan", nilai_baru="6172011508800001"),
        audit.Catatan(aksi=jejak.AKUN_DIUBAH, pengguna="adm", tabel="pengguna",
                      id_rekaman="budi", kolom="peran", nilai_baru="ADMIN"),
        audit.Catatan(aksi=jejak.PENGATURAN, pengguna="adm", tabel="pengaturan",
                      id_rekaman="kunci_baru_x", kolom="kunci_baru_x", nilai_baru="5"),
    ])
    pengaturan.tulis(db, pengaturan.KUNCI_LAYAR_MENIT, 15, "adm")
    return db


def _jendela(qtbot, db, db_path) -> AuditLogDialog:
    dialog = AuditLogDialog(db, db_path, ADMIN)
    qtbot.addWidget(dialog)
    return dialog


def _sel(dialog: AuditLogDialog, kolom: int, peran=Qt.ItemDataRole.DisplayRole) -> dict:
    m = dialog.model
    return {int(m.index(i, 0).data()): m.index(i, kolom).data(peran) for i in range(m.rowCount())}


def test_jendela_dan_ekspor_memakai_kata_yang_sama(qtbot, log, db_path, tmp_path):
    dialog = _jendela(qtbot, log, db_path)
    dialog.resize(1100, 420)
    dialog.show()
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "jejak_audit_label.png"))
    di_jendela = _sel(dialog, KOLOM)
    id_di_jendela = _sel(dialog, ID_REKAMAN)

    tujuan = tmp_path / "jejak.xlsx"
    ekspor_audit.ekspor(log, audit.SaringAudit(), tujuan, ADMIN)
    ws = openpyxl.load_workbook(tujuan)["Jejak audit"]
    judul = [c.value for c in ws[1]]
    k, kk, ki = judul.index("Kolom"), judul.index("Kode kolom"), judul.index("ID rekaman")
    di_berkas = {int(r[0]): (r[k] or "", r[kk] or "", r[ki] or "")
                 for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(di_jendela) <= set(di_berkas)
    assert {n: di_jendela[n] for n in di_jendela} == {n: di_berkas[n][0] for n in di_jendela}
    assert {n: id_di_jendela[n] for n in di_jendela} == {n: di_berkas[n][2] for n in di_jendela}

    kata = {di_berkas[n][1]: di_berkas[n][0] for n in di_jendela if di_berkas[n][1]}
    assert kata == {
        "tanggal_kunjungan": "Tanggal kunjungan",
        "nama_kepala": "Nama kepala keluarga",  # the form's words, not the P3KE header
        "jenis_kelamin": "Jenis kelamin",  # one name for the head's and a person's column
        "usia_2023": "Usia 2023",  # no short name: the P3KE header
        "nik_perbaikan": "NIK perbaikan",
        "peran": "Peran",
        "kunci_layar_menit": "Kunci layar setelah tidak ada aktivitas (menit; 0 = tidak pernah)",
        "kunci_baru_x": "kunci_baru_x",  # unknown: as stored
    }
    # a setting's key also in ID rekaman as the settings window names it, the key in the tip
    setelan = next(n for n in di_jendela if di_berkas[n][1] == "kunci_layar_menit")
    assert id_di_jendela[setelan] == pengaturan.SETELAN["kunci_layar_menit"].label
    assert _sel(dialog, KOLOM, Qt.ItemDataRole.ToolTipRole)[setelan].endswith(
        "(kunci_layar_menit)")
    assert _sel(dialog, ID_REKAMAN, Qt.ItemDataRole.ToolTipRole)[setelan].endswith(
        "(kunci_layar_menit)")
    # an account's name stays as it is
    akun = next(n for n in di_jendela if di_berkas[n][1] == "peran")
    assert id_di_jendela[akun] == "budi"


def test_jendela_inggris_menerjemahkan_kata_yang_sama(qtbot, qapp, folder_qm, log, db_path):
    """In English the window translates those words (the exported log stays Indonesian)."""
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    try:
        dialog = _jendela(qtbot, log, db_path)
        kolom = set(_sel(dialog, KOLOM).values())
        assert {"Visit date", "Name of the head of family", "Sex", "Corrected NIK", "Role",
                "Lock the screen after no activity for (minutes; 0 = never)"} <= kolom
        assert "Usia 2023" in kolom  # a P3KE header without a short name: data
        assert "Lock the screen after no activity for (minutes; 0 = never)" in set(
            _sel(dialog, ID_REKAMAN).values())
    finally:
        bahasa.lepas_penerjemah(qapp, t)
