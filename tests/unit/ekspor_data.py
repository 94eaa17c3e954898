"""Verification states for the export, re-import and document tests, made through the real
storage API (so permissions, required fields and audit apply as in use)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.exchange import wilayah_csv
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import WILAYAH_61

OPERATOR = Pengguna("Ani", Peran.OPERATOR)
VERIFIKATOR = Pengguna("Budi", Peran.VERIFIKATOR)
NAMA_RUMUS = '=HYPERLINK("http://contoh.invalid","klik")'
CATATAN_ANEH = "@SUM(1+1)\nbaris dua\x01\x07 akhir"


def _ditemukan(**kw) -> Verifikasi:
    data = {"status_verifikasi": "DITEMUKAN", "kelayakan": "LAYAK",
            "tanggal_kunjungan": "2026-11-20", "nama_verifikator": "Ani"}
    data.update(kw)
    return Verifikasi(**data)


def isi_verifikasi(db) -> dict[str, str]:
    """Give the demo families a spread of verification results; returns role -> ID Keluarga."""
    wilayah_csv.impor(db, WILAYAH_61)
    ids = [r[0] for r in db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga")]
    peran: dict[str, str] = {}
    # 0-11: found, all three eligibility results
    for i, idk in enumerate(ids[:12]):
        kel = ("LAYAK", "LAYAK_INTERVENSI", "TIDAK_LAYAK")[i % 3]
        sv.simpan(db, idk, OPERATOR, _ditemukan(
            kelayakan=kel, alasan="MAMPU" if kel == "TIDAK_LAYAK" else None), 0)
    # 12-15 submitted, 16-19 approved, 20-21 sent back
    for idk in ids[12:22]:
        v = sv.simpan(db, idk, OPERATOR, _ditemukan(), 0)
        v = sv.ubah_persetujuan(db, idk, OPERATOR, AksiPersetujuan.AJUKAN, v)
        if idk in ids[16:20]:
            sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI, v)
        elif idk in ids[20:22]:
            sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, v,
                                "Tanggal kunjungan salah")
    peran["diajukan"], peran["disetujui"], peran["dikembalikan"] = ids[12], ids[16], ids[20]
    # moved away, not found
    sv.simpan(db, ids[22], OPERATOR, Verifikasi(
        status_verifikasi="PINDAH", pindah_ke="6172021001", tanggal_kunjungan="2026-11-19",
        nama_verifikator="Ani"), 0)
    sv.simpan(db, ids[23], OPERATOR, Verifikasi(
        status_verifikasi="TIDAK_DITEMUKAN", tanggal_kunjungan="2026-11-19",
        nama_verifikator="Ani"), 0)
    # a head's name that looks like a formula, a note with control characters, a dead member
    # with a corrected NIK
    idk = ids[24]
    data = sv.muat(db, idk)
    a = data.anggota[0]
    nik_baru = a["nik"][:-4] + ("0009" if a["nik"][-4:] != "0009" else "0008")
    sv.simpan(db, idk, OPERATOR, _ditemukan(catatan=CATATAN_ANEH, nama_verifikator="+62 811"),
              0, koreksi={"nama_kepala": NAMA_RUMUS},
              anggota=[sv.PerubahanAnggota(a["id_individu"], status_anggota="MENINGGAL",
                                           nik_perbaikan=nik_baru)])
    peran["aneh"] = idk
    peran["anggota_meninggal"] = a["id_individu"]
    peran["nik_perbaikan"] = nik_baru
    kode = db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                      [ids[0]]).fetchone()[0]
    peran["usulan"] = sv.tambah_usulan_baru(
        db, OPERATOR, {"kode_kemdagri": kode, "nama_kepala": "-Usman", "alamat": "Gg. Baru 1",
                       "desil": "1"},
        [{"nama": "-Usman", "hubungan": "Kepala Keluarga", "jenis_kelamin": "Laki-laki",
          "nik": "6172010101800001"}], _ditemukan())
    peran["pertama"] = ids[0]
    peran["belum"] = ids[30]
    return peran


def buat_templat(folder: Path, berkas_demo: list[Path]) -> tuple[Path, dict[str, str]]:
    """A database file with the demo families and :func:`isi_verifikasi` applied (built once
    per test session; tests work on copies made by :func:`salin`)."""
    from kalbar_desktop.exchange import impor_p3ke
    from kalbar_desktop.storage import db as sdb

    path = folder / "templat.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, berkas_demo, pengguna="penguji")
        peran = isi_verifikasi(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, peran


def salin(templat: Path, tujuan: Path) -> Path:
    """Copy a database file made by :func:`buat_templat`."""
    shutil.copyfile(templat, tujuan)
    return tujuan


def workbook_koreksi(db_path: Path, idk: dict[str, str], path: Path) -> Path:
    """The provincial workbook with names exported from ``db_path`` and corrected in openpyxl
    as a province would: family ``idk["belum"]`` not found (verifier Siti, 20/11/2026), family
    ``idk["pertama"]`` not eligible without a reason (a problem the preview lists)."""
    import openpyxl

    from kalbar_desktop.exchange import ekspor
    from kalbar_desktop.storage import db as sdb

    with sdb.terbuka(db_path) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="Koreksi provinsi"),
                      VERIFIKATOR)
    wb = openpyxl.load_workbook(path)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == idk["belum"]:
            ws.cell(r, kolom["Status verifikasi"]).value = "Tidak ditemukan"
            ws.cell(r, kolom["Nama verifikator"]).value = "Siti"
            ws.cell(r, kolom["Tanggal kunjungan"]).value = "20/11/2026"
        elif ws.cell(r, 1).value == idk["pertama"]:
            ws.cell(r, kolom["Kelayakan"]).value = "Tidak layak"
    wb.save(path)
    return path
