"""Closing note 20: an old release's Individu file and a new release's Keluarga file imported
on the same day counted as one release, so a family new in the Keluarga file got
KK_TANPA_KEPALA from the old file's silence. Files carry their release ("Dimuktakhirkan Tahun";
the 2022 layout has none and is the 2022 release): the releases decide, the same-day rule stays
for files without one (imported before migration 0014, or a BNBA print). Files written with
openpyxl and the csv module, imported through the console."""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara
from tests.unit.test_impor_penutup19 import (
    KEEMPAT,
    PESAN_RILIS,
    _berkas_kepala,
    _geser_impor_ke_kemarin,
)

KOL_I = ml.INDIVIDU_2023.index


def _impor(db_path: Path, *berkas) -> None:
    hasil = cli(db_path, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output


def _individu_2023(tmp_path: Path, nama: str, tahun: int) -> Path:
    baris = ml.baris_individu()
    for r in baris:
        r[KOL_I("Dimuktakhirkan Tahun")] = tahun
    return ml.csv_berkas(tmp_path / f"{nama}.csv", ml.INDIVIDU_2023, baris)


def _individu_2022(tmp_path: Path) -> Path:
    return ml.xlsx(tmp_path / "individu2022.xlsx", ml.INDIVIDU_2022, ml.baris_individu_2022(),
                   lembar="P3keInd")


def _tanpa_kepala(db_path: Path) -> list[tuple]:
    hasil = [(t["id_keluarga"], t["message"]) for t in temuan_json(db_path)
             if t["rule"] == "KK_TANPA_KEPALA"]
    assert [(t["id_keluarga"], t["pesan"]) for t in temuan_semua_cara(db_path)
            if t["aturan"] == "KK_TANPA_KEPALA"] == hasil
    return hasil


def _rilis(db_path: Path) -> list[tuple]:
    with sdb.terbuka(db_path) as db:
        return db.execute("SELECT nama_file, rilis FROM impor_file ORDER BY id").fetchall()


def test_individu_rilis_lama_hari_sama_tidak_berkata_apa_pun(db_path, tmp_path):
    _impor(db_path, _individu_2023(tmp_path, "individu", 2022))
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    assert _rilis(db_path) == [("individu.csv", "2022"), ("kepala.xlsx", "2023")]
    assert _tanpa_kepala(db_path) == []
    # the new release's Individu file, still without the fourth family, does speak for it
    _impor(db_path, _individu_2023(tmp_path, "individu2", 2023))
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]


def test_keluarga_rilis_baru_dulu_lalu_individu_2022(db_path, tmp_path):
    """The other order, and the old release in its own layout (2022, no such column)."""
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    _impor(db_path, _individu_2022(tmp_path))
    assert _rilis(db_path) == [("kepala.xlsx", "2023"), ("individu2022.xlsx", "2022")]
    assert _tanpa_kepala(db_path) == []


def test_rilis_sama_hari_berbeda_tetap_temuan(db_path, tmp_path):
    """The same release imported on two days: the Individu file's silence counts (the day
    rule said nothing, an earlier day being taken for an older release)."""
    _impor(db_path, _individu_2023(tmp_path, "individu", 2023))
    _geser_impor_ke_kemarin(db_path)
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]


def test_tanpa_tanda_rilis_aturan_hari(db_path, tmp_path):
    """Files imported before the release was recorded (migration 0014): the day rule decides,
    as before: the Individu file of an earlier day says nothing about the newer family."""
    _impor(db_path, _individu_2023(tmp_path, "individu", 2023))
    _geser_impor_ke_kemarin(db_path)
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    assert _tanpa_kepala(db_path) == [(KEEMPAT, PESAN_RILIS)]  # one release: it speaks
    with sdb.terbuka(db_path) as db:
        db.execute("UPDATE impor_file SET rilis = NULL")
        db.conn.commit()
    assert [t for t in temuan_semua_cara(db_path) if t["aturan"] == "KK_TANPA_KEPALA"] == []


def test_tanpa_tanda_rilis_hari_sama_satu_rilis(db_path, tmp_path):
    """Without release markers the old release's file of the same day still counts as the same
    release (the fallback this stop keeps), with the day rule's message."""
    _impor(db_path, _individu_2023(tmp_path, "individu", 2022))
    _impor(db_path, _berkas_kepala(tmp_path, "kepala"))
    with sdb.terbuka(db_path) as db:
        db.execute("UPDATE impor_file SET rilis = NULL")
        db.conn.commit()
    assert [(t["id_keluarga"], t["pesan"]) for t in temuan_semua_cara(db_path)
            if t["aturan"] == "KK_TANPA_KEPALA"] == [(KEEMPAT, (
                "Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, diimpor pada "
                "hari keluarga ini pertama masuk atau sesudahnya, tidak memuat keluarga ini, "
                "juga tidak kepala keluarganya"))]
