"""Every sentence of an import's summary in the window's language: the import dialog's result
and the import's audit note (read back from the stored text, also a row an older version
wrote), while the console and the stored note keep the Indonesian text. Before, the sentences
after the first ones (regions left out, hidden sheets, codes, dates read two ways, rows left
aside) stayed Indonesian in the English audit window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from kalbar_desktop.domain import keterangan_jejak as kj
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import impor as simpan
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
_K_KODE, _K_KETERANGAN = 4, 12
_KATA_INDONESIA = (" tidak ", " dan ", "berkas", "lembar", "dulu", "dibaca", "Maret", "lainnya",
                   "keluarga", "kecamatan lain", "desa lain", "dilewati", "sel ", "baris ",
                   "Perbaiki", "Bila ", "tersembunyi", "anggotanya", "Impor ")
"""Indonesian words none of the English sentences holds (IDs and official terms aside)."""


def _hasil_lengkap() -> impor_p3ke.HasilImpor:
    """An import's result with every sentence its summary can have."""
    desa = [simpan.DesaTidakAda(f"61720{i:05d}", f"Sungai Ambawang {i}", "Kubu", 3 + i,
                                i < 12) for i in range(14)]
    r = simpan.Ringkasan(
        jumlah_keluarga=15000, jumlah_anggota=61234, keluarga_baru=12, keluarga_berubah=3,
        keluarga_hilang=1, anggota_baru=40, anggota_berubah=5, anggota_hilang=2,
        id_individu_dicocokkan=[("K1", "A1", "B1")] * 3, desa_tidak_ada=desa,
        id_keluarga_tetap=[f"61720000000{i:02d}" for i in range(8)], anggota_keluarga_tetap=4,
        kepala_baru=[("6172000000001", "Budi Santoso", "Siti Aminah")] * 2)
    return impor_p3ke.HasilImpor(
        tata_letak="2023", ringkasan=r, jumlah_temuan=77, desa_tanpa_nama=2,
        lembar_tersembunyi=["a.xlsx 'Data'", "b.xlsx 'X'"],
        lembar_templat=[("a.xlsx", "Sheet1", "'Data'")],
        lembar_kosong=[("a.xlsx", "Contoh", "'Data'")],
        kode_bukan_desa=(3, ("617201", "a.xlsx", "Data", 14)),
        kode_anggota_beda=(2, ("I1", "6172011001", "K1", "6172011002", "b.xlsx", "Individu", 9)),
        keluarga_tanpa_anggota=(1, ("K9", "a.xlsx", "Data", 20)),
        rilis_lebih_baru=(5, "2023", "2024"),
        urutan_tanggal=[impor_p3ke.UrutanTanggal(
            "b.xlsx", "Individu", "K (Tanggal Lahir)", a == "tanggal", 12, "3/10/1985",
            dt.date(1985, 3, 10), bukti_bulan="08/15/1980", bukti_hari="25/12/1980", alasan=a,
            nik_bulan=5, nik_hari=1) for a in ("tanggal", "campur", "nik", "belum_pasti")]
        + [impor_p3ke.UrutanTanggal("b.xlsx", "Individu", "K (Tanggal Lahir)", False, 4,
                                    "3/10/1985",
                                    dt.date(1985, 10, 3), alasan="belum_pasti")],
        dilewati=[impor_p3ke.Dilewati(j, "a.xlsx", "Data", ("12", "13"), 9)
                  for j in ("rumus", "galat", "header", "jumlah", "catatan")]
        + [impor_p3ke.Dilewati("jumlah", "a.xlsx", "Data", ("30",), 1)])


def test_setiap_kalimat_ringkasan_dibaca_kembali_dalam_bahasa_inggris(pasang, folder_qm):
    hasil = _hasil_lengkap()
    konsol = str(hasil.pesan())
    # the console and the stored note: Indonesian, as the f-strings wrote it before
    assert konsol.startswith("Impor selesai (tata letak 2023): 15000 keluarga, 61234 anggota.")
    assert ("12 desa tidak ada sama sekali di berkas ini, padahal desa lain di kecamatannya ada: "
            "Sungai Ambawang 0 (Kec. Kubu, 3 keluarga); ") in konsol
    assert "; dan 2 desa lain." in konsol
    assert ("10 tanggal" not in konsol and "(mis. 3/10/1985 dibaca 10 Maret 1985)" in konsol)
    assert konsol.endswith(" Baris jumlah/total dilewati (berkas a.xlsx, lembar 'Data', baris "
                           "30).")
    catatan = str(kj.impor(konsol, [("a.xlsx", "0" * 64)]))
    assert catatan == konsol + " Berkas: a.xlsx (sha256 000000000000)"

    dibaca = kj.urai(catatan)
    assert dibaca == catatan and isinstance(dibaca, Pesan)
    kalimat = dibaca.argumen["ringkasan"].bagian
    assert [k for k in kalimat if type(k) is str and k != " "] == []  # every sentence known
    assert len([k for k in kalimat if isinstance(k, Pesan)]) == 30

    pasang("en", folder_qm)
    inggris = bahasa.teks(dibaca)
    assert inggris == bahasa.teks(hasil.pesan()) + " Files: a.xlsx (sha256 000000000000)"
    assert [k for k in _KATA_INDONESIA if k in inggris] == []
    for harapan in (
            "12 villages are missing from these files altogether although other villages of "
            "their kecamatan are in them: Sungai Ambawang 0 (Kec. Kubu, 3 families); ",
            "; and 2 more villages. 1 other kecamatan of this district (31 families) is not in "
            "these files.",
            "Hidden sheets with P3KE data were not imported: a.xlsx 'Data', b.xlsx 'X'",
            "Sheet 'Contoh' in file a.xlsx holds only a header without data rows and was not "
            "imported; sheet 'Data' was imported.",
            "3 families have a Kode Kemdagri that is no 10-digit village code (e.g. 617201, "
            "file a.xlsx, sheet 'Data', row 14). If Excel shows it with leading zeros "
            "(0000617201)",
            "(e.g. 3/10/1985 read as 10 March 1985)",
            "9 cells with formulas never calculated outside the P3KE data (file a.xlsx, sheet "
            "'Data', cells 12, 13 and 7 more) were not read.",
            "Totals rows were skipped (file a.xlsx, sheet 'Data', rows 30).",
            "2 families have a new head of family according to this file (e.g. ID Keluarga "
            "6172000000001: Budi Santoso became Siti Aminah)",
            "(e.g. 3/10/1985 read as 3 October 1985) without evidence"):
        assert harapan in inggris, harapan


def _impor_lewat_dialog(qtbot, w, berkas: list[Path]) -> DialogImpor:
    w.findChild(QAction, "aksiImporP3KE").trigger()
    dialog = w.findChild(DialogImpor, "importDialog")
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    return dialog


def test_impor_di_jendela_inggris_dan_jejak_audit(qtbot, db_path, tmp_path, pasang, folder_qm):
    SHOTS.mkdir(exist_ok=True)
    pasang("en", folder_qm)
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.show()
    berkas = ml.xlsx_dengan_baris_dilewati(tmp_path / "individu.xlsx")
    dialog = _impor_lewat_dialog(qtbot, w, [berkas])
    ringkasan = dialog.findChild(QLabel, "importSummary").text()
    for harapan in ("5 cells with formulas never calculated outside the P3KE data (file "
                    "individu.xlsx, sheet 'Individu', cells AB2, AB3, AB4, AB6, AB7) were not "
                    "read.",
                    "The header row repeated within the data was skipped (file individu.xlsx, "
                    "sheet 'Individu', rows 5).",
                    "Totals rows were skipped (file individu.xlsx, sheet 'Individu', rows 8)."):
        assert harapan in ringkasan, ringkasan
    assert [k for k in _KATA_INDONESIA if k in ringkasan] == []
    dialog.grab().save(str(SHOTS / "impor_ringkasan_en.png"))
    dialog.close()

    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        [tersimpan] = [r[0] for r in db.execute(
            "SELECT keterangan FROM audit_log WHERE aksi = 'IMPOR' AND tabel = 'impor'")]
    # stored in Indonesian, as the console says it
    assert "Baris jumlah/total dilewati (berkas individu.xlsx, lembar 'Individu', baris 8)." \
        in tersimpan
    d = AuditLogDialog(w.db, db_path, w.pengguna, w)
    qtbot.addWidget(d)
    m = d.model
    [baris] = [r for r in range(m.rowCount()) if m.baris[r][_K_KODE] == "IMPOR"
               and m.baris[r][_K_KETERANGAN] == tersimpan]
    tampil = m.index(baris, _K_KETERANGAN).data()
    assert tampil.startswith(ringkasan.split(" Totals rows")[0][:60])
    assert "Totals rows were skipped (file individu.xlsx, sheet 'Individu', rows 8). Files: " \
        "individu.xlsx (sha256 " in tampil
    assert [k for k in _KATA_INDONESIA if k in tampil] == []
    assert m.index(baris, _K_KETERANGAN).data(Qt.ItemDataRole.ToolTipRole).endswith(tersimpan)
