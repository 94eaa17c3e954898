"""A head whose NIK was corrected in the application (closing note 21, section 9): the next
release's files carry the corrected NIK, and the name spelled a little differently ("Achmad
Yani" for "Ahmad Yani"). That is the same person, not a new head: the summary and the report's
"Kepala baru" sheet leave the family out. A real new head (the widow, another NIK and name) is
still counted, and so is another NIK than the correction. Files written by openpyxl and the
csv module, the correction saved as the form saves it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kalbar_desktop.domain.nama_orang import kunci_nama
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml
from tests.lapangan import OPERATOR_A
from tests.temuan_uji import cli

KOL_I = ml.INDIVIDU_2023.index
KOL_K = ml.KEPALA_2023.index
IDK = "0061720001"
AHMAD = "006172000101"
NIK_DIPERBAIKI = "6172011508800011"  # Ahmad Yani's NIK as Dukcapil corrected it


def _awal(db_path: Path, tmp_path: Path) -> None:
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    hasil = cli(db_path, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output


def _perbaiki_nik(db_path: Path, koreksi_keluarga: bool = False) -> None:
    """The operator corrects the head's NIK in the form (on the member, or on the family row's
    NIK Kepala Keluarga)."""
    with sdb.terbuka(db_path) as db:
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                       tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
        if koreksi_keluarga:
            sv.simpan(db, IDK, OPERATOR_A, v, 0, koreksi={"nik_kepala": NIK_DIPERBAIKI})
        else:
            sv.simpan(db, IDK, OPERATOR_A, v, 0, anggota=[
                sv.PerubahanAnggota(AHMAD, nik_perbaikan=NIK_DIPERBAIKI)])


def _rilis_baru(tmp_path: Path, nik: str, nama: str) -> list[Path]:
    """The next release: family 1's head with ``nik`` and ``nama`` in both files."""
    kepala = ml.baris_kepala()
    kepala[0][KOL_K("NIK Kepala Keluarga")] = nik
    kepala[0][KOL_K("Nama Kepala Keluarga")] = nama
    individu = ml.baris_individu()
    individu[0][KOL_I("NIK")] = nik
    individu[0][KOL_I("Nama")] = nama
    return [ml.xlsx(tmp_path / "kepala2.xlsx", ml.KEPALA_2023, kepala, lembar="Kepala Keluarga"),
            ml.csv_berkas(tmp_path / "individu2.csv", ml.INDIVIDU_2023, individu)]


def _kepala_baru(db_path: Path, berkas: list[Path]) -> list[tuple]:
    with sdb.terbuka(db_path) as db:
        hasil = impor_p3ke.impor(db, berkas)
        assert ("berganti Kepala Keluarga" in hasil.pesan()) == bool(hasil.ringkasan.kepala_baru)
        return hasil.ringkasan.kepala_baru


def test_nik_perbaikan_anggota_dengan_ejaan_lain_bukan_kepala_baru(db_path, tmp_path):
    _awal(db_path, tmp_path)
    _perbaiki_nik(db_path)
    assert _kepala_baru(db_path, _rilis_baru(tmp_path, NIK_DIPERBAIKI, "Achmad Yani")) == []
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT nik_kepala, nama_kepala FROM keluarga WHERE id_keluarga = ?",
                          [IDK]).fetchone() == (NIK_DIPERBAIKI, "Achmad Yani")


def test_nik_kepala_dikoreksi_di_formulir_keluarga_bukan_kepala_baru(db_path, tmp_path):
    _awal(db_path, tmp_path)
    _perbaiki_nik(db_path, koreksi_keluarga=True)
    assert _kepala_baru(db_path, _rilis_baru(tmp_path, NIK_DIPERBAIKI, "AHMAD YANIE")) == []


def test_nik_lain_dari_perbaikan_tetap_kepala_baru(db_path, tmp_path):
    """Another NIK than the correction, with another spelling: counted (nothing says it is the
    same person)."""
    _awal(db_path, tmp_path)
    _perbaiki_nik(db_path)
    assert _kepala_baru(db_path, _rilis_baru(tmp_path, "6172011508800021", "Achmad Yani")) == [
        (IDK, "Ahmad Yani", "Achmad Yani")]


def test_kepala_baru_sungguhan_tetap_dihitung_walau_ada_perbaikan_nik(db_path, tmp_path):
    """The widow as the new head, her own NIK: counted, even though the former head's NIK was
    corrected."""
    _awal(db_path, tmp_path)
    _perbaiki_nik(db_path)
    assert _kepala_baru(db_path, _rilis_baru(tmp_path, "6172015003850002", "Siti Aminah")) == [
        (IDK, "Ahmad Yani", "Siti Aminah")]


def test_nama_sama_ditulis_lain_dengan_nik_lain_bukan_kepala_baru(db_path, tmp_path):
    """A NIK changed upstream with the same name written otherwise (case, dots, spaces)."""
    _awal(db_path, tmp_path)
    assert _kepala_baru(db_path, _rilis_baru(tmp_path, "6172011508800021", " AHMAD  YANI. ")
                        ) == []


def test_kunci_nama():
    assert kunci_nama("MUH. YUSUF") == kunci_nama("Muh Yusuf") == "muh yusuf"
    assert kunci_nama("Ma'ruf Amin") == kunci_nama("MARUF  AMIN")
    assert kunci_nama("Séna") == kunci_nama("SENA")
    assert kunci_nama("Achmad Yani") != kunci_nama("Ahmad Yani")
    assert kunci_nama(None) == ""
