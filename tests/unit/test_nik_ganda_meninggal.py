"""NIK_GANDA and a member verified as died (closing note 21, carried over): Dukcapil never gives
a NIK again, so a living person holding the NIK of one who died has a wrong NIK on one of the
records, or a death Dukcapil has not recorded. It stays a finding for both, and the message
names who died, which tells the operator what to take to Dukcapil. Files written by openpyxl
and the csv module, the death saved as the form saves it."""

from __future__ import annotations

import datetime as dt

from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml
from tests.lapangan import OPERATOR_A
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_I = ml.INDIVIDU_2023.index
NIK_AHMAD = "6172011508800001"
AHMAD, BONG = "006172000101", "006172000301"


def _impor_dengan_nik_sama(db_path, tmp_path) -> None:
    """Bong Kim Fui (family 3) carries Ahmad Yani's NIK (family 1)."""
    baris = ml.baris_individu()
    baris[4][KOL_I("NIK")] = NIK_AHMAD
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris)
    hasil = cli(db_path, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output


def _ganda(db_path) -> dict[str, str]:
    return {t["id_individu"]: t["message"] for t in temuan_json(db_path)
            if t["rule"] == "NIK_GANDA"}


def test_nik_orang_meninggal_dipakai_orang_lain_tetap_ganda_dan_disebut(db_path, tmp_path):
    _impor_dengan_nik_sama(db_path, tmp_path)
    assert _ganda(db_path) == {
        AHMAD: f"NIK {NIK_AHMAD} juga dipakai oleh 0061720003/{BONG}",
        BONG: f"NIK {NIK_AHMAD} juga dipakai oleh 0061720001/{AHMAD}"}
    with sdb.terbuka(db_path) as db:
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                       tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
        sv.simpan(db, "0061720001", OPERATOR_A, v, 0, anggota=[
            sv.PerubahanAnggota(AHMAD, status_anggota="MENINGGAL")])
        # the form's findings of the living holder's family name the dead one too
        data = sv.muat(db, "0061720003")
        form = [t.pesan for t in stemuan.periksa_keluarga_sementara(
            db, {**data.nilai, "id_keluarga": "0061720003"}, data.anggota)
            if t.aturan == "NIK_GANDA"]
        assert form == [f"NIK {NIK_AHMAD} juga dipakai oleh 0061720001/{AHMAD} (meninggal)"]
    assert _ganda(db_path) == {
        AHMAD: f"NIK {NIK_AHMAD} juga dipakai oleh 0061720003/{BONG}",
        BONG: f"NIK {NIK_AHMAD} juga dipakai oleh 0061720001/{AHMAD} (meninggal)"}
    ganda = [t for t in temuan_semua_cara(db_path) if t["aturan"] == "NIK_GANDA"]
    assert sorted(t["pesan"].endswith("(meninggal)") for t in ganda) == [False, True]
