"""Black-box checks through the public command line, with P3KE files written from outside
(tests/masukan_luar.py: openpyxl and the csv module, not the demo generator)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml


def _cli(db_path: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)],
                              catch_exceptions=False)


def _keluarga(db_path: Path) -> dict[str, dict]:
    with sdb.terbuka(db_path) as db:
        return {r["id_keluarga"]: r for r in db.query("SELECT * FROM keluarga")}


def test_impor_ulang_individu_saja_tidak_menghapus_data_rumah(db_path, tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    sebelum = _keluarga(db_path)
    assert sebelum["0061720001"]["kepemilikan_rumah"] == "Milik Sendiri"
    # A newer Individu file alone (one person renamed): the housing, assets and aid of the
    # families come only with the Kepala Keluarga file and must stay.
    rows = ml.baris_individu()
    rows[1][ml.INDIVIDU_2023.index("Nama")] = "Siti Aminah Binti Umar"
    baru = ml.xlsx(tmp_path / "individu_baru.xlsx", ml.INDIVIDU_2023, rows, lembar="Individu")
    hasil = _cli(db_path, "import", baru)
    assert hasil.exit_code == 0, hasil.output
    assert "Keluarga baru 0, berubah 0" in hasil.output
    assert "anggota baru 0, berubah 1" in hasil.output
    sesudah = _keluarga(db_path)
    for idk, k in sebelum.items():
        for kolom in ("kepemilikan_rumah", "jenis_atap", "kualitas_lantai", "sumber_air_minum",
                      "penerima_pkh", "penerima_kur", "prioritas_verval", "nik_kepala"):
            assert sesudah[idk][kolom] == k[kolom], (idk, kolom)
