"""Re-importing a newer file for the same area: source values updated by ID, verification work
kept (written through the storage verification API), families and members added, changed and
no longer present (marked, not deleted); the same file twice changes nothing; a failed or
cancelled import leaves the database exactly as it was."""

from __future__ import annotations

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import verifikasi as sv
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_xlsx
from tests.conftest import cuplikan

OPERATOR = Pengguna("Ani", Peran.OPERATOR)
VERIFIKATOR = Pengguna("Budi", Peran.VERIFIKATOR)


def _xlsx(tmp_path, nama, rows):
    return tulis_xlsx(tmp_path / nama, [("Individu", HEADER_INDIVIDU, rows)])


def _baris_baru():
    """The newer file: P3KE001 member 03 gone, a new member 04, P3KE002's address changed,
    P3KE003 gone from its desa, a new family P3KE004 in P3KE003's desa."""
    rows = baris_individu({3: {"Alamat": "Gg. Mawar 20"}, 4: {"Alamat": "Gg. Mawar 20"}})
    del rows[2]  # P3KE00103
    rows.insert(2, ["P3KE001", "6172011001", 1, "Jl. Tani 1", "P3KE00104", "Bayi Baru",
                    "6172010101230005", "2023-01-01", "Laki-laki", "Anak", "Belum Kawin",
                    "Tidak/Belum Sekolah"])
    rows = [r for r in rows if r[0] != "P3KE003"]
    rows.append(["P3KE004", "6172021001", 4, "Jl. Baru 4", "P3KE00401", "Hasan",
                 "6172020303750001", "1975-03-03", "Laki-laki", "Kepala Keluarga", "Kawin",
                 "Tamat SD/Sederajat"])
    return rows


def _verifikasi(db):
    data = sv.muat(db, "P3KE001")
    sv.simpan(db, "P3KE001", OPERATOR, Verifikasi(
        status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-20",
        nama_verifikator="Ani", catatan="Rumah panggung"), data.versi,
        koreksi={"alamat": "Jl. Tani 1A"},
        anggota=[sv.PerubahanAnggota("P3KE00102", nik_perbaikan="6172015003850012",
                                     catatan="KTP baru"),
                 sv.PerubahanAnggota(None, data_baru={
                     "nama": "Nenek", "hubungan": "Lainnya", "jenis_kelamin": "Perempuan"})])
    sv.ubah_persetujuan(db, "P3KE001", OPERATOR, AksiPersetujuan.AJUKAN, 1)
    data3 = sv.muat(db, "P3KE003")
    sv.simpan(db, "P3KE003", OPERATOR, Verifikasi(
        status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-21",
        nama_verifikator="Ani"), data3.versi)


def _kerja_verifikasi(db):
    """Everything the verification work wrote (to compare before and after a re-import); new
    records of the re-import get fresh verification rows, so only the first import's count."""
    return {
        "keluarga": db.execute("SELECT * FROM verifikasi_keluarga WHERE id_keluarga IN "
                               "('P3KE001', 'P3KE002', 'P3KE003') ORDER BY 1").fetchall(),
        "anggota": db.execute("SELECT * FROM verifikasi_anggota WHERE id_individu NOT IN "
                              "('P3KE00104', 'P3KE00401') ORDER BY 1").fetchall(),
        "baru": db.execute("SELECT id_individu, nama, asal FROM anggota WHERE asal = 'baru'"
                           ).fetchall(),
    }


def test_impor_ulang_memperbarui_sumber_dan_menjaga_verifikasi(db, tmp_path):
    impor_p3ke.impor(db, [_xlsx(tmp_path, "p3ke_2023_v1.xlsx", baris_individu())])
    _verifikasi(db)
    kerja = _kerja_verifikasi(db)
    audit_sebelum = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    hasil = impor_p3ke.impor(db, [_xlsx(tmp_path, "p3ke_2023_v2.xlsx", _baris_baru())])
    r = hasil.ringkasan
    assert (r.keluarga_baru, r.keluarga_berubah, r.keluarga_hilang) == (1, 1, 1)
    assert (r.anggota_baru, r.anggota_berubah, r.anggota_hilang) == (2, 0, 3)
    assert r.id_keluarga_hilang == ["P3KE003"]
    pesan = hasil.pesan()
    assert "Keluarga baru 1, berubah 1, tidak ada lagi di berkas 1" in pesan
    assert "anggota baru 2, berubah 0, tidak ada lagi 3" in pesan

    # verification work untouched, byte for byte (members of the vanished family included)
    assert _kerja_verifikasi(db) == kerja
    data = sv.muat(db, "P3KE001")
    assert data.verifikasi.status_verifikasi == "DITEMUKAN"
    assert data.verifikasi.persetujuan == "DIAJUKAN"
    assert data.nilai["alamat"] == "Jl. Tani 1A"  # local correction still in force
    assert data.sumber["alamat"] == "Jl. Tani 1"
    nenek = [a for a in data.anggota if a["nama"] == "Nenek"]
    assert len(nenek) == 1 and nenek[0]["asal"] == "baru"  # a member added locally stays
    assert {a["id_individu"]: a["nik_perbaikan"] for a in data.anggota}["P3KE00102"] == \
        "6172015003850012"

    # source values updated by ID; vanished records marked, not deleted
    assert db.execute("SELECT alamat FROM keluarga WHERE id_keluarga='P3KE002'"
                      ).fetchone()[0] == "Gg. Mawar 20"
    assert db.execute("SELECT ada_di_sumber FROM keluarga WHERE id_keluarga='P3KE003'"
                      ).fetchone()[0] == 0
    assert db.execute("SELECT ada_di_sumber FROM anggota WHERE id_individu='P3KE00103'"
                      ).fetchone()[0] == 0
    assert db.execute("SELECT ada_di_sumber, count(*) FROM anggota WHERE id_keluarga='P3KE003' "
                      "GROUP BY 1").fetchall() == [(0, 2)]
    assert sv.muat(db, "P3KE003").verifikasi.status_verifikasi == "DITEMUKAN"
    assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 4
    # the import is in the audit trail and in the batch table
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_sebelum + 1
    assert db.execute("SELECT keluarga_baru, keluarga_hilang, anggota_hilang FROM impor "
                      "ORDER BY id DESC LIMIT 1").fetchone() == (1, 1, 3)


def test_keluarga_yang_kembali_ditandai_ada_lagi(db, tmp_path):
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v1.xlsx", baris_individu())])
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v2.xlsx", _baris_baru())])
    hasil = impor_p3ke.impor(db, [_xlsx(tmp_path, "v3.xlsx", baris_individu(
        {5: {"Alamat": "Jl. Pahlawan 3A"}, 6: {"Alamat": "Jl. Pahlawan 3A"}}))])
    assert db.execute("SELECT count(*) FROM keluarga WHERE ada_di_sumber = 0").fetchone()[0] == 1
    assert db.execute("SELECT id_keluarga FROM keluarga WHERE ada_di_sumber = 0"
                      ).fetchone()[0] == "P3KE004"
    assert hasil.ringkasan.keluarga_hilang == 1


def test_wilayah_lain_tidak_dianggap_hilang(db, tmp_path):
    """'Same area' = the desa (Kode Kemdagri) present in the new file: a file for another desa
    adds its families and marks nothing elsewhere."""
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v1.xlsx", baris_individu())])
    rows = [["P3KE900", "6172031001", 1, "Jl. Lain", "P3KE90001", "Orang Lain",
             "6172030303750001", "1975-03-03", "Laki-laki", "Kepala Keluarga", "Kawin",
             "Tamat SD/Sederajat"]]
    hasil = impor_p3ke.impor(db, [_xlsx(tmp_path, "desa_lain.xlsx", rows)])
    assert (hasil.ringkasan.keluarga_baru, hasil.ringkasan.keluarga_hilang) == (1, 0)
    assert db.execute("SELECT count(*) FROM keluarga WHERE ada_di_sumber = 0").fetchone()[0] == 0


def test_berkas_sama_dua_kali_tidak_mengubah_apa_pun_dan_mengatakannya(db, tmp_path):
    path = _xlsx(tmp_path, "sama.xlsx", baris_individu())
    impor_p3ke.impor(db, [path])
    _verifikasi(db)
    sebelum = cuplikan(db)
    hasil = impor_p3ke.impor(db, [path])
    assert hasil.sudah_pernah
    assert hasil.pesan() == ("Berkas ini sudah pernah diimpor (SHA-256 sama); "
                             "tidak ada yang diubah.")
    assert cuplikan(db) == sebelum


def test_isi_sama_berkas_lain_tidak_mengubah_nilai(db, tmp_path):
    impor_p3ke.impor(db, [_xlsx(tmp_path, "a.xlsx", baris_individu())])
    hasil = impor_p3ke.impor(db, [tulis_xlsx(tmp_path / "b.xlsx", [
        ("Lembar Lain", HEADER_INDIVIDU, baris_individu())])])
    r = hasil.ringkasan
    assert (r.keluarga_baru, r.keluarga_berubah, r.keluarga_hilang, r.anggota_baru,
            r.anggota_berubah, r.anggota_hilang) == (0, 0, 0, 0, 0, 0)


def test_impor_gagal_di_tengah_tidak_mengubah_apa_pun(db, tmp_path):
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v1.xlsx", baris_individu())])
    _verifikasi(db)
    sebelum = cuplikan(db)
    rusak = _baris_baru()
    rusak[-1][0] = None  # last row without ID Keluarga: fails after the others were staged
    with pytest.raises(impor_p3ke.KesalahanImpor, match="baris 7, kolom A"):
        impor_p3ke.impor(db, [_xlsx(tmp_path, "v2.xlsx", rusak)])
    assert cuplikan(db) == sebelum


@pytest.mark.parametrize("saat", ["Membaca baris", "Menggabungkan data",
                                  "Memeriksa kualitas data"])
def test_batal_di_setiap_tahap_tidak_menulis_apa_pun(db, tmp_path, saat):
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v1.xlsx", baris_individu())])
    _verifikasi(db)
    sebelum = cuplikan(db)
    tahap: list[str] = []
    with pytest.raises(impor_p3ke.Dibatalkan):
        impor_p3ke.impor(db, [_xlsx(tmp_path, "v2.xlsx", _baris_baru())],
                         kemajuan=lambda pesan, _f: tahap.append(pesan),
                         batal=lambda: saat in tahap)
    assert saat in tahap
    assert cuplikan(db) == sebelum


def test_pencadangan_dipanggil_sebelum_menulis(db, tmp_path):
    urutan: list[str] = []

    def cadangan(basis):
        urutan.append("cadangan")
        assert basis.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 0

    impor_p3ke.impor(db, [_xlsx(tmp_path, "v1.xlsx", baris_individu())],
                     sebelum_menulis=cadangan,
                     kemajuan=lambda pesan, _f: urutan.append(pesan))
    assert urutan.index("cadangan") < urutan.index("Membaca baris")


def test_pencarian_mengikuti_impor_ulang_sebagian(db, tmp_path, berkas_demo_2022):
    """A re-import of one desa refreshes the search rows of the families it touched (not a
    rebuild of every family): new names are found, names gone from a family are not."""
    from kalbar_desktop.storage import cari, daftar

    impor_p3ke.impor(db, berkas_demo_2022)  # 80 families elsewhere
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v1.xlsx", baris_individu())])
    rows = baris_individu({2: {"Nama": "Zulkarnain Baru"}})
    impor_p3ke.impor(db, [_xlsx(tmp_path, "v2.xlsx", rows)])

    def cari_id(teks):
        return {r[0] for r in db.execute(
            "SELECT id_keluarga FROM keluarga WHERE rowid IN "
            "(SELECT rowid FROM cari_nama WHERE cari_nama MATCH ?)",
            [cari.kata_kunci(teks)[0][0] + "*"])}

    assert cari_id("Zulkarnain") == {"P3KE001"}
    assert cari_id("Rizky") & {"P3KE001"} == set()
    assert daftar.jumlah(db, daftar.Saring(cari="Zulkarnain")) == 1


def test_desa_yang_tidak_ada_di_berkas_disebut_tidak_ditandai(db, tmp_path):
    """A newer file with one desa only: the other desa of its kecamatan is named as missing,
    the other kecamatan counted; their families stay as they were, and another district's
    family in the same database is none of the summary's business."""
    lain = ["P3KE900", "6171011001", 1, "Jl. Kota", "P3KE90001", "Dewi", "6171014101900001",
            "1990-01-01", "Perempuan", "Kepala Keluarga", "Kawin", "Tamat SD/Sederajat"]
    impor_p3ke.impor(db, [_xlsx(tmp_path, "lama.xlsx", [*baris_individu(), lain])])
    baru = [r for r in baris_individu() if r[1] == "6172011001"]
    hasil = impor_p3ke.impor(db, [_xlsx(tmp_path, "baru.xlsx", baru)])

    daftar = hasil.ringkasan.desa_tidak_ada
    assert [(d.kode_kemdagri, d.jumlah_keluarga, d.kecamatan_ada_di_berkas) for d in daftar] \
        == [("6172011002", 1, True), ("6172021001", 1, False)]
    assert hasil.ringkasan.keluarga_hilang == 0
    assert db.execute("SELECT count(*) FROM keluarga WHERE ada_di_sumber = 0").fetchone()[0] == 0
    pesan = hasil.pesan()
    assert ("1 desa tidak ada sama sekali di berkas ini, padahal desa lain di kecamatannya ada: "
            "6172011002 (Kec. 617201, 1 keluarga)") in pesan
    assert "1 kecamatan lain di kabupaten ini (1 keluarga) tidak ada di berkas ini" in pesan
    assert "tidak ditandai \"tidak ada lagi\"" in pesan
    assert "6171" not in pesan

    # the same desa again: nothing is missing any more
    ulang = impor_p3ke.impor(db, [_xlsx(tmp_path, "lengkap.xlsx", baris_individu({
        0: {"Alamat": "Jl. Tani 1B"}}))])
    assert ulang.ringkasan.desa_tidak_ada == []
    assert "tidak ada sama sekali" not in ulang.pesan()


def test_perintah_import_menyebut_desa_yang_tidak_ada(db_path, tmp_path):
    from click.testing import CliRunner

    from kalbar_desktop.cli import main

    lama = _xlsx(tmp_path, "lama.xlsx", baris_individu())
    baru = _xlsx(tmp_path, "baru.xlsx", [r for r in baris_individu() if r[1] == "6172011001"])
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db_path), "import", str(lama)]).exit_code == 0
    hasil = runner.invoke(main, ["--db", str(db_path), "import", str(baru)])
    assert hasil.exit_code == 0, hasil.output
    assert "1 desa tidak ada sama sekali di berkas ini" in hasil.output
    assert "6172011002 (Kec. 617201, 1 keluarga)" in hasil.output
