"""A member who becomes head of the family: the family's head fields (name, NIK, sex, birth
date) follow as corrections beside the P3KE values, audited, exported and printed; the
operator's own correction in the same save wins. On a desa written with openpyxl."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import dokumen, ekspor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import (
    DESA,
    ID_KELUARGA,
    ISTRI,
    NIK_ISTRI,
    OPERATOR_A,
    VERIFIKATOR,
    db_desa,
    nik_kepala,
)

HARI_INI = dt.date.today()
IDK = ID_KELUARGA[0]


@pytest.fixture
def db(tmp_path):
    basis = sdb.buka(db_desa(tmp_path))
    yield basis
    basis.close()


def _v() -> Verifikasi:
    return Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                      tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator="Ani")


def _istri_jadi_kepala(db, **kw) -> sv.DataKeluarga:
    anggota = [sv.PerubahanAnggota(f"{IDK}01", status_anggota="MENINGGAL"),
               sv.PerubahanAnggota(ISTRI, hubungan="Kepala Keluarga",
                                   nik_perbaikan=kw.pop("nik_istri", None))]
    sv.simpan(db, IDK, OPERATOR_A, _v(), 0, anggota=anggota, **kw)
    return sv.muat(db, IDK)


def test_kepala_baru_mengganti_identitas_kepala_sebagai_koreksi(db, tmp_path):
    data = _istri_jadi_kepala(db)
    assert data.koreksi == {"nama_kepala": "Siti Istri", "nik_kepala": NIK_ISTRI,
                            "jenis_kelamin": "Perempuan", "tanggal_lahir": "1985-03-10"}
    assert (data.sumber["nama_kepala"], data.sumber["nik_kepala"]) == ("Kepala 1",
                                                                       nik_kepala(1))
    koreksi = sorted((r["kolom"], r["nilai_lama"], r["nilai_baru"]) for r in db.query(
        "SELECT * FROM audit_log WHERE id_keluarga = ? AND aksi = 'KOREKSI'", [IDK]))
    assert koreksi == [("jenis_kelamin", None, "Perempuan"), ("nama_kepala", None, "Siti Istri"),
                       ("nik_kepala", None, NIK_ISTRI), ("tanggal_lahir", None, "1985-03-10")]
    # the wife's NIK agrees with her sex and birth date: no finding on the family's head fields
    aturan = {r[0] for r in db.execute("SELECT aturan FROM temuan WHERE id_keluarga = ?",
                                       [IDK])}
    assert not aturan & {"NIK_JENIS_KELAMIN", "NIK_TGL_LAHIR", "KK_TANPA_KEPALA"}, aturan
    # the province's workbook (read back with openpyxl) and the visit documents name her
    path = tmp_path / "desa.xlsx"
    ekspor.ekspor(db, ekspor.OpsiEkspor(path, dengan_nama=True, nik_penuh=True,
                                        alasan="Uji kepala baru"), VERIFIKATOR)
    wb = openpyxl.load_workbook(path, read_only=True)
    baris = list(wb["Data Keluarga"].iter_rows(values_only=True))
    wb.close()
    kepala = list(baris[0])
    r = next(b for b in baris[1:] if b[kepala.index("ID Keluarga P3KE")] == IDK)
    assert r[kepala.index("Nama Kepala Keluarga")] == "Siti Istri"
    assert r[kepala.index("NIK Kepala Keluarga")] == NIK_ISTRI
    assert {t.strip() for t in r[kepala.index("Kolom dikoreksi")].split(";")} >= {
        "Nama Kepala Keluarga", "NIK Kepala Keluarga"}
    desa = sekspor.keluarga_desa(db, DESA)
    assert next(k for k in desa if k["id_keluarga"] == IDK)["nama_kepala"] == "Siti Istri"
    ba = dokumen.berita_acara(db, dokumen.OpsiBeritaAcara(DESA), VERIFIKATOR).teks_polos()
    assert f"{IDK} | Siti Istri |" in ba
    assert "Kepala 1 |" not in ba


def test_koreksi_operator_dalam_simpan_yang_sama_menang(db):
    data = _istri_jadi_kepala(db, koreksi={"nama_kepala": "Siti Aminah"})
    assert data.koreksi["nama_kepala"] == "Siti Aminah"
    assert data.koreksi["nik_kepala"] == NIK_ISTRI


def test_nik_perbaikan_kepala_baru_yang_dipakai(db):
    data = _istri_jadi_kepala(db, nik_istri="6172015003850009")
    assert data.koreksi["nik_kepala"] == "6172015003850009"


def test_tanpa_kepala_baru_identitas_tidak_disentuh(db):
    sv.simpan(db, IDK, OPERATOR_A, _v(), 0,
              anggota=[sv.PerubahanAnggota(f"{IDK}01", status_anggota="MENINGGAL")])
    assert sv.muat(db, IDK).koreksi == {}
