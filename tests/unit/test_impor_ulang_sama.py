"""The merge's split upsert (rows whose indexed columns are unchanged get only their other
columns, in a second statement) ends with exactly the rows that one upsert of every column
gives: the same re-imports into two copies of a database, one merged each way."""

from __future__ import annotations

import shutil

import openpyxl

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import impor as simpan
from tests.conftest import cuplikan


def _ubah(berkas, tujuan, langkah: int):
    """Copies of the demo files with changes: indexed and unindexed columns of families and
    members, rows moved (row numbers), a family gone."""
    hasil = []
    for b in berkas:
        wb = openpyxl.load_workbook(b)
        ws = wb.worksheets[0]
        kepala = [str(c.value or "").strip() for c in ws[1]]
        kol = {h: i + 1 for i, h in enumerate(kepala)}
        n = ws.max_row
        for r in range(2, n + 1):
            if r % 7 == langkah and "Nama" in kol:
                ws.cell(r, kol["Nama"]).value = f"Nama Baru {r}"        # member name
            if r % 11 == langkah and "NIK" in kol:
                ws.cell(r, kol["NIK"]).value = f"61720101019{r:05d}"    # indexed
            if r % 5 == langkah and "Alamat" in kol:
                ws.cell(r, kol["Alamat"]).value = f"Jl. Pindah {r}"     # unindexed
            if r % 13 == langkah and "Desil Kesejahteraan" in kol:
                ws.cell(r, kol["Desil Kesejahteraan"]).value = "4"       # indexed
            if r % 17 == langkah and "Nama Kepala Keluarga" in kol:
                ws.cell(r, kol["Nama Kepala Keluarga"]).value = f"Kepala Baru {r}"
        ws.delete_rows(3 + langkah)  # every later row moves up one
        hasil.append(wb.save(tujuan / b.name) or tujuan / b.name)
    return hasil


def test_upsert_terpisah_sama_dengan_upsert_penuh(berkas_demo_2023, tmp_path, monkeypatch):
    monkeypatch.setattr(simpan, "sekarang", lambda: "2026-11-23T10:00:00+00:00")
    dasar = tmp_path / "dasar.db"
    with sdb.terbuka(dasar) as db:
        impor_p3ke.impor(db, berkas_demo_2023, sebelum_menulis=lambda _db: None)
    putaran = []
    for langkah in (1, 2):
        d = tmp_path / f"ubah{langkah}"
        d.mkdir()
        putaran.append(_ubah(berkas_demo_2023, d, langkah))
    putaran.append(putaran[1][1:])  # the individual file alone

    hasil = {}
    asli = simpan.Pementasan._kolom_terpantau
    for cara in ("terpisah", "penuh"):
        if cara == "penuh":  # every column watched: every stored row takes the one upsert
            monkeypatch.setattr(simpan.Pementasan, "_kolom_terpantau",
                                lambda self, tabel, kolom: list(kolom))
        else:
            monkeypatch.setattr(simpan.Pementasan, "_kolom_terpantau", asli)
        path = tmp_path / f"{cara}.db"
        shutil.copyfile(dasar, path)
        ringkasan = []
        with sdb.terbuka(path) as db:
            for berkas in putaran:
                h = impor_p3ke.impor(db, berkas, sebelum_menulis=lambda _db: None)
                ringkasan.append(h.ringkasan)
            hasil[cara] = (cuplikan(db), ringkasan)
    terpisah, penuh = hasil["terpisah"], hasil["penuh"]
    assert terpisah[1] == penuh[1]
    assert terpisah[1][0].keluarga_berubah > 0 and terpisah[1][0].anggota_berubah > 0
    for tabel in ("keluarga", "anggota", "verifikasi_keluarga", "verifikasi_anggota", "temuan",
                  "cari_nama_content", "cari_nomor_content", "wilayah", "impor"):
        assert terpisah[0][tabel] == penuh[0][tabel], tabel
    # the split path really ran: some rows kept their indexed columns
    with sdb.terbuka(tmp_path / "terpisah.db") as db:
        pantau = asli(simpan.Pementasan(db),
            "anggota", ["nama", "nik", "id_keluarga", "urutan", "baris_sumber"])
        assert set(pantau) == {"nik", "id_keluarga", "urutan"}
