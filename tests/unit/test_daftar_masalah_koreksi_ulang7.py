"""The re-import's problems list can be saved (closing note 24: it could be neither saved nor
printed, so the operator copied it by hand for whoever edited the workbook). A corrected
workbook written by hand with openpyxl (an ID typed over, a note with a masked NIK, an RT/RW
typed in an added column, a deleted row, a NIK typed in Kelayakan, a member's status not among
the choices), read against a real database file; the saved list read back with openpyxl:
cells, text types, masking; the console's ``reimport --masalah``, also for a refused workbook
and on a full disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah
from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.exchange.reader import sha256_berkas
from kalbar_desktop.storage import db as sdb
from tests.koreksi_tangan import (
    CATATAN_SAMAR,
    ID_SALAH,
    K1,
    K2,
    K3,
    K4,
    K6,
    NIK_DI_KELAYAKAN,
    STATUS_SALAH,
    workbook_koreksi,
)
from tests.lapangan import ANAK, VERIFIKATOR

AKAR = Path(__file__).resolve().parents[2]
JUDUL = ["No", "Lembar", "Baris", "Kolom", "ID Keluarga", "ID Individu", "Nilai di workbook",
         "Masalah (alasan, nilai yang diharapkan)", "Jenis masalah", "Nilai di basis data",
         "Dipakai"]


def _pratinjau(kantor: Path, buku: Path) -> impor_koreksi.Pratinjau:
    with sdb.terbuka(kantor) as db:
        return impor_koreksi.baca(db, buku, VERIFIKATOR)


def _baca_daftar(path: Path) -> tuple[dict[str, object], list[dict[str, openpyxl.cell.Cell]]]:
    """The title block (label -> value) and the rows (header -> cell) of a saved list."""
    wb = openpyxl.load_workbook(path)
    ws = wb[xmasalah.LEMBAR]
    kepala = {ws.cell(r, 1).value: ws.cell(r, 4).value for r in range(2, 7)}
    kepala["judul"] = ws.cell(1, 1).value
    judul = [c.value for c in ws[xmasalah.BARIS_JUDUL]]
    assert judul == JUDUL
    baris = [dict(zip(judul, r, strict=True))
             for r in ws.iter_rows(min_row=xmasalah.BARIS_JUDUL + 1)]
    return kepala, baris


def _cari(baris, **syarat) -> dict:
    [b] = [b for b in baris if all(b[k].value == v for k, v in syarat.items())]
    return b


def test_daftar_tersimpan_dibaca_kembali(tmp_path):
    kantor, buku = workbook_koreksi(tmp_path)
    p = _pratinjau(kantor, buku)
    tujuan = tmp_path / "kembali" / "masalah.xlsx"
    tujuan.parent.mkdir()
    daftar = xmasalah.dari_pratinjau(p, "Rina")
    xmasalah.tulis(daftar, tujuan)

    kepala, baris = _baca_daftar(tujuan)
    assert kepala["judul"] == "Daftar masalah impor ulang workbook hasil koreksi"
    assert kepala["Workbook"] == buku.name
    assert kepala["SHA-256 (awal)"] == sha256_berkas(buku)[:16]
    assert kepala["Oleh"] == "Rina" and kepala["Jumlah masalah"] == str(len(baris))
    # 6 problems of rows, the added column, the deleted row and the row whose ID was typed
    # over (each named since ulang8)
    assert len(baris) == 9
    assert [b["No"].value for b in baris] == list(range(1, 10))

    # the ID typed over: its value, as text
    salah = _cari(baris, **{"ID Keluarga": ID_SALAH})
    assert salah["Lembar"].value == "Data Keluarga" and salah["Baris"].value == 3
    assert salah["Nilai di workbook"].value == ID_SALAH
    assert salah["Jenis masalah"].value == "ID tidak ada di basis data"
    # the note with a masked NIK: the note as found, the reason
    samar = _cari(baris, **{"ID Keluarga": K1, "Kolom": "F (Catatan)"})
    assert samar["Nilai di workbook"].value == CATATAN_SAMAR
    assert samar["Masalah (alasan, nilai yang diharapkan)"].value.startswith(
        "catatan ini berisi nomor tersamar 617201******9999")
    # the NIK typed in Kelayakan is masked in the value and in the reason; the choices stay
    nik = _cari(baris, **{"ID Keluarga": K3})
    assert nik["Nilai di workbook"].value == "617201******0003"
    alasan = nik["Masalah (alasan, nilai yang diharapkan)"].value
    assert NIK_DI_KELAYAKAN not in alasan and "617201******0003" in alasan
    assert "pilihan: Layak, Layak dengan intervensi, Tidak layak" in alasan
    # the typed RT/RW: as typed, and the address in force
    rt = _cari(baris, **{"ID Keluarga": K4})
    assert rt["Kolom"].value == "C (RT/RW)" and rt["Nilai di workbook"].value == "007/003"
    assert "alamat di basis data 'Jl. Merdeka'" in rt["Masalah (alasan, nilai yang diharapkan)"
                                                       ].value
    # the member: sheet, row as the window names it, its ID Individu
    anak = _cari(baris, **{"ID Individu": ANAK})
    assert (anak["Lembar"].value, anak["Baris"].value, anak["ID Keluarga"].value) == \
        ("Data Anggota", 2, K1)
    assert anak["Nilai di workbook"].value == STATUS_SALAH
    # the deleted row and the added column: problems of the whole sheet
    hapus = [b for b in baris if b["Jenis masalah"].value == "Baris dihapus dari workbook"]
    assert [(b["ID Keluarga"].value, b["Baris"].value) for b in hapus] == [(K2, None),
                                                                           (K6, None)]
    kolom = _cari(baris, **{"Jenis masalah": "Kolom tambahan tidak dibaca"})
    assert (kolom["Kolom"].value, kolom["Nilai di workbook"].value) == ("C", "RT/RW")

    # identifiers are text cells, with the text format; no NIK anywhere in full
    for b in baris:
        for h in ("ID Keluarga", "ID Individu", "Nilai di workbook"):
            if b[h].value is not None:
                assert b[h].data_type == "s" and b[h].number_format == "@", (h, b[h].value)
    wb = openpyxl.load_workbook(tujuan)
    semua = " ".join(str(c.value) for r in wb.active.iter_rows() for c in r if c.value)
    assert NIK_DI_KELAYAKAN not in semua
    assert [f.name for f in tujuan.parent.iterdir()] == ["masalah.xlsx"]  # no temporary left


def test_nilai_seperti_rumus_tetap_teks(tmp_path):
    """A value found that starts with '=' is written as text, not as a formula Excel would
    run."""
    daftar = xmasalah.DaftarMasalah("a.xlsx", "ab" * 32, "Ani", [xmasalah.Butir(
        "Data Keluarga", 5, "F (Catatan)", "0061729001", None, '=HYPERLINK("x")', "rumus",
        "RUMUS_TANPA_NILAI")])
    tujuan = xmasalah.tulis(daftar, tmp_path / "m")
    assert tujuan.name == "m.xlsx"
    _kepala, [b] = _baca_daftar(tujuan)
    assert b["Nilai di workbook"].value == '=HYPERLINK("x")' and b["Nilai di workbook"
                                                                  ].data_type == "s"


def test_folder_tujuan_hilang_tidak_meninggalkan_apa_pun(tmp_path):
    daftar = xmasalah.ditolak("a.xlsx", "Bukan workbook provinsi", "Ani")
    dilepas = tmp_path / "flashdisk"
    with pytest.raises(xtujuan.TujuanTidakBisaDitulis) as e:
        xmasalah.tulis(daftar, dilepas / "masalah.xlsx")
    assert "flashdisk" in str(e.value)
    lama = tmp_path / "masalah.xlsx"
    lama.write_bytes(b"berkas lama")
    os.chmod(lama, 0o444)  # read-only: refused, left as it was
    with pytest.raises(xtujuan.TujuanTidakBisaDitulis):
        xmasalah.tulis(daftar, lama)
    assert lama.read_bytes() == b"berkas lama"
    assert sorted(f.name for f in tmp_path.iterdir()) == ["masalah.xlsx"]


def _konsol(*args: str, env: dict | None = None, disk_penuh: bool = False
            ) -> subprocess.CompletedProcess:
    program = [str(AKAR / "tests" / "disk_penuh.py")] if disk_penuh else ["-m",
                                                                          "kalbar_desktop"]
    return subprocess.run([sys.executable, *program, *args], capture_output=True, text=True,
                          timeout=180, cwd=AKAR, env={**os.environ, **(env or {})})


def test_konsol_masalah_pratinjau_dan_terapkan(tmp_path):
    kantor, buku = workbook_koreksi(tmp_path)
    tujuan = tmp_path / "masalah.xlsx"
    hasil = _konsol("--db", str(kantor), "reimport", str(buku), "--user", "Rina",
                    "--masalah", str(tujuan))
    assert hasil.returncode == 0, hasil.stderr
    assert f"Daftar masalah (9 masalah) ditulis ke {tujuan}" in hasil.stderr
    kepala, baris = _baca_daftar(tujuan)
    assert kepala["Oleh"] == "Rina" and len(baris) == 9
    with sdb.terbuka(kantor) as db:
        [catat] = db.execute("SELECT pengguna, id_rekaman, alasan FROM audit_log "
                             "WHERE aksi = 'EKSPOR'").fetchall()
    assert tuple(catat) == ("Rina", "masalah.xlsx", xmasalah.ALASAN_AUDIT)

    # an existing list is not written over without --timpa
    lagi = _konsol("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--apply",
                   "--masalah", str(tujuan))
    assert lagi.returncode == 1 and "sudah ada" in lagi.stderr
    terap = _konsol("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--apply",
                    "--masalah", str(tujuan), "--timpa")
    assert terap.returncode == 0, terap.stderr
    _kepala, baris = _baca_daftar(tujuan)
    assert {b["ID Keluarga"].value for b in baris} >= {ID_SALAH, K1, K3, K4}


def test_konsol_workbook_ditolak_tetap_menulis_daftar(tmp_path):
    kantor, _buku = workbook_koreksi(tmp_path)
    bukan = tmp_path / "daftar hadir.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Tanda tangan"])
    wb.save(bukan)
    tujuan = tmp_path / "masalah"
    hasil = _konsol("--db", str(kantor), "reimport", str(bukan), "--user", "Rina",
                    "--masalah", str(tujuan))
    assert hasil.returncode == 1  # refused, as before
    kepala, [b] = _baca_daftar(tmp_path / "masalah.xlsx")
    assert kepala["Workbook"] == bukan.name
    assert kepala["SHA-256 (awal)"] == sha256_berkas(bukan)[:16]
    assert b["Jenis masalah"].value == "Workbook ditolak"
    assert b["Masalah (alasan, nilai yang diharapkan)"].value in hasil.stderr


def test_konsol_disk_penuh_tidak_meninggalkan_daftar_setengah(tmp_path):
    kantor, buku = workbook_koreksi(tmp_path)
    keluar = tmp_path / "keluar"
    keluar.mkdir()
    tujuan = keluar / "masalah.xlsx"
    hasil = _konsol("--db", str(kantor), "reimport", str(buku), "--user", "Rina",
                    "--masalah", str(tujuan), disk_penuh=True,
                    env={"BATAS": "3000", "BUKA_DULU": str(kantor)})
    assert hasil.returncode == 1, hasil.stderr
    assert "Daftar masalah tidak ditulis: masalah.xlsx tidak ditulis" in hasil.stderr
    assert list(keluar.iterdir()) == []
    with sdb.terbuka(kantor) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'EKSPOR'"
                          ).fetchone()[0] == 0
