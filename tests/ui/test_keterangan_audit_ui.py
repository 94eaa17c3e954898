"""The audit window's Details column in the English window: the notes the program writes in
its own words (an export's rows and file, the audit export's filter, the region reference's
file, a findings report) and the JSON notes of exports show in English, the stored Indonesian
text in the tooltip; free text and notes of other shapes show as stored. The stored rows and
the audit export are the same as from the Indonesian window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor, ekspor_audit, laporan_temuan, wilayah_csv
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog
from tests.conftest import WILAYAH_61

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
_K_AKSI, _K_KETERANGAN = 4, 12
ADMIN = Pengguna("admin", Peran.ADMIN)


def _catatan(db_path: Path, tmp_path: Path) -> None:
    """Audit rows written by the real writers."""
    with sdb.terbuka(db_path) as db:
        wilayah_csv.impor(db, WILAYAH_61, pengguna="admin")
        ekspor.ekspor(db, ekspor.OpsiEkspor(tmp_path / "prov.xlsx", dengan_nama=True,
                                            alasan="Permintaan provinsi"),
                      Pengguna("rina", Peran.VERIFIKATOR))
        laporan_temuan.tulis(db, tmp_path / "temuan.xlsx", pengguna="admin")
        ekspor_audit.ekspor(db, audit.SaringAudit(pengguna="penguji", aksi="IMPOR"),
                            tmp_path / "jejak-awal.xlsx", ADMIN)


def _jejak_diekspor(berkas: Path) -> dict[int, str | None]:
    """No -> Keterangan of an exported audit log."""
    wb = openpyxl.load_workbook(berkas, read_only=True)
    try:
        baris = list(wb["Jejak audit"].iter_rows(values_only=True))
    finally:
        wb.close()  # a read-only workbook holds its file open until closed
    judul = baris[0]
    return {int(r[judul.index("No")]): r[judul.index("Keterangan")] for r in baris[1:]}


def test_keterangan_dalam_bahasa_jendela(qtbot, qapp, db_isi, tmp_path, pasang, folder_qm):
    _catatan(db_isi, tmp_path)
    with sdb.terbuka(db_isi, baca_saja=True, migrasi=False) as db:
        tersimpan = dict(db.execute("SELECT id, keterangan FROM audit_log"))
    ekspor_id = {}
    for kode in ("id", "en"):
        pasang(kode, folder_qm)
        w = create_main_window(db_isi, user="admin", role="admin")
        qtbot.addWidget(w)
        w.tutup_tanpa_tanya = True
        d = AuditLogDialog(w.db, db_isi, w.pengguna, w)
        qtbot.addWidget(d)
        m = d.model
        tampil = {m.baris[r][_K_AKSI]: (m.index(r, _K_KETERANGAN).data(),
                                         m.index(r, _K_KETERANGAN).data(
                                             Qt.ItemDataRole.ToolTipRole))
                  for r in range(m.rowCount())}
        if kode == "id":
            assert tampil["IMPOR_WILAYAH"][0] == "wilayah_61_all.csv: 2.334 wilayah"
            assert tampil["EKSPOR_AUDIT"][0] == (
                "1 baris jejak audit (pengguna penguji, tindakan Impor) ke jejak-awal.xlsx")
            assert tampil["EKSPOR_NAMA"][0].startswith(
                "Berkas: prov.xlsx; Wilayah: semua; Hanya yang disetujui: tidak; NIK lengkap: "
                "tidak; Terenkripsi: tidak; Baris: Rekap ")
        else:
            assert tampil["IMPOR_WILAYAH"] == (
                "wilayah_61_all.csv: 2,334 regions",
                "wilayah_61_all.csv: 2,334 regions\n\nwilayah_61_all.csv: 2334 wilayah")
            assert tampil["EKSPOR_AUDIT"][0] == (
                "1 audit trail row (user penguji, action Import) to jejak-awal.xlsx")
            assert tampil["EKSPOR"][0].endswith(" rows to temuan.xlsx; findings report (names "
                                                "and NIKs)")
            assert tampil["EKSPOR_NAMA"][0].startswith(
                "File: prov.xlsx; Region: all; Approved only: no; Full NIK: no; Encrypted: "
                "no; Rows: Rekap ")
            assert tampil["EKSPOR_NAMA"][1].endswith("\n\n" + next(
                t for t in tersimpan.values() if t and t.startswith('{"berkas": "prov.xlsx"')))
            # the import's summary too (tests/ui/test_keterangan_masuk_impor_ui.py)
            assert tampil["IMPOR"][0].startswith("Import done (layout 2023)")
            d.resize(1300, 420)
            for k in range(1, _K_KETERANGAN):
                d.tabel.setColumnHidden(k, k not in (1, 3))
            d.tabel.setColumnWidth(_K_KETERANGAN, 780)
            SHOTS.mkdir(exist_ok=True)
            d.grab().save(str(SHOTS / "audit_keterangan_en.png"))
        ekspor_id[kode] = tmp_path / f"jejak-{kode}.xlsx"
        tugas = d.ekspor(ekspor_id[kode])
        qtbot.waitUntil(lambda t=tugas: not t.berjalan, timeout=30000)
        assert d.hasil_ekspor[0] == ekspor_id[kode]
        d.close()
        w.close()
    # the stored rows are unchanged, and both exports hold them as stored
    with sdb.terbuka(db_isi, baca_saja=True, migrasi=False) as db:
        sesudah = dict(db.execute("SELECT id, keterangan FROM audit_log"))
    assert {k: v for k, v in sesudah.items() if k in tersimpan} == tersimpan
    dari_id, dari_en = _jejak_diekspor(ekspor_id["id"]), _jejak_diekspor(ekspor_id["en"])
    for no, teks in tersimpan.items():
        assert dari_id[no] == dari_en[no] == teks
    # the second export names the first in its own note, in Indonesian
    assert sesudah[max(sesudah)] == (
        f"{len(dari_en)} baris jejak audit (semua baris) ke jejak-en.xlsx")
