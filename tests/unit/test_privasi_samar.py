"""One masking of NIKs and No KKs in free text (``domain.nik.samarkan_teks``) for who may not see
them in full: a damaged NIK (15 or 17 digits, ``6.17201E+15``, written with spaces, dots,
apostrophes or hyphens, a letter among the digits) and a No KK are masked wherever a finding
message, an audit value or the log quotes them; short numbers (rows, RT/RW, years, counts,
dates, region codes, IDs) stay. Before, only runs of exactly 16 digits were masked, so the
window and the audit export showed the damaged NIKs in full."""

from __future__ import annotations

import io
import json
import logging
import re

import openpyxl
import pytest
from click.testing import CliRunner

from kalbar_desktop import log
from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.nik import samarkan_nik, samarkan_pesan, samarkan_teks
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from tests import privasi_rusak as pr

SANDI = "Sandi-Kuat-123"


@pytest.mark.parametrize(("teks", "samar"), [
    ("NIK 6172011508800001 ganda", "NIK 617201******0001 ganda"),
    ("tertulis 617201150880001.", "tertulis 617201*****0001."),
    ("NIK 61720144127000011 (17 digit)", "NIK 617201*******0011 (17 digit)"),
    ("notasi ilmiah (6.17201E+15); hilang", "notasi ilmiah (6.*****E+15); hilang"),
    ("ditulis 6,17201e+15", "ditulis 6,*****e+15"),
    ("NIK '6172 0115 0880 0001' di sel", "NIK '6172 01** **** 0001' di sel"),
    ("NIK 6172.0115.0880.0001", "NIK 6172.01**.****.0001"),
    ("NIK 6172-0115-0880-0001", "NIK 6172-01**-****-0001"),
    ("sel '6172011508800001 berisi", "sel '617201******0001 berisi"),
    ("tertulis ’6172011508800001’", "tertulis ’617201******0001’"),
    ("selain angka: '61720115O8800001'", "selain angka: '617201**O***0001'"),
    ("No KK 6172011203150009 tidak mungkin", "No KK 617201******0009 tidak mungkin"),
    ("NIK 6172011508800001, 6172015003850002", "NIK 617201******0001, 617201******0002"),
    ("Family 6172011508800001's head", "Family 617201******0001's head"),
])
def test_bentuk_nik_rusak_disamarkan(teks, samar):
    assert samarkan_teks(teks) == samar
    assert samarkan_teks(samar) == samar  # masking twice changes nothing


@pytest.mark.parametrize("teks", [
    "berkas individu.xlsx, lembar 'Individu', baris 1048576, kolom NIK",
    "RT 001/RW 002, tahun 2026, 401.681 anggota, 100000 keluarga",
    "tanggal 24-11-2026 19:23:01, lahir 1980-08-15",
    "disimpan 24-11-2026 19.33.36; dicadangkan 2026-11-24 19.33.36",
    "Kode Kemdagri 6172011001, ID Keluarga 0061720001, ID Individu 006172000101",
    "ID sementara 0061729001-01; NIK harus 16 digit, tertulis 15 digit",
    "cadangan kalbar-20261124-192301-manual.db dibuat",
    "617201******0001 sudah disamarkan", "P3KE 2023 dan NIK kosong",
])
def test_angka_pendek_tetap(teks):
    assert samarkan_teks(teks) == teks


def test_id_temuan_tetap_nomor_temuan_disamarkan_apa_pun_panjangnya():
    """An ID of NIK length (the demo's 13- and 15-digit IDs) stays when it is the finding's
    own ID; the finding's own NIK value is masked even when it is short."""
    idk, idi = "6171000000001", "617100000000101"
    assert samarkan_pesan(f"ID Individu {idi} tersimpan sebagai angka; keluarga {idk}",
                          "id_individu", idi, idk, idi) == (
        f"ID Individu {idi} tersimpan sebagai angka; keluarga {idk}")
    assert samarkan_pesan(f"ID Keluarga {idk}.0 (teks); {idk}", "id_keluarga", idk, idk) == (
        f"ID Keluarga {idk}.0 (teks); {idk}")
    assert samarkan_pesan(f"ID {idi}", None, None) == "ID 617100*****0101"
    assert samarkan_pesan("NIK 617201150880 tersimpan sebagai angka", "nik", "617201150880"
                          ) == "NIK 617201**0880 tersimpan sebagai angka"


@pytest.mark.parametrize(("nilai", "samar"), [
    ("6172011508800001", "617201******0001"), ("617201150880001", "617201*****0001"),
    ("6.17201E+15", "6.*****E+15"), ("6172 0115 0880 0001", "6172 01** **** 0001"),
    ("6172011", "*******"), ("NULL", "NULL"), ("", ""), (None, ""),
])
def test_nilai_nik_disamarkan_utuh(nilai, samar):
    assert samarkan_nik(nilai) == samar


def test_log_menyamarkan_nik_berspasi():
    aliran = io.StringIO()
    h = logging.StreamHandler(aliran)
    h.setFormatter(log.FormatAman("%(message)s"))
    logger = logging.getLogger("kalbar_desktop.uji_samar")
    logger.addHandler(h)
    try:
        logger.warning("sel berisi 6172 0115 0880 0001 dan 617201150880 baris 12")
    finally:
        logger.removeHandler(h)
    assert aliran.getvalue().strip() == "sel berisi 6172 01** **** 0001 dan 617201**0880 baris 12"


@pytest.fixture
def rusak(tmp_path):
    path = tmp_path / "kab.db"
    pr.impor_rusak(tmp_path, path)
    with sdb.terbuka(path) as db:
        spengguna.tambah(db, "adm", "admin", SANDI, oleh="uji")
        spengguna.tambah(db, "Rina", "verifikator", SANDI, oleh="uji")
    return path


def _temuan_konsol(path, *args) -> list[dict]:
    r = CliRunner().invoke(main, ["--db", str(path), "check-data", "--json", *args],
                           input=SANDI + "\n" if args else None, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_check_data_tanpa_user_menyamarkan_setiap_bentuk(rusak):
    teks = json.dumps(_temuan_konsol(rusak), ensure_ascii=False)
    for penuh, samar in pr.DISAMARKAN.items():
        assert penuh not in teks
        assert samar in teks
    teks = json.dumps(_temuan_konsol(rusak, "--user", "Rina"), ensure_ascii=False)
    for penuh in pr.DISAMARKAN:  # the verifikator sees them whole
        assert penuh in teks


def test_ekspor_audit_menyamarkan_nik_rusak_di_alasan(rusak):
    """An admin (no full-NIK right) reads the corrections of a NIK Kepala Keluarga in the
    audit window and its export: the reasons quote the damaged NIK of the file (15 digits)
    and the NIK as written on the KTP (with spaces); all masked, the values too."""
    rina = Pengguna("Rina", Peran.VERIFIKATOR)
    with sdb.terbuka(rusak) as db:
        for nilai, alasan in (
                ("6172011508800001", f"NIK di berkas {pr.NIK_15} kurang satu digit"),
                ("6172011508800002", "KTP dilihat lagi: 6172 0115 0880 0002")):
            data = sv.muat(db, "0061720001")
            sv.simpan(db, "0061720001", rina, data.verifikasi, data.versi,
                      koreksi={"nik_kepala": nilai}, alasan=alasan)
        baris = [b for b in audit.cari(db, audit.SaringAudit(id_keluarga="0061720001"))
                 if b[audit.KOLOM_LOG.index("kolom")] == "nik_kepala"]
    assert len(baris) == 2
    teks = json.dumps([ekspor_audit.baris_tampilan(b, nik_penuh=False) for b in baris],
                      ensure_ascii=False)
    assert "NIK di berkas ***********0001 kurang satu digit" in teks
    assert "KTP dilihat lagi: 6172 01** **** 0002" in teks
    assert not re.search(r"(?<!\d)\d{14,}(?!\d)", teks)
    penuh = json.dumps([ekspor_audit.baris_tampilan(b, nik_penuh=True) for b in baris],
                       ensure_ascii=False)
    assert pr.NIK_15 in penuh and "6172 0115 0880 0002" in penuh
    assert '"6172011508800001", "6172011508800002"' in penuh


def _sel_laporan(path) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return "\n".join(str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
                         for v in r if v is not None)
    finally:
        wb.close()


def test_laporan_temuan_admin_menyamarkan_verifikator_lengkap(rusak, tmp_path):
    """The findings report holds every finding of the database. An admin may write it (it
    may import) but sees no full NIK in the window: its report masks every shape, and says
    so; a verifikator's keeps them whole for Dukcapil."""
    for nama, penuh in (("adm", False), ("Rina", True)):
        keluaran = tmp_path / f"temuan-{nama}.xlsx"
        r = CliRunner().invoke(main, ["--db", str(rusak), "report-temuan", str(keluaran),
                                      "--user", nama], input=SANDI + "\n")
        assert r.exit_code == 0, r.output
        teks = _sel_laporan(keluaran)
        for nik, samar in pr.DISAMARKAN.items():
            assert (nik in teks) == penuh, (nama, nik)
            assert (samar in teks) != penuh, (nama, samar)
        assert ("NIK dan No KK disamarkan" in teks) != penuh
        assert "0061720001" in teks and "006172000101" in teks  # IDs stay
    with sdb.terbuka(rusak, baca_saja=True) as db:
        assert [b[0].split("; ")[-1] for b in db.execute(
            "SELECT keterangan FROM audit_log WHERE aksi = 'EKSPOR' ORDER BY id")] == [
            "laporan temuan (nama, NIK disamarkan)", "laporan temuan (nama dan NIK)"]
