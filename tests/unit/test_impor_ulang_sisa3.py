"""Re-import leftovers, third round: a masked NIK perbaikan of a new member beside a full NIK
typed in the NIK column, and Data Keluarga rows without ID Keluarga. Databases from P3KE files
written with openpyxl (tests/lapangan.py); workbooks exported by the application and edited by
hand with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kalbar_desktop.exchange import ekspor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import ID_KELUARGA, OPERATOR_A, VERIFIKATOR, db_desa
from tests.unit.test_anggota_baru_impor_ulang import BAYI_A, _anggota, _baris_anggota
from tests.unit.test_dua_laptop import _baca, _ekspor, _laptop, _simpan, _terapkan, _v

K1 = ID_KELUARGA[0]
NIK_SALAH = "6172014102260009"
"""The baby's NIK as first typed on the laptop; its NIK perbaikan holds ``BAYI_A['nik']``."""


def _bayi_nik_diperbaiki_samar(tmp_path: Path) -> tuple[Path, Path]:
    """The office's database and a laptop's workbook exported without full NIKs, holding a
    baby added on the laptop whose NIK was then corrected (NIK 617201******0009, NIK perbaikan
    617201******0001)."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _simpan(laptop, K1, OPERATOR_A, catatan="bayi lahir bulan lalu",
            anggota=[sv.PerubahanAnggota(None, data_baru={**BAYI_A, "nik": NIK_SALAH})])
    with sdb.terbuka(laptop) as db:
        [bayi] = [a for a in sv.muat(db, K1).anggota if a["nama"] == BAYI_A["nama"]]
    _simpan(laptop, K1, OPERATOR_A, catatan="bayi lahir bulan lalu, NIK dibetulkan",
            anggota=[sv.PerubahanAnggota(bayi["id_individu"], nik_perbaikan=BAYI_A["nik"])])
    buku = tmp_path / "samar.xlsx"
    with sdb.terbuka(laptop) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, alasan="Gabung"),
                      VERIFIKATOR)
    return kantor, buku


def _ketik_nik(buku: Path, nik: str, nama: str) -> tuple[Path, int, str, str]:
    """The baby's NIK column typed as text with ``nik``; returns the workbook, the row and the
    two columns as a problem names them."""
    wb, r, kolom = _baris_anggota(buku, BAYI_A["nama"])
    ws = wb["Data Anggota"]
    assert ws.cell(r, kolom["NIK perbaikan"]).value == "617201******0001"
    assert ws.cell(r, kolom["NIK"]).value == "617201******0009"
    ws.cell(r, kolom["NIK"]).value = nik
    diedit = buku.with_name(nama)
    wb.save(diedit)
    huruf = openpyxl.utils.get_column_letter
    return (diedit, r, f"{huruf(kolom['NIK perbaikan'])} (NIK perbaikan)",
            f"{huruf(kolom['NIK'])} (NIK)")


def test_nik_perbaikan_tersamar_memberi_jalan_ke_nik_penuh_yang_cocok(tmp_path):
    """The full NIK typed in the NIK column shows the masked NIK perbaikan's digits: the baby
    is added with it."""
    kantor, buku = _bayi_nik_diperbaiki_samar(tmp_path)
    diedit, _r, _kp, _kn = _ketik_nik(buku, BAYI_A["nik"], "cocok.xlsx")

    p = _baca(kantor, diedit)
    assert p.masalah == []
    assert [(k.id_keluarga, b.nama, b.data["nik"]) for k, b in p.anggota_baru] == [
        (K1, BAYI_A["nama"], BAYI_A["nik"])]
    _terapkan(kantor, p)
    assert _anggota(kantor, K1)[BAYI_A["nama"]]["nik"] == BAYI_A["nik"]


def test_nik_perbaikan_tersamar_tidak_cocok_ditolak_menyebut_dua_kolom(tmp_path):
    """The NIK column typed with the first (wrong) NIK, which the masked NIK perbaikan does not
    show: the baby's row is refused naming both columns; the family's visit is applied."""
    kantor, buku = _bayi_nik_diperbaiki_samar(tmp_path)
    diedit, r, kolom_p, kolom_n = _ketik_nik(buku, NIK_SALAH, "beda.xlsx")

    p = _baca(kantor, diedit)
    [m] = p.masalah
    assert (m.lembar, m.baris, m.id_keluarga, m.kolom) == ("Data Anggota", r, K1, kolom_p)
    assert m.pesan == (
        f"Anggota baru: NIK perbaikan 617201******0001 di kolom {kolom_p} tersamar dan tidak "
        f"cocok dengan NIK {NIK_SALAH} di kolom {kolom_n}. Ketik NIK yang benar 16 digit "
        f"sebagai teks di kolom {kolom_n} dan kosongkan kolom {kolom_p}, lalu impor lagi")
    _terapkan(kantor, p)
    assert BAYI_A["nama"] not in _anggota(kantor, K1)


def test_baris_tanpa_id_keluarga_berisi_verifikasi_menyebut_keluarganya(tmp_path):
    """A Data Keluarga row whose ID Keluarga was cleared in Excel but holds a visit: refused
    naming its head and desa and what to do. Rows without ID holding only their region, other
    unread columns or spaces are leftovers: ignored. The other families' changes apply."""
    kantor = db_desa(tmp_path)
    wb = openpyxl.load_workbook(_ekspor(kantor, "kantor"))
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = {ws.cell(r, kolom["ID Keluarga P3KE"]).value: r for r in range(2, ws.max_row + 1)}
    r1, r2 = baris[K1], baris[ID_KELUARGA[1]]
    nama = ws.cell(r2, kolom["Nama Kepala Keluarga"]).value
    # the desa by name, or by its code when the print had no desa name
    desa = ws.cell(r2, kolom["Desa/Kelurahan"]).value or ws.cell(r2, kolom["Kode Kemdagri"]).value
    assert nama and desa
    ws.cell(r1, kolom["Catatan"]).value = "dikunjungi ulang"
    ws.cell(r2, kolom["ID Keluarga P3KE"]).value = None
    ws.cell(r2, kolom["Status verifikasi"]).value = "Ditemukan"
    ws.cell(r2, kolom["Catatan"]).value = "rumah kosong siang hari"
    sisa = ws.max_row + 1
    for c in ("Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Kode Kemdagri"):
        ws.cell(sisa, kolom[c]).value = ws.cell(r2, kolom[c]).value
    ws.cell(sisa, kolom["Catatan"]).value = "   "
    ws.cell(sisa + 1, kolom["Nama Kepala Keluarga"]).value = " "
    diedit = tmp_path / "tanpa_id.xlsx"
    wb.save(diedit)

    p = _baca(kantor, diedit)
    [m] = p.masalah
    huruf = openpyxl.utils.get_column_letter(kolom["ID Keluarga P3KE"])
    assert (m.lembar, m.baris, m.id_keluarga, m.kolom, m.jenis) == (
        "Data Keluarga", r2, None, f"{huruf} (ID Keluarga P3KE)", "ID_KOSONG")
    assert m.pesan == (
        f"ID Keluarga kosong pada baris keluarga '{nama}' di desa '{desa}' yang berisi isian: "
        "isi ID Keluarga dari baris aslinya, atau catat keluarga ini sebagai usulan keluarga "
        "baru di kantor (Verifikasi > Usulan keluarga baru...)")
    assert [(k.id_keluarga, [u.baru for u in k.perubahan]) for k in p.keluarga] == [
        (K1, ["dikunjungi ulang"])]
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == "dikunjungi ulang"
    assert _v(kantor, ID_KELUARGA[1]).verifikasi.catatan is None
