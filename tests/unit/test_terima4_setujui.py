"""Acceptance round terima4 (issue 6, region scope): a verifikator limited to a kecamatan who
runs ``approve`` on another region (``--wilayah``, ``--id``, ``--dry-run``) learns only that
those families lie outside her region: not the head's name, not the approval state. Before,
the list of families left out named each head ("6172... (Bong Kim Fui): di luar wilayah")."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.masukan_luar import pasangan_2023

SANDI = "Sungai-Kapuas-77"
LUAR = "0061720003"  # Bong Kim Fui, desa 6172021001 (kecamatan 617202)


def _cli(db_path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)], input=SANDI + "\n")


@pytest.fixture
def db_vera(tmp_path):
    db_path = tmp_path / "kab.db"
    assert _cli(db_path, "import", *pasangan_2023(tmp_path), "--user", "Budi").exit_code == 0
    for nama, peran, wilayah in (("adm", "admin", ()), ("Vera", "verifikator", ("617201",)),
                                 ("Rina", "verifikator", ())):
        opsi = [x for w in wilayah for x in ("--wilayah", w)]
        assert _cli(db_path, "users", "add", nama, "--role", peran, *opsi).exit_code == 0
    return db_path


def _ajukan(db_path, idk):
    rina = Pengguna("Rina", Peran.VERIFIKATOR)
    with sdb.terbuka(db_path) as db:
        v = sv.simpan(db, idk, rina, Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-20",
            nama_verifikator="Rina"), sv.muat(db, idk).versi)
        sv.ubah_persetujuan(db, idk, rina, AksiPersetujuan.AJUKAN, v)


def test_wilayah_luar_ditolak_tanpa_nama(db_vera):
    """A whole region outside the account's is refused (exit 1, task privasi2), naming both
    regions and no family."""
    _ajukan(db_vera, LUAR)
    for keluaran in ([], ["--json"]):
        hasil = _cli(db_vera, "approve", "--wilayah", "617202", "--user", "Vera", "--dry-run",
                     *keluaran)
        assert hasil.exit_code == 1, hasil.output
        assert "Wilayah 617202 di luar wilayah kerja Vera (617201)" in hasil.output
        assert LUAR not in hasil.output and "Bong Kim Fui" not in hasil.output


def test_keluarga_luar_wilayah_tanpa_nama(db_vera):
    _ajukan(db_vera, LUAR)
    for keluaran in ([], ["--json"]):
        hasil = _cli(db_vera, "approve", "--id", LUAR, "--user", "Vera", "--dry-run",
                     *keluaran)
        assert hasil.exit_code == 0, hasil.output
        assert LUAR in hasil.output and "Bong Kim Fui" not in hasil.output
    data = json.loads(hasil.output)
    assert data["dilewati"] == [{"id_keluarga": LUAR, "nama_kepala": None,
                                 "sebab": "LUAR_WILAYAH",
                                 "pesan": sv.LABEL_SEBAB[sv.SebabDilewati.LUAR_WILAYAH]}]


def test_keluarga_luar_wilayah_tidak_diajukan_tidak_dibuka_statusnya(db_vera):
    hasil = _cli(db_vera, "approve", "--id", LUAR, "--user", "Vera", "--json")
    assert hasil.exit_code == 3
    data = json.loads(hasil.output)
    assert [(d["sebab"], d["nama_kepala"]) for d in data["dilewati"]] == [("LUAR_WILAYAH", None)]
