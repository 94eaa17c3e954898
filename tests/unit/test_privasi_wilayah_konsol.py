"""Console commands given a region wholly outside the signed-in account's regions refuse with
exit status 1 and a message naming the region and the account's regions, the database
unchanged: ``approve --wilayah`` (which listed the region's families as left out and exited
0), ``export --desa/--kecamatan`` and ``document --desa``. A region that holds the account's
own (a kecamatan around its desa) is still worked on, limited to the account's families."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran, bersinggungan
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import DESA, ID_KELUARGA, OPERATOR_A, db_desa

SANDI = "Sandi-Kuat-123"


@pytest.fixture
def kantor(tmp_path):
    """Six families of one desa, three submitted by the operator; a verifikator of another
    desa (Luar), one of the kecamatan holding it (Kec) and an operator of the desa (Ani)."""
    path = db_desa(tmp_path)
    with sdb.terbuka(path) as db:
        spengguna.tambah(db, "admin", "admin", SANDI, oleh="uji")
        spengguna.tambah(db, "Ani", "operator", SANDI, wilayah=[DESA], oleh="uji")
        spengguna.tambah(db, "Luar", "verifikator", SANDI, wilayah=["6172021001", "617203"],
                         oleh="uji")
        spengguna.tambah(db, "Kec", "verifikator", SANDI, wilayah=[DESA], oleh="uji")
        for idk in ID_KELUARGA[:3]:
            v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                           tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
            versi = sv.simpan(db, idk, OPERATOR_A, v, sv.muat(db, idk).versi)
            sv.ubah_persetujuan(db, idk, OPERATOR_A, AksiPersetujuan.AJUKAN, versi)
    return path


def _jalan(path, *args):
    return CliRunner().invoke(main, ["--db", str(path), *args], input=SANDI + "\n")


def _data(path) -> dict:
    with sdb.terbuka(path) as db:
        isi = cuplikan(db)
        isi["audit_log"] = db.execute("SELECT aksi, id_keluarga FROM audit_log WHERE aksi NOT IN "
                                      "('MASUK', 'MASUK_GAGAL') ORDER BY id").fetchall()
        isi.pop("pengguna")
        isi.pop("audit_segel")
    return isi


@pytest.mark.parametrize("args, akibat", [
    (("approve", "--wilayah", DESA), "tidak ada yang disetujui"),
    (("approve", "--wilayah", "61.72.01", "--dry-run"), "tidak ada yang disetujui"),
    (("export", "luar.xlsx", "--desa", DESA), "tidak ada yang diekspor"),
    (("export", "luar.xlsx", "--kecamatan", "617201", "--dengan-nama", "--alasan", "Rapat desa"),
     "tidak ada yang diekspor"),
    (("document", "daftar-kunjungan", "luar.pdf", "--desa", DESA), "tidak ada yang dicetak"),
])
def test_wilayah_di_luar_akun_ditolak(kantor, tmp_path, monkeypatch, args, akibat):
    monkeypatch.chdir(tmp_path)
    sebelum = _data(kantor)
    r = _jalan(kantor, *args, "--user", "Luar")
    assert r.exit_code == 1, r.output
    kode = DESA if DESA in args else "617201"
    assert (f"Gagal: Wilayah {kode} di luar wilayah kerja Luar (6172021001, 617203); "
            f"{akibat}.") in r.output
    assert _data(kantor) == sebelum
    assert not list(tmp_path.glob("luar.*"))


def test_peran_tanpa_hak_menyetujui_tetap_diberi_tahu_perannya(kantor):
    r = _jalan(kantor, "approve", "--wilayah", "617201", "--user", "Ani")
    assert r.exit_code == 1
    assert "Ani (operator) tidak berwenang" in r.output and "di luar wilayah" not in r.output


def test_kecamatan_yang_memuat_desa_akun_tetap_dikerjakan(kantor):
    r = _jalan(kantor, "approve", "--wilayah", "617201", "--json", "--user", "Kec")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output[r.output.index("{"):])["disetujui"] == ID_KELUARGA[:3]


def test_bersinggungan():
    desa = Pengguna("a", Peran.VERIFIKATOR, (DESA,))
    assert bersinggungan(desa, DESA) and bersinggungan(desa, "617201")
    assert not bersinggungan(desa, "6172011002") and not bersinggungan(desa, "617202")
    assert bersinggungan(Pengguna("b", Peran.VERIFIKATOR), "617299")
