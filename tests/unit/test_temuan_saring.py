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
    nik_lain = db.execute("SELECT nik FROM anggota WHERE id_keluarga = ? AND length(nik) = 16 "
                          "AND nik NOT GLOB '*[^0-9]*' LIMIT 1", [ids[2]]).fetchone()[0]
    sv.simpan(db, ids[1], ani, Verifikasi(), data.versi, anggota=[
        sv.PerubahanAnggota(data.anggota[0]["id_individu"], nik_perbaikan="6172011508800099"),
        sv.PerubahanAnggota(data.anggota[-1]["id_individu"], nik_perbaikan=nik_lain)])
    assert _sama_dengan_tanpa_saring(db) != n
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'NIK_GANDA' AND nilai = ?",
                      [nik_lain]).fetchone()[0] >= 2

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


def _impor_lalu_bandingkan(db, berkas):
    """Import, then check the findings the import left equal the rules run on every family."""
    impor_p3ke.impor(db, berkas)
    setelah_impor = _semua(db)
    stemuan.hitung_ulang_semua(db, saring=False)
    assert setelah_impor == _semua(db)
    return setelah_impor


def test_temuan_setelah_impor_sama_dengan_aturan_penuh(db, tmp_path):
    berkas = demo.tulis(tmp_path / "demo", demo.OpsiDemo(keluarga=300, seed=31, cacat=0.5))
    assert len(_impor_lalu_bandingkan(db, berkas)) > 50

    # verification work, then a newer file: values changed, a member moved to another family,
    # a family gone, a new one with defects, and a local member the file does not know
    ani = Pengguna("Ani", Peran.OPERATOR)
    ids = [r[0] for r in db.execute("SELECT id_keluarga FROM keluarga ORDER BY 1 LIMIT 2")]
    data = sv.muat(db, ids[0])
    sv.simpan(db, ids[0], ani, Verifikasi(), data.versi, koreksi={"jenis_atap": "Genteng"},
              anggota=[sv.PerubahanAnggota(None, data_baru={"nama": "Baru", "hubungan": "Anak"})])
    rows = baris_individu({0: {"ID Keluarga P3KE": ids[1], "Kode Kemdagri": "6172011001"},
                           3: {"Pendidikan": "S2"}})
    _impor_lalu_bandingkan(db, [tulis_xlsx(tmp_path / "v1.xlsx", [("I", HEADER_INDIVIDU, rows)])])
    rows = baris_individu({1: {"Jenis Kelamin": "Laki-laki"}, 4: {"NIK": None}})
    rows = [r for r in rows if r[0] != "P3KE003"]  # P3KE003 gone from its desa
    rows[0][0] = "P3KE002"  # P3KE00101 moves from P3KE001 to P3KE002
    _impor_lalu_bandingkan(db, [tulis_xlsx(tmp_path / "v2.xlsx", [("I", HEADER_INDIVIDU, rows)])])

    # a family-only file: members stay from before and are checked with the new family values
    header_k = ["ID Keluarga P3KE", "Kode Kemdagri", "Desil Kesejahteraan", "Nama Kepala Keluarga",
                "NIK Kepala Keluarga", "Jenis Atap"]
    rows_k = [["P3KE001", "6172011001", 9, "Ahmad", "6172011508800001", "Genteng"],
              ["P3KE002", "6172011002", 2, "Maria", "6172014412700001", "Daun Lontar"],
              # a family without member rows whose head holds a member's NIK
              ["P3KE777", "6172011002", 2, "Maria Lagi", "6172014412700001", "Genteng"]]
    _impor_lalu_bandingkan(db, [tulis_xlsx(tmp_path / "k.xlsx", [("K", header_k, rows_k)])])
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'NIK_GANDA' "
                      "AND id_keluarga = 'P3KE777'").fetchone()[0] == 1

    wilayah_csv.impor(db, WILAYAH_61)
    rows = baris_individu({5: {"Kode Kemdagri": "6172029998"}, 6: {"Kode Kemdagri": "6172029998"}})
    _impor_lalu_bandingkan(db, [tulis_xlsx(tmp_path / "v3.xlsx", [("I", HEADER_INDIVIDU, rows)])])
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'WILAYAH_TIDAK_DIKENAL'"
                      ).fetchone()[0] >= 1


def test_impor_berkas_bersih_tidak_menjalankan_aturan_python(db, berkas_demo_2022, monkeypatch):
    """The importer's per-row flag and the SQL conditions leave nothing doubtful in a clean
    file, so the Python rules see no family (this is what makes a district import fast)."""
    dilihat = []
    asli = stemuan._keluarga_dengan_anggota

    def hitung(*a, **k):
        for kk, anggota in asli(*a, **k):
            dilihat.append(kk["id_keluarga"])
            yield kk, anggota

    monkeypatch.setattr(stemuan, "_keluarga_dengan_anggota", hitung)
    impor_p3ke.impor(db, berkas_demo_2022)
    assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 80
    assert dilihat == []
