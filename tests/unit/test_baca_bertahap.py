"""Large xlsx sheets read in pieces (exchange/xlsx_potong.py): every row and cell exactly as the
whole-sheet reader gives them, for files written by openpyxl (shared strings), by the demo
generator (inline strings), with a title block, merged cells and rows without addresses.
The size thresholds are lowered so that small files are cut into many pieces."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from kalbar_desktop.exchange import demo, impor_p3ke, reader, xlsx_potong
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as luar


@pytest.fixture
def potong_kecil(monkeypatch):
    """Every xlsx sheet is read in pieces of about 3 KB of XML."""
    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1)
    monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 3000)
    monkeypatch.setattr(xlsx_potong, "_BLOK", 700)


def _individu_besar(path: Path, n_keluarga: int = 60, judul: int = 0,
                    gabung_id: bool = False) -> Path:
    """An Individu sheet written with openpyxl (shared strings), dates as date cells, numbers as
    number cells, identifiers as text; ``gabung_id`` merges each family's ID Keluarga cell down
    over its members' rows, as some offices do."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    for i in range(judul):
        ws.append([f"DATA P3KE KABUPATEN SAMBAS - baris judul {i + 1}"])
    ws.append(luar.INDIVIDU_2023)
    for k in range(n_keluarga):
        idk = f"00617200{k:04d}"
        mulai = ws.max_row + 1
        for a in range(3):
            lahir = dt.date(1960 + a * 15, 1 + k % 12, 1 + k % 28)
            jk = "Laki-laki" if a != 1 else "Perempuan"
            hari = lahir.day + (40 if jk == "Perempuan" else 0)
            nik = f"617201{hari:02d}{lahir.month:02d}{lahir.year % 100:02d}{k % 9000 + 1:04d}"
            ws.append([idk if (a == 0 or not gabung_id) else None, 2023, "6172011001", 1 + k % 4,
                       12, f"Jl. Merdeka No. {k}", f"{idk}{a + 1:02d}", "NORMAL",
                       f"Warga {k} Anggota {a}", nik, lahir, "PADAN", jk,
                       "Kepala Keluarga" if a == 0 else ("Istri/Suami" if a == 1 else "Anak"),
                       "Kawin", "Petani", "Berusaha Sendiri", "Tamat SD/Sederajat",
                       63 - a * 15, "USIA 19 - 59 TAHUN", "Ya", "Tidak", "Tidak", "Ya", "Ya",
                       "Tidak", "Tidak"])
        if gabung_id:
            ws.merge_cells(start_row=mulai, end_row=mulai + 2, start_column=1, end_column=1)
    wb.save(path)
    return path


def _ubah_lembar(asal: Path, path: Path, ubah: Callable[[bytes], bytes]) -> Path:
    """A copy of the workbook ``asal`` whose sheet XML went through ``ubah``."""
    with zipfile.ZipFile(asal) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            isi = zin.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                isi = ubah(isi)
            zout.writestr(info, isi)
    return path


def _baris(path: Path, potong: bool) -> list[tuple[int, list]]:
    lembar = reader.buka_lembar(path, potong=potong)
    hasil = []
    for lb in lembar:
        try:
            hasil.extend((n, list(sel)) for n, sel in lb.baris()
                         if any(v not in ("", None) for v in sel))
        finally:
            lb.lepaskan()
    return hasil


def _jumlah_potongan(path: Path) -> int:
    lb = reader.buka_lembar(path)[0]
    assert lb.bertahap() > 0
    pembaca = lb._pembaca or lb._mulai()
    n = pembaca.tunggu_potong().jumlah
    lb.lepaskan()
    return n


def test_potongan_sama_dengan_lembar_utuh_openpyxl(tmp_path, potong_kecil):
    path = _individu_besar(tmp_path / "individu.xlsx", judul=3)
    assert _jumlah_potongan(path) > 5
    utuh, bertahap = _baris(path, potong=False), _baris(path, potong=True)
    assert len(utuh) == 1 + 3 + 60 * 3
    assert bertahap == utuh
    # identifiers stay text, dates stay dates, row numbers are the sheet's
    nomor, sel = bertahap[-1]
    assert nomor == 3 + 1 + 180
    assert sel[0] == "006172000059" and isinstance(sel[10], dt.date)


def test_potongan_sama_dengan_lembar_utuh_demo(tmp_path, potong_kecil):
    berkas = demo.tulis(tmp_path, demo.OpsiDemo(keluarga=40, tata_letak="2023", seed=5,
                                                cacat=0.1))
    for path in berkas:
        assert _jumlah_potongan(path) > 3
        assert _baris(path, potong=True) == _baris(path, potong=False)


def _isi(db) -> dict[str, list]:
    return {
        "anggota": db.execute(
            "SELECT id_individu, id_keluarga, urutan, nama, nik, nik_bentuk, tanggal_lahir, "
            "hubungan, baris_sumber FROM anggota ORDER BY id_individu").fetchall(),
        "keluarga": db.execute(
            "SELECT id_keluarga, nama_kepala, nik_kepala, desil, kode_kemdagri, jenis_atap "
            "FROM keluarga ORDER BY id_keluarga").fetchall(),
        "temuan": db.execute(
            "SELECT aturan, id_keluarga, id_individu, pesan FROM temuan "
            "ORDER BY aturan, id_keluarga, id_individu, pesan").fetchall(),
    }


def test_impor_bertahap_sama_dengan_impor_utuh(tmp_path, monkeypatch):
    berkas = demo.tulis(tmp_path, demo.OpsiDemo(keluarga=60, tata_letak="2023", seed=9,
                                                cacat=0.1))
    hasil = {}
    for cara in ("utuh", "bertahap"):
        if cara == "bertahap":
            monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1)
            monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 4000)
            monkeypatch.setattr(xlsx_potong, "_BLOK", 900)
        db = sdb.buka(tmp_path / f"{cara}.db")
        impor_p3ke.impor(db, berkas, pengguna="uji", sebelum_menulis=lambda _db: None)
        hasil[cara] = _isi(db)
        db.close()
    assert len(hasil["utuh"]["anggota"]) > 150
    assert hasil["bertahap"] == hasil["utuh"]


def test_sel_gabungan_membuat_lembar_dibaca_ulang_utuh(tmp_path, monkeypatch, potong_kecil):
    """ID Keluarga merged down over the members: read in pieces the members would have no ID
    Keluarga; the merged cells are seen at the sheet's end and the import reads it again whole,
    so the result is the same as reading it whole from the start."""
    path = _individu_besar(tmp_path / "gabung.xlsx", n_keluarga=30, judul=2, gabung_id=True)
    assert _jumlah_potongan(path) > 3
    lb = reader.buka_lembar(path)[0]
    with pytest.raises(reader.PerluDibacaUtuh):
        for _ in lb.baris(dari=3):
            pass
    lb.lepaskan()
    db = sdb.buka(tmp_path / "gabung.db")
    hasil = impor_p3ke.impor(db, [path], pengguna="uji", sebelum_menulis=lambda _db: None)
    assert hasil.ringkasan.jumlah_anggota == 90
    assert hasil.ringkasan.jumlah_keluarga == 30
    assert db.execute("SELECT count(*) FROM anggota WHERE id_keluarga = '006172000007'"
                      ).fetchone()[0] == 3
    db.close()


def test_gabungan_hanya_di_judul_tidak_membaca_ulang(tmp_path, potong_kecil):
    """A title merged across columns above the header does not touch the rows used."""
    wb = Workbook()
    ws = wb.active
    ws.append(["DATA P3KE"])
    ws.merge_cells("A1:F1")
    ws.append(luar.INDIVIDU_2023)
    for r in luar.baris_individu() * 40:
        ws.append(r)
    path = tmp_path / "judul.xlsx"
    wb.save(path)
    lb = reader.buka_lembar(path)[0]
    assert lb.bertahap() > 0
    n = sum(1 for _ in lb.baris(dari=2))
    lb.lepaskan()
    assert n == 2 + 5 * 40


def test_baris_tanpa_alamat_dibaca_utuh(tmp_path, potong_kecil):
    """Rows and cells without ``r`` addresses (allowed by the format) cannot be cut safely: the
    sheet is read whole, with the same rows."""
    asal = _individu_besar(tmp_path / "asal.xlsx", n_keluarga=20)
    path = _ubah_lembar(asal, tmp_path / "tanpa_r.xlsx",
                        lambda isi: re.sub(rb'(<(?:row|c)) r="[A-Z]*\d+"', rb"\1", isi))
    lb = reader.buka_lembar(path)[0]
    assert lb.jumlah_baris() == 61
    assert lb.bertahap() == 0  # fell back to the whole sheet
    lb.lepaskan()
    assert _baris(path, potong=True) == _baris(asal, potong=False)


def test_berhenti_di_tengah_menghapus_berkas_sementara(tmp_path, potong_kecil):
    path = _individu_besar(tmp_path / "individu.xlsx", n_keluarga=80)
    lb = reader.buka_lembar(path)[0]
    baris = lb.baris()
    for _ in range(5):
        next(baris)
    pembaca = lb._pembaca
    sementara = pembaca.tunggu_potong().berkas
    lb.lepaskan()
    baris.close()
    assert pembaca.tunggu_selesai(10)
    assert not sementara.exists()


def test_lembar_rusak_di_tengah_pesan_indonesia(tmp_path, potong_kecil):
    """A sheet whose XML ends before its rows do (a file cut short) is an Indonesian error
    naming the sheet and file, not a crash."""
    asal = _individu_besar(tmp_path / "asal.xlsx", n_keluarga=20)
    path = _ubah_lembar(asal, tmp_path / "rusak.xlsx", lambda isi: isi[: len(isi) * 2 // 3])
    lb = reader.buka_lembar(path)[0]
    with pytest.raises(reader.KesalahanBerkas, match=r"Lembar 'Individu' di berkas rusak\.xlsx"):
        for _ in lb.baris():
            pass
    lb.lepaskan()


def test_salinan_sementara_tidak_tertinggal_saat_dibaca(tmp_path, potong_kecil):
    """The temporary workbook holds personal data: it is unlinked as soon as calamine has opened
    it (a process killed while reading leaves nothing), and the rows still come."""
    path = _individu_besar(tmp_path / "individu.xlsx", n_keluarga=80)
    lb = reader.buka_lembar(path)[0]
    baris = lb.baris()
    awal = [next(baris) for _ in range(5)]
    sementara = lb._pembaca.tunggu_potong().berkas
    assert not sementara.exists()
    semua = [(n, list(sel)) for n, sel in [*awal, *baris] if any(v not in ("", None) for v in sel)]
    lb.lepaskan()
    assert lb.bertahap() > 0 and len(semua) > 5
    assert semua == _baris(path, potong=False)


def test_hapus_sisa_hanya_yang_lama(tmp_path, monkeypatch):
    """A workbook left by a killed import is removed after UMUR_SISA (at each import and at the
    application's start); a recent one (an import in another window being cut) is kept."""
    import os
    import tempfile
    import time

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    folder = xlsx_potong.folder_sementara()
    assert folder.parent == tmp_path
    folder.mkdir()
    lama, baru = folder / "tmp_lama.xlsx", folder / "tmp_baru.xlsx"
    lama.write_bytes(b"PK")
    baru.write_bytes(b"PK")
    dulu = time.time() - xlsx_potong.UMUR_SISA - 60
    os.utime(lama, (dulu, dulu))
    assert xlsx_potong.hapus_sisa() == 1
    assert not lama.exists() and baru.exists()
    assert xlsx_potong.UMUR_SISA <= 3600
