"""NIKs and No KKs typed into notes (Catatan, the send-back note, the "Lainnya" reason, the reason
of a change) are masked for who may not see full NIKs (``domain.nik.samarkan_catatan``), from 13
digits on: a NIK typed with a digit or three missing is still one. Phone numbers, dates, amounts,
RT/RW, years and the family's own IDs stay. A note edited in its masked form gets its masked
numbers back in full (``pulihkan_catatan``). The audit export of an admin masks them; a
verifikator's holds them whole. Before, notes were masked only from 14 digits, in the audit
window and history only, and phone numbers of 14 digits were masked."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.nik import (
    pulihkan_catatan,
    samarkan_catatan,
    samarkan_nilai,
    samarkan_teks,
)
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests import privasi_rusak as pr

NIK = "6172011508800001"
KK = "6172011203150009"


@pytest.mark.parametrize(("teks", "samar"), [
    (f"NIK baru {NIK}", "NIK baru 617201******0001"),
    (f"KK {KK} sudah dicek", "KK 617201******0009 sudah dicek"),
    ("NIK di KTP 617201150880001 (15 digit)", "NIK di KTP 617201*****0001 (15 digit)"),
    # without a label, 13 to 15 digits may be a bank account too: the last four only (privasi7)
    ("tertulis 61720115088001", "tertulis **********8001"),
    ("tertulis 6172011508801 saja", "tertulis *********8801 saja"),
    ("NIK 6172 0115 0880 001", "NIK 6172 01** ***0 001"),
    ("KK 6172-0112-0315-0009; HP 0812", "KK 6172-01**-****-0009; HP 0812"),
])
def test_nik_dan_kk_di_catatan_disamarkan_juga_yang_pendek(teks, samar):
    assert samarkan_catatan(teks) == samar
    assert samarkan_nilai("catatan", teks) == samar
    assert samarkan_nilai("catatan_pengembalian", teks) == samar
    assert samarkan_catatan(samar) == samar


def test_nik_13_digit_dulu_lolos():
    """What the fix is for: the general masking kept a 13-digit number."""
    teks = "NIK istri 6172015003852"
    assert samarkan_teks(teks) == teks
    assert samarkan_catatan(teks) == "NIK istri 617201***3852"


@pytest.mark.parametrize("teks", [
    "HP 081234567890", "HP 0812-3456-78901 (istri)", "WA +62 812-3456-7890",
    "telp kantor desa 0561-734567", "tanggal 17-08-2023", "Rp 1.500.000 per bulan",
    "Rp 12.500.000.000", "RT 003/RW 005, tahun 2023", "dikunjungi 2026-11-24 10:15",
    "anak ke-3, 5 orang", "NIK 617201******0001 sudah disamarkan",
])
def test_yang_bukan_nik_tetap(teks):
    assert samarkan_catatan(teks) == teks


def test_id_keluarga_sendiri_tetap():
    idk, idi = "6171000000001", "617100000000101"
    teks = f"keluarga {idk}, anggota {idi}; NIK {NIK}"
    assert samarkan_catatan(teks, (idk, idi)) == (
        f"keluarga {idk}, anggota {idi}; NIK 617201******0001")
    assert samarkan_catatan(teks) == (
        "keluarga *********0001, anggota ***********0101; NIK 617201******0001")


def test_telepon_bersebelahan_dengan_nik_tidak_membuka_nik():
    teks = f"081234567890 {NIK}"
    assert NIK[6:12] not in samarkan_catatan(teks)


def test_catatan_disunting_dalam_bentuk_samar_memulihkan_nik():
    asli = f"Kepala pindah. NIK baru {NIK}; KK {KK}. HP 081234567890"
    samar = samarkan_catatan(asli)
    assert NIK not in samar and KK not in samar and "081234567890" in samar
    assert pulihkan_catatan(samar, asli) == asli  # untouched
    diubah = samar.replace("Kepala pindah.", "Kepala pindah ke Sambas.") + " (dicek)"
    assert pulihkan_catatan(diubah, asli) == (
        f"Kepala pindah ke Sambas. NIK baru {NIK}; KK {KK}. HP 081234567890 (dicek)")
    # a masked NIK removed is gone; a NIK typed anew is kept as typed
    tanpa_kk = samar.replace("; KK 617201******0009", "") + " istri 6172015003850002"
    assert pulihkan_catatan(tanpa_kk, asli) == (
        f"Kepala pindah. NIK baru {NIK}. HP 081234567890 istri 6172015003850002")
    # a masked NIK whose stars were changed stays as the editor left it
    assert pulihkan_catatan("NIK 617201*****0001", asli) == "NIK 617201*****0001"


def test_dua_nik_bersamaran_sama_dipulihkan_menurut_urutan():
    a, b = "6172011508800001", "6172019999990001"
    asli = f"suami {a}, istri {b}"
    samar = samarkan_catatan(asli)
    assert samar == "suami 617201******0001, istri 617201******0001"
    assert pulihkan_catatan(samar + "!", asli) == asli + "!"


@pytest.fixture
def db_catatan(tmp_path):
    path = tmp_path / "kab.db"
    pr.impor_rusak(tmp_path, path)
    with sdb.terbuka(path) as db:
        data = sv.muat(db, "0061720001")
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                       tanggal_kunjungan=dt.date.today().isoformat(),
                       nama_verifikator="Darto",
                       catatan=f"NIK baru {pr.NIK_15[:-1]}; HP 081234567890")
        sv.simpan(db, "0061720001", Pengguna("Darto", Peran.OPERATOR), v, data.versi,
                  koreksi={"no_kk": KK}, alasan=f"KTP kepala {NIK}")
    return path


@pytest.mark.parametrize(("peran", "penuh"), [(Peran.ADMIN, False), (Peran.VERIFIKATOR, True)])
def test_ekspor_jejak_audit_menyamarkan_catatan(db_catatan, tmp_path, peran, penuh):
    tujuan = tmp_path / f"audit-{peran}.xlsx"
    with sdb.terbuka(db_catatan) as db:
        ekspor_audit.ekspor(db, audit.SaringAudit(), tujuan, Pengguna("Siti", peran))
    wb = openpyxl.load_workbook(tujuan, read_only=True)
    sel = [str(c) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
           for c in r if c is not None]
    wb.close()
    nik_14 = pr.NIK_15[:-1]
    assert any(f"NIK baru {nik_14}" in s for s in sel) == penuh
    assert any(f"KTP kepala {NIK}" in s for s in sel) == penuh
    assert (KK in sel) == penuh  # the No KK an operator typed, in Nilai baru
    assert ("617201******0009" in sel) == (not penuh)
    if not penuh:
        assert [s for s in sel if "NIK baru" in s] == ["NIK baru 617201****8000; HP 081234567890"]
        assert any("KTP kepala 617201******0001" in s for s in sel)
