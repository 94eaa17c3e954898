"""The audit window's Details in the English window for the notes that stayed Indonesian at
stop 19: the import's summary (also rows an older version wrote, in a kept old-schema file),
where a sign-in was and why it failed, a new account's role and regions, a backup a person made.
The stored rows are untouched; the tooltip holds the stored Indonesian text."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog
from tests.unit.test_kelayakan_tanpa_status import SKEMA

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
_K_KODE, _K_NILAI_BARU, _K_KETERANGAN = 4, 10, 12


def _catatan_baru(path: Path, tmp_path: Path) -> None:
    """Rows written by the real writers, with the notes the windows and the console pass."""
    with sdb.terbuka(path) as db:
        spengguna.tambah(db, "Rina", "verifikator", "Sandi-Kuat-123", wilayah=["6172"],
                         oleh="admin")
        for nama, sandi, tempat in (("Anni", "salah", keterangan_jejak.jendela_masuk()),
                                    ("Rina", "salah", keterangan_jejak.buka_kunci_layar()),
                                    ("Sandi-Kuat-123", "x", keterangan_jejak.masuk_konsol(
                                        "export"))):
            with contextlib.suppress(spengguna.GagalMasuk):
                spengguna.periksa(db, nama, sandi, keterangan=tempat)
        spengguna.nonaktifkan(db, "Rina", oleh="admin")
        with contextlib.suppress(spengguna.GagalMasuk):
            spengguna.periksa(db, "Rina", "Sandi-Kuat-123",
                              keterangan=keterangan_jejak.jendela_masuk())
        spengguna.periksa(db, "admin", "Sandi-Lama-2023",
                          keterangan=keterangan_jejak.ganti_sandi())
        scadangan.catat_cadangan(db, tmp_path / "salinan.db", "admin", scadangan.MANUAL)


def _tampil(d: AuditLogDialog, kolom: int) -> list[tuple[str, str, str]]:
    m = d.model
    return [(m.baris[r][_K_KODE], m.index(r, kolom).data(),
             m.index(r, kolom).data(Qt.ItemDataRole.ToolTipRole)) for r in range(m.rowCount())]


def test_ringkasan_impor_dan_catatan_masuk_dalam_bahasa_jendela(qtbot, tmp_path, pasang,
                                                                  folder_qm):
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / "skema_0005.db", path)  # its import rows: an older version's
    _catatan_baru(path, tmp_path)
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        tersimpan = dict(db.execute("SELECT id, keterangan FROM audit_log"))
    for kode in ("id", "en"):
        pasang(kode, folder_qm)
        w = create_main_window(path, user="admin", role="admin")
        qtbot.addWidget(w)
        w.tutup_tanpa_tanya = True
        d = AuditLogDialog(w.db, path, w.pengguna, w)
        qtbot.addWidget(d)
        ket = _tampil(d, _K_KETERANGAN)
        impor = [(t, tip) for a, t, tip in ket if a == "IMPOR"]
        gagal = [t for a, t, _tip in ket if a == "MASUK_GAGAL"]
        masuk = [t for a, t, _tip in ket if a == "MASUK"]
        cadangan = next(t for a, t, _tip in ket if a == "CADANGAN")
        akun = next(t for a, t, _tip in _tampil(d, _K_NILAI_BARU) if a == "AKUN_DIBUAT")
        if kode == "id":
            assert all(t.startswith("Impor selesai (tata letak 2023): ") for t, _ in impor)
            assert sorted(gagal) == sorted([
                "jendela masuk; nama tidak dikenal, mirip akun 'Ani' (4 karakter)",
                "buka kunci layar", "konsol: export; nama tidak dikenal (tidak mirip nama "
                "akun mana pun)", "jendela masuk; akun nonaktif"])
            assert "ganti kata sandi" in masuk
            assert cadangan == f"dibuat pengguna: {tmp_path / 'salinan.db'}"
            assert akun == "peran verifikator, wilayah 6172"
        else:
            assert len(impor) == 2
            for teks, tip in impor:  # written by the 0005 code, before this change
                assert teks.startswith("Import done (layout 2023): ")
                assert " Files: " in teks and "Impor selesai" not in teks and "Berkas:" not in teks
                assert tip.endswith("\n\n" + next(t for t in tersimpan.values()
                                                   if t and t.startswith(tip.split("\n\n")[1])))
            assert "Import done (layout 2023): 25 families, 96 members. Families new 25, " \
                   "changed 0, no longer in the files 0; members new 96" in impor[-1][0]
            assert sorted(gagal) == sorted([
                "sign-in window; unknown name, close to account 'Ani' (4 characters)",
                "unlocking the screen", "console: export; unknown name (like no account name)",
                "sign-in window; account disabled"])
            assert "change of password" in masuk
            assert cadangan == f"made by a user: {tmp_path / 'salinan.db'}"
            assert akun == "role verifier, regions 6172"
            d.resize(1366, 420)
            for k in range(1, _K_KETERANGAN):
                d.tabel.setColumnHidden(k, k not in (1, 3))
            d.tabel.setColumnWidth(_K_KETERANGAN, 1000)
            SHOTS.mkdir(exist_ok=True)
            d.grab().save(str(SHOTS / "audit_keterangan_masuk_en.png"))
        d.close()
        w.close()
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        sesudah = dict(db.execute("SELECT id, keterangan FROM audit_log"))
    assert {k: v for k, v in sesudah.items() if k in tersimpan} == tersimpan
