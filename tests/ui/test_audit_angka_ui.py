"""Counts in the audit window's notes are written as the window's language writes numbers:
"100.000 keluarga" in Indonesian, "100,000 families" in English (they showed as stored,
"100000"). Years, layouts, file names, hashes and IDs stay as stored, the stored rows are
unchanged (the audit chain hashes them) and the tooltip and the export hold the stored text."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kalbar_desktop.domain import keterangan_jejak as kj
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog

_K_AKSI, _K_KETERANGAN = 4, 12

RINGKASAN = (
    "Impor selesai (tata letak 2023): 100000 keluarga, 412345 anggota. Keluarga baru 99000, "
    "berubah 1000, tidak ada lagi di berkas 0; anggota baru 5328, berubah 12, tidak ada lagi "
    "7. Temuan kualitas data di seluruh basis data: 1140. 2600 desa/kelurahan hanya dikenal "
    "dari kodenya (berkas tidak memuat nama wilayah): impor referensi wilayah (menu Data > "
    "Impor referensi wilayah, atau perintah import-wilayah) agar namanya tampil. Berkas: "
    "P3KE_2023_Kepala_Keluarga_6172000000001.xlsx (sha256 19b296ee7523)")
"""An import's note as the importer writes it (written here in full: the 120-family demo has
no count of four digits)."""


def _tulis(db_path) -> dict[int, str]:
    with sdb.terbuka(db_path) as db:
        with db.atomic():
            audit.tulis(db, [
                audit.Catatan("IMPOR", "penguji", keterangan=RINGKASAN),
                audit.Catatan("EKSPOR_NAMA", "rina", keterangan=json.dumps(
                    {"berkas": "prov_2024.xlsx", "wilayah": "semua", "baris":
                     {"Rekap": 28, "Data Keluarga": 100000}, "keluarga": 12500})),
                audit.Catatan("IMPOR_WILAYAH", "admin",
                              keterangan=kj.wilayah("wilayah_61_all.csv", 2334))])
        assert audit.periksa_rantai(db) == []
        return dict(db.execute("SELECT id, keterangan FROM audit_log"))


def test_jumlah_di_jejak_audit_menurut_bahasa(qtbot, db_path, pasang, folder_qm):
    tersimpan = _tulis(db_path)
    harapan = {
        "id": {"IMPOR": ("Impor selesai (tata letak 2023): 100.000 keluarga, 412.345 anggota. "
                         "Keluarga baru 99.000, berubah 1.000, tidak ada lagi di berkas 0; "
                         "anggota baru 5.328, berubah 12, tidak ada lagi 7. Temuan kualitas "
                         "data di seluruh basis data: 1.140. 2.600 desa/kelurahan"),
               "EKSPOR_NAMA": "Berkas: prov_2024.xlsx; Wilayah: semua; Baris: Rekap 28, "
                              "Data Keluarga 100.000; Keluarga: 12.500",
               "IMPOR_WILAYAH": "wilayah_61_all.csv: 2.334 wilayah"},
        "en": {"IMPOR": ("Import done (layout 2023): 100,000 families, 412,345 members. "
                         "Families new 99,000, changed 1,000, no longer in the files 0; "
                         "members new 5,328, changed 12, no longer there 7. Data quality "
                         "findings in the whole database: 1,140. 2,600 villages"),
               "EKSPOR_NAMA": "File: prov_2024.xlsx; Region: all; Rows: Rekap 28, "
                              "Data Keluarga 100,000; Families: 12,500",
               "IMPOR_WILAYAH": "wilayah_61_all.csv: 2,334 regions"}}
    for kode in ("id", "en"):
        pasang(kode, folder_qm)
        w = create_main_window(db_path, user="admin", role="admin")
        qtbot.addWidget(w)
        w.tutup_tanpa_tanya = True
        d = AuditLogDialog(w.db, db_path, Pengguna("admin", Peran.ADMIN), w)
        qtbot.addWidget(d)
        m = d.model
        tampil = {m.baris[r][_K_AKSI]: (m.index(r, _K_KETERANGAN).data(),
                                         m.index(r, _K_KETERANGAN).data(
                                             Qt.ItemDataRole.ToolTipRole))
                  for r in range(m.rowCount())}
        for aksi, awal in harapan[kode].items():
            teks, tip = tampil[aksi]
            assert teks.startswith(awal), (kode, aksi, teks)
            assert tip.endswith("\n\n" + next(t for t in tersimpan.values()
                                              if t and tip.endswith(t)))
        # the file name with its ID and the hash stay as stored
        assert tampil["IMPOR"][0].endswith(
            "P3KE_2023_Kepala_Keluarga_6172000000001.xlsx (sha256 19b296ee7523)")
        d.close()
        w.close()
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        assert dict(db.execute("SELECT id, keterangan FROM audit_log")) == tersimpan
        assert audit.periksa_rantai(db) == []
    # the notes read back are the stored text itself (what the console and the export show)
    assert kj.tampilan(RINGKASAN) == RINGKASAN
