"""The SQL filter of the whole-database check skips only families the rules would find clean:
the findings with the filter equal the findings of the rules run on every family."""

from __future__ import annotations

import datetime as dt

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import demo, impor_p3ke, wilayah_csv
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_xlsx
from tests.conftest import WILAYAH_61


def _semua(db) -> list[tuple]:
    return sorted(db.execute(
        "SELECT aturan, id_keluarga, id_individu, kolom, nilai, pesan, file, lembar, baris "
        "FROM temuan").fetchall(), key=repr)


def _sama_dengan_tanpa_saring(db) -> int:
    n = stemuan.hitung_ulang_semua(db)
    dengan = _semua(db)
    assert stemuan.hitung_ulang_semua(db, saring=False) == n
    assert _semua(db) == dengan
    return n


def test_saring_sama_dengan_aturan_penuh(db, tmp_path):
    berkas = demo.tulis(tmp_path / "demo", demo.OpsiDemo(keluarga=400, seed=21, cacat=0.5))
    impor_p3ke.impor(db, berkas)
    assert _sama_dengan_tanpa_saring(db) > 50

    # every kind of defect, and No KK values good and bad, in a file from another program
    header = [*HEADER_INDIVIDU, "No KK"]
    rows = baris_individu({
        0: {"NIK": 6172011508800001}, 1: {"NIK": "6172015003850000"},
        2: {"Tanggal Lahir": "2010-01-02"}, 3: {"Jenis Kelamin": "Laki-laki"},
        4: {"Pendidikan": "Kuliah"}, 5: {"Tanggal Lahir": "31/02/1960"},
        6: {"Hubungan dengan Kepala Keluarga": "Kepala Keluarga", "NIK": None,
            "Jenis Kelamin": None},
    })
    kk = ["6172011508200001", "6172011508200001", "6172011508200001", "617201150820000",
          "6172013213200001", "6172011508200000", "6172011508200000"]
    rows = [[*r, k] for r, k in zip(rows, kk, strict=True)]
    impor_p3ke.impor(db, [tulis_xlsx(tmp_path / "cacat.xlsx", [("Individu", header, rows)])])
    n = _sama_dengan_tanpa_saring(db)

    # local verification work: corrections, a corrected NIK, a member gone, a new member
    ani = Pengguna("Ani", Peran.OPERATOR)
    ids = [r[0] for r in db.execute(
        "SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 3")]
    data = sv.muat(db, ids[0])
    kepala = data.anggota[0]["id_individu"]
    sv.simpan(db, ids[0], ani, Verifikasi(
        status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-20",
        nama_verifikator="Ani"), data.versi, koreksi={"jenis_atap": "Genteng"},
        anggota=[sv.PerubahanAnggota(kepala, status_anggota="MENINGGAL"),
                 sv.PerubahanAnggota(None, data_baru={"nama": "Baru", "hubungan": "Anak"})])
    data = sv.muat(db, ids[1])
    sv.simpan(db, ids[1], ani, Verifikasi(), data.versi, anggota=[
        sv.PerubahanAnggota(data.anggota[0]["id_individu"], nik_perbaikan="6172011508800099")])
    assert _sama_dengan_tanpa_saring(db) != n

    # a region reference makes the region rule count too
    wilayah_csv.impor(db, WILAYAH_61)
    db.execute("UPDATE keluarga SET kode_kemdagri = '6172019999' WHERE id_keluarga = ?", [ids[2]])
    _sama_dengan_tanpa_saring(db)
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'WILAYAH_TIDAK_DIKENAL'"
                      ).fetchone()[0] == 1


def test_saring_tanggal_hari_ini_dan_batas(db, tmp_path):
    hari_ini = dt.date.today()
    besok = hari_ini + dt.timedelta(days=1)
    rows = baris_individu({1: {"Tanggal Lahir": besok.isoformat()},
                           2: {"Tanggal Lahir": "1899-12-31"},
                           4: {"Tanggal Lahir": "2000-02-30"},
                           5: {"Tanggal Lahir": None, "Jenis Kelamin": None}})
    impor_p3ke.impor(db, [tulis_xlsx(tmp_path / "t.xlsx", [("I", HEADER_INDIVIDU, rows)])])
    _sama_dengan_tanpa_saring(db)
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'TANGGAL_TIDAK_VALID'"
                      ).fetchone()[0] == 3
    # the filter hands the rules only the families with something to look at
    stemuan._buat_calon(db, False)
    assert [r[0] for r in db.execute("SELECT id_keluarga FROM temp.calon ORDER BY 1")] == [
        "P3KE001", "P3KE002", "P3KE003"]
