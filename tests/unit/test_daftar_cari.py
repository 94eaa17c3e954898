"""The household list queries: search (FTS5 kept current on import and save), filters, sorts,
the region tree counts and the incremental findings recompute."""

import csv

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import cari, daftar, wilayah
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage.daftar import Saring

OPERATOR = Pengguna("Ani", Peran.OPERATOR)


def _id(db, saring: Saring, urut="id_keluarga", menurun=False) -> list[str]:
    rowid = daftar.daftar_id(db, saring, urut, menurun)
    nilai = daftar.baris(db, rowid, ["id_keluarga"])
    return [nilai[r][0] for r in rowid]


def _ditemukan(**kw):
    data = {"status_verifikasi": "DITEMUKAN", "kelayakan": "LAYAK",
            "tanggal_kunjungan": "2026-11-20", "nama_verifikator": "Ani"}
    data.update(kw)
    return Verifikasi(**data)


def test_kata_kunci_memisahkan_nama_dan_nomor():
    assert cari.kata_kunci("siti aminah") == (["siti", "aminah"], [])
    assert cari.kata_kunci("6172 0155 0890") == ([], ["617201550890"])
    assert cari.kata_kunci("Bong 617201") == (["Bong"], ["617201"])
    assert cari.kata_kunci("O'Brien") == (["O", "Brien"], [])
    assert cari.kata_kunci("  ") == ([], [])


@pytest.mark.parametrize("teks", ['Siti "', "Siti-Santoso", "Jl. Saputra", "O'Brien", "*", "-",
                                  "NEAR(", "a AND OR", '"', "[", "61*"])
def test_teks_aneh_tidak_membuat_galat(db_demo, teks):
    daftar.daftar_id(db_demo, Saring(cari=teks))


def test_cari_nama_kepala_dan_anggota_sebagai_awalan(db_demo):
    k = db_demo.execute("SELECT id_keluarga, nama_kepala FROM keluarga LIMIT 1 OFFSET 7"
                        ).fetchone()
    kata = k[1].split()[0]
    hasil = _id(db_demo, Saring(cari=kata[:3].lower()))
    assert k[0] in hasil
    harus = {r[0] for r in db_demo.execute(
        "SELECT DISTINCT k.id_keluarga FROM keluarga k LEFT JOIN anggota a USING (id_keluarga) "
        "WHERE (' ' || k.nama_kepala) LIKE ? OR (' ' || a.nama) LIKE ?",
        [f"% {kata[:3]}%", f"% {kata[:3]}%"])}
    assert set(hasil) == harus
    # a member's name that is not the head's
    a = db_demo.execute("SELECT a.id_keluarga, a.nama FROM anggota a JOIN keluarga k "
                        "USING (id_keluarga) WHERE a.nama <> k.nama_kepala LIMIT 1").fetchone()
    assert a[0] in _id(db_demo, Saring(cari=a[1]))


def test_cari_nik_anggota_penuh_dan_sebagian_no_kk_dan_id(db_demo):
    a = db_demo.execute("SELECT id_keluarga, nik FROM anggota WHERE length(nik) = 16 "
                        "AND hubungan <> 'Kepala Keluarga' LIMIT 1 OFFSET 3").fetchone()
    assert _id(db_demo, Saring(cari=a[1]))[0] == a[0]
    assert a[0] in _id(db_demo, Saring(cari=a[1][-7:]))
    assert a[0] in _id(db_demo, Saring(cari=a[1][4:12]))
    assert a[0] in _id(db_demo, Saring(cari=" ".join([a[1][:4], a[1][4:8], a[1][8:]])))
    idk = db_demo.execute("SELECT id_keluarga FROM keluarga LIMIT 1 OFFSET 5").fetchone()[0]
    assert _id(db_demo, Saring(cari=idk)) == [idk]
    # the 2023 layout has no No KK: one entered as a local correction is found
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0, koreksi={"no_kk": "6172010101100077"})
    assert _id(db_demo, Saring(cari="6172010101100077")) == [idk]
    assert _id(db_demo, Saring(cari="0000000000000000")) == []


def test_cari_mengikuti_simpan_perbaikan_nik_dan_koreksi_nama(db_demo):
    idk = db_demo.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 1"
                          ).fetchone()[0]
    data = sv.muat(db_demo, idk)
    a = data.anggota[0]
    nik_baru = "6172015508900123" if a["nik"] != "6172015508900123" else "6172015508900124"
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), data.versi,
              koreksi={"nama_kepala": "Zulkarnain Perbaikan"},
              anggota=[sv.PerubahanAnggota(a["id_individu"], nik_perbaikan=nik_baru)])
    assert idk in _id(db_demo, Saring(cari=nik_baru))
    assert idk in _id(db_demo, Saring(cari=a["nik"]))  # the source value is still found
    assert _id(db_demo, Saring(cari="zulkar perbai")) == [idk]
    usulan = sv.tambah_usulan_baru(
        db_demo, OPERATOR, {"kode_kemdagri": data.kode_wilayah, "nama_kepala": "Qomariah"},
        [{"nama": "Qomariah", "hubungan": "Kepala Keluarga", "nik": "6172015508900999"}],
        _ditemukan())
    assert _id(db_demo, Saring(cari="qomar")) == [usulan]
    assert _id(db_demo, Saring(cari="8900999")) == [usulan]


def test_cari_terisi_setelah_impor_dari_csv(db, tmp_path):
    from kalbar_desktop.exchange import impor_p3ke

    berkas = tmp_path / "keluarga.csv"
    with berkas.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["ID Keluarga P3KE", "Kode Kemdagri", "Desil Kesejahteraan",
                    "Nama Kepala Keluarga", "NIK Kepala Keluarga", "No KK"])
        w.writerow(["P1", "6172011001", "1", "Ñoño Łukasz", "6172014101800001",
                    "6172010101100001"])
        w.writerow(["P2", "6172011002", "2", "Sri Wahyuni", "6172015101800002", ""])
    impor_p3ke.impor(db, [berkas])
    assert _id(db, Saring(cari="nono")) == ["P1"]  # diacritics do not matter
    assert _id(db, Saring(cari="łuk")) == ["P1"]
    assert _id(db, Saring(cari="15101800")) == ["P2"]
    assert _id(db, Saring(cari="P2")) == ["P2"]


def test_saring_dan_urut(db_demo):
    semua = _id(db_demo, Saring())
    assert semua == sorted(semua)
    assert _id(db_demo, Saring(), menurun=True) == sorted(semua, reverse=True)
    desil1 = set(_id(db_demo, Saring(desil="1")))
    assert desil1 == {r[0] for r in db_demo.execute(
        "SELECT id_keluarga FROM keluarga WHERE desil = '1'")}
    kode = db_demo.execute("SELECT kode_kemdagri FROM keluarga LIMIT 1").fetchone()[0]
    kec = _id(db_demo, Saring(kode_wilayah=kode[:6]))
    assert kec and all(db_demo.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga=?",
                                       [i]).fetchone()[0].startswith(kode[:6]) for i in kec)
    assert len(_id(db_demo, Saring(kelayakan=daftar.KOSONG))) == len(semua)
    idk = semua[0]
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0)
    assert _id(db_demo, Saring(status_verifikasi="DITEMUKAN")) == [idk]
    assert _id(db_demo, Saring(kelayakan="LAYAK", kode_wilayah=kode[:2])) == [idk]
    assert idk not in _id(db_demo, Saring(kelayakan=daftar.KOSONG))
    assert _id(db_demo, Saring(status_verifikasi="DITEMUKAN"), "status_verifikasi") == [idk]
    dengan_temuan = _id(db_demo, Saring(hanya_dengan_temuan=True))
    assert set(dengan_temuan) == {r[0] for r in db_demo.execute(
        "SELECT DISTINCT id_keluarga FROM temuan WHERE id_keluarga IS NOT NULL")}
    for kolom in ("nama_kepala", "nik_kepala", "desil", "desa", "status_verifikasi",
                  "kelayakan", "persetujuan", "jumlah_temuan"):
        naik = daftar.daftar_id(db_demo, Saring(), kolom)
        turun = daftar.daftar_id(db_demo, Saring(), kolom, True)
        assert sorted(naik) == sorted(turun) and len(naik) == len(semua)
        nilai = daftar.baris(db_demo, naik, [kolom])
        urutan = [nilai[r][0] if nilai[r][0] is not None else "" for r in naik]
        if kolom == "jumlah_temuan":
            assert urutan == sorted(urutan)
        else:
            assert [str(x) for x in urutan] == sorted(str(x) for x in urutan)


def test_wilayah_pengguna_membatasi_daftar(db_demo):
    kode = db_demo.execute("SELECT kode_kemdagri FROM keluarga LIMIT 1").fetchone()[0]
    hasil = _id(db_demo, Saring(wilayah_pengguna=(kode,)))
    assert hasil and len(hasil) == db_demo.execute(
        "SELECT count(*) FROM keluarga WHERE kode_kemdagri = ?", [kode]).fetchone()[0]


def test_pohon_menghitung_per_tingkat(db_demo):
    simpul = {s.kode: s for s in wilayah.pohon(db_demo)}
    total = db_demo.execute("SELECT count(*) FROM keluarga").fetchone()[0]
    assert sum(s.keluarga for s in simpul.values() if s.tingkat == "kabupaten_kota") == total
    for s in simpul.values():
        if s.tingkat == "kecamatan":
            assert s.keluarga == sum(d.keluarga for d in simpul.values() if d.induk == s.kode)
    idk, kode = db_demo.execute("SELECT id_keluarga, kode_kemdagri FROM keluarga LIMIT 1"
                                ).fetchone()
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0)
    baru = {s.kode: s for s in wilayah.pohon(db_demo)}
    assert baru[kode].terverifikasi == simpul[kode].terverifikasi + 1
    assert baru[kode[:4]].terverifikasi == simpul[kode[:4]].terverifikasi + 1


def test_hitung_ulang_keluarga_sama_dengan_hitung_ulang_semua(db_demo):
    """The incremental recompute after a save leaves the same findings as a full run."""
    def isi():
        return sorted(db_demo.execute(
            "SELECT aturan, id_keluarga, id_individu, kolom, nilai, pesan FROM temuan"
        ).fetchall(), key=str)

    a, b = db_demo.execute(
        "SELECT a.id_keluarga, a.id_individu, a.nik FROM anggota a WHERE length(a.nik) = 16 "
        "ORDER BY a.id_keluarga LIMIT 2").fetchall()[0], db_demo.execute(
        "SELECT a.id_keluarga, a.id_individu, a.nik FROM anggota a WHERE length(a.nik) = 16 "
        "ORDER BY a.id_keluarga DESC LIMIT 1").fetchone()
    assert a[0] != b[0]
    # member of family A takes the NIK of a member of family B: a new duplicate in both
    sv.simpan(db_demo, a[0], OPERATOR, _ditemukan(), 0,
              anggota=[sv.PerubahanAnggota(a[1], nik_perbaikan=b[2])])
    setelah = isi()
    assert any(t[0] == "NIK_GANDA" and t[1] == b[0] for t in setelah)
    stemuan.hitung_ulang_semua(db_demo)
    assert isi() == setelah
    # and undone again: the duplicate disappears from B too
    sv.simpan(db_demo, a[0], OPERATOR, _ditemukan(), 1,
              anggota=[sv.PerubahanAnggota(a[1], nik_perbaikan=None)])
    sesudah = isi()
    assert not any(t[0] == "NIK_GANDA" and t[4] == b[2] for t in sesudah)
    stemuan.hitung_ulang_semua(db_demo)
    assert isi() == sesudah


def test_temuan_sementara_melihat_nik_keluarga_lain(db_demo):
    a = db_demo.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 1"
                        ).fetchone()[0]
    lain = db_demo.execute("SELECT nik FROM anggota WHERE id_keluarga <> ? AND length(nik) = 16 "
                           "LIMIT 1", [a]).fetchone()[0]
    data = sv.muat(db_demo, a)
    anggota = [dict(x) for x in data.anggota]
    anggota[0]["nik_perbaikan"] = lain
    hasil = stemuan.periksa_keluarga_sementara(db_demo, {**data.nilai, "id_keluarga": a}, anggota)
    assert any(t.aturan == "NIK_GANDA" and t.nilai == lain for t in hasil)
