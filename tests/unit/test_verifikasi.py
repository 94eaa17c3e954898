"""The storage verification API: permissions, required fields, no lost update, audit rows."""

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan

OPERATOR = Pengguna("Ani", Peran.OPERATOR)
VERIFIKATOR = Pengguna("Budi", Peran.VERIFIKATOR)


def _id_pertama(db):
    return db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 1"
                      ).fetchone()[0]


def _ditemukan(**kw):
    data = {"status_verifikasi": "DITEMUKAN", "kelayakan": "LAYAK",
            "tanggal_kunjungan": "2026-11-20", "nama_verifikator": "Ani"}
    data.update(kw)
    return Verifikasi(**data)


def test_simpan_menulis_nilai_dan_jejak_audit(db_demo):
    idk = _id_pertama(db_demo)
    data = sv.muat(db_demo, idk)
    assert data.versi == 0 and data.verifikasi.status_verifikasi == "BELUM"
    versi = sv.simpan(db_demo, idk, OPERATOR, _ditemukan(catatan="Rumah panggung"), data.versi)
    assert versi == 1
    baru = sv.muat(db_demo, idk)
    assert baru.verifikasi.status_verifikasi == "DITEMUKAN"
    assert baru.verifikasi.catatan == "Rumah panggung"
    assert baru.diubah_oleh == "Ani"
    kolom = {r["kolom"]: r for r in audit.riwayat_keluarga(db_demo, idk)}
    assert kolom["status_verifikasi"]["nilai_lama"] == "BELUM"
    assert kolom["status_verifikasi"]["nilai_baru"] == "DITEMUKAN"
    assert kolom["status_verifikasi"]["pengguna"] == "Ani"
    assert audit.periksa_rantai(db_demo) == []


def test_isian_wajib_menurut_status_ditolak_tanpa_menulis(db_demo):
    idk = _id_pertama(db_demo)
    sebelum = cuplikan(db_demo)
    with pytest.raises(sv.PerubahanDitolak) as e:
        sv.simpan(db_demo, idk, OPERATOR, Verifikasi(status_verifikasi="PINDAH"), 0)
    assert {m.field for m in e.value.masalah} == {"tanggal_kunjungan", "nama_verifikator",
                                                  "pindah_ke"}
    with pytest.raises(sv.PerubahanDitolak) as e:
        sv.simpan(db_demo, idk, OPERATOR, _ditemukan(kelayakan="TIDAK_LAYAK"), 0)
    assert {m.field for m in e.value.masalah} == {"alasan"}
    assert cuplikan(db_demo) == sebelum


def test_ganda_harus_menunjuk_keluarga_yang_ada(db_demo):
    idk = _id_pertama(db_demo)
    with pytest.raises(sv.PerubahanDitolak, match="tidak ada"):
        sv.simpan(db_demo, idk, OPERATOR,
                  Verifikasi(status_verifikasi="GANDA", id_keluarga_ganda="TIDAK-ADA"), 0)


def test_versi_lama_ditolak_tanpa_kehilangan_perubahan(db_demo):
    idk = _id_pertama(db_demo)
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(catatan="pertama"), 0)
    with pytest.raises(sv.KonflikVersi):
        sv.simpan(db_demo, idk, VERIFIKATOR, _ditemukan(catatan="kedua"), 0)
    assert sv.muat(db_demo, idk).verifikasi.catatan == "pertama"


def test_alur_persetujuan_dan_kunci_setelah_disetujui(db_demo):
    idk = _id_pertama(db_demo)
    v = sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0)
    with pytest.raises(sv.TidakBerwenang):
        sv.ubah_persetujuan(db_demo, idk, OPERATOR, AksiPersetujuan.SETUJUI, v)
    v = sv.ubah_persetujuan(db_demo, idk, OPERATOR, AksiPersetujuan.AJUKAN, v)
    with pytest.raises(sv.PerubahanDitolak):  # a note is required to send back
        sv.ubah_persetujuan(db_demo, idk, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, v)
    v = sv.ubah_persetujuan(db_demo, idk, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, v,
                            "Tanggal kunjungan salah")
    data = sv.muat(db_demo, idk)
    assert data.verifikasi.persetujuan == "DIKEMBALIKAN"
    assert data.verifikasi.catatan_pengembalian == "Tanggal kunjungan salah"
    v = sv.simpan(db_demo, idk, OPERATOR, _ditemukan(tanggal_kunjungan="2026-11-21"), v)
    v = sv.ubah_persetujuan(db_demo, idk, OPERATOR, AksiPersetujuan.AJUKAN, v)
    v = sv.ubah_persetujuan(db_demo, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI, v)
    with pytest.raises(sv.PerubahanDitolak, match="membukanya kembali"):
        sv.simpan(db_demo, idk, VERIFIKATOR, _ditemukan(catatan="x"), v)
    with pytest.raises(sv.PerubahanDitolak):
        sv.ubah_persetujuan(db_demo, idk, VERIFIKATOR, AksiPersetujuan.BUKA_KEMBALI, v)
    v = sv.ubah_persetujuan(db_demo, idk, VERIFIKATOR, AksiPersetujuan.BUKA_KEMBALI, v,
                            "Salah desil")
    assert sv.muat(db_demo, idk).verifikasi.persetujuan == "DRAF"
    aksi = [r["aksi"] for r in audit.riwayat_keluarga(db_demo, idk) if r["kolom"] == "persetujuan"]
    assert aksi == ["BUKA_KEMBALI", "SETUJUI", "AJUKAN", "KEMBALIKAN", "AJUKAN"]
    buka = next(r for r in audit.riwayat_keluarga(db_demo, idk) if r["aksi"] == "BUKA_KEMBALI")
    assert buka["alasan"] == "Salah desil"


def test_operator_di_luar_wilayah_ditolak(db_demo):
    idk = _id_pertama(db_demo)
    kode = sv.muat(db_demo, idk).kode_wilayah
    lain = "617205" if not kode.startswith("617205") else "617201"
    with pytest.raises(sv.TidakBerwenang):
        sv.simpan(db_demo, idk, Pengguna("Ani", Peran.OPERATOR, (lain,)), _ditemukan(), 0)
    sv.simpan(db_demo, idk, Pengguna("Ani", Peran.OPERATOR, (kode[:6],)), _ditemukan(), 0)


def test_anggota_meninggal_nik_diperbaiki_dan_anggota_baru(db_demo):
    idk = _id_pertama(db_demo)
    data = sv.muat(db_demo, idk)
    pertama = data.anggota[0]
    nik_lama = pertama["nik"]
    nik_baru = nik_lama[:-4] + ("0009" if nik_lama[-4:] != "0009" else "0008")
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(pertama["id_individu"], status_anggota="MENINGGAL",
                            nik_perbaikan=nik_baru),
        sv.PerubahanAnggota(None, data_baru={"nama": "Bayi Baru", "hubungan": "Anak",
                                             "jenis_kelamin": "P",
                                             "tanggal_lahir": "01/10/2026"}),
    ])
    baru = sv.muat(db_demo, idk)
    a = next(x for x in baru.anggota if x["id_individu"] == pertama["id_individu"])
    assert a["status_anggota"] == "MENINGGAL"
    assert a["nik"] == nik_lama  # the source value is kept
    assert a["nik_perbaikan"] == nik_baru
    bayi = baru.anggota[-1]
    assert bayi["nama"] == "Bayi Baru" and bayi["status_anggota"] == "ANGGOTA_BARU"
    assert bayi["jenis_kelamin"] == "Perempuan" and bayi["tanggal_lahir"] == "2026-10-01"
    riwayat = audit.riwayat_keluarga(db_demo, idk)
    assert any(r["kolom"] == "nik_perbaikan" and r["nilai_baru"] == nik_baru for r in riwayat)
    assert any(r["aksi"] == "TAMBAH_ANGGOTA" for r in riwayat)


def test_nik_perbaikan_harus_16_digit(db_demo):
    idk = _id_pertama(db_demo)
    a = sv.muat(db_demo, idk).anggota[0]
    with pytest.raises(sv.PerubahanDitolak, match="16 digit"):
        sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0,
                  anggota=[sv.PerubahanAnggota(a["id_individu"], nik_perbaikan="12345")])


def test_koreksi_disimpan_terpisah_dari_nilai_sumber(db_demo):
    idk = _id_pertama(db_demo)
    sumber = sv.muat(db_demo, idk).sumber["jenis_atap"]
    baru = "Genteng" if sumber != "Genteng" else "Beton"
    sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 0, koreksi={"jenis_atap": baru.upper()})
    data = sv.muat(db_demo, idk)
    assert data.nilai["jenis_atap"] == baru
    assert data.sumber["jenis_atap"] == sumber
    with pytest.raises(sv.PerubahanDitolak, match="pilih nilai"):
        sv.simpan(db_demo, idk, OPERATOR, _ditemukan(), 1, koreksi={"jenis_atap": "Emas"})


def test_usulan_baru(db_demo):
    kode = db_demo.execute("SELECT kode_kemdagri FROM keluarga LIMIT 1").fetchone()[0]
    idk = sv.tambah_usulan_baru(
        db_demo, OPERATOR,
        {"kode_kemdagri": kode, "nama_kepala": "Usman", "alamat": "Gg. Baru 1", "desil": "1"},
        [{"nama": "Usman", "hubungan": "Kepala Keluarga", "jenis_kelamin": "Laki-laki"}],
        _ditemukan())
    assert idk.startswith(f"UB-{kode}-")
    data = sv.muat(db_demo, idk)
    assert data.asal == "usulan_baru"
    assert data.verifikasi.status_verifikasi == "USULAN_BARU"
    assert [a["nama"] for a in data.anggota] == ["Usman"]
    with pytest.raises(sv.PerubahanDitolak):
        sv.tambah_usulan_baru(db_demo, OPERATOR, {"nama_kepala": "Tanpa desa"})


def test_impor_ulang_tidak_menimpa_verifikasi(db, berkas_demo_2023, tmp_path):
    from kalbar_desktop.exchange import demo, impor_p3ke

    impor_p3ke.impor(db, berkas_demo_2023)
    idk = _id_pertama(db)
    sv.simpan(db, idk, OPERATOR, _ditemukan(catatan="sudah dikunjungi"), 0)
    # a newer delivery of the same area (other seed: other values, same IDs)
    lebih_baru = demo.tulis(tmp_path, demo.OpsiDemo(keluarga=120, tata_letak="2023", seed=99))
    hasil = impor_p3ke.impor(db, lebih_baru)
    assert hasil.ringkasan.keluarga_berubah > 0
    data = sv.muat(db, idk)
    assert data.verifikasi.status_verifikasi == "DITEMUKAN"
    assert data.verifikasi.catatan == "sudah dikunjungi"
