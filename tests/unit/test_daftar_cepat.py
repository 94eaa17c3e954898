"""The fast household list (migration 0007): every filter and sort gives exactly what the plain
join of the families with their verification gives; the copies in ``verifikasi_keluarga`` follow
every way a family is written; an existing database is upgraded (with progress, cancellable);
the identifier search through the position-less trigram index finds what it found before."""

import itertools

import pytest
from click.testing import CliRunner

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import cari, daftar, migrations, wilayah
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage.daftar import KOSONG, Saring

VERIFIKATOR = Pengguna("Vera", Peran.VERIFIKATOR)
OPERATOR = Pengguna("Ani", Peran.OPERATOR)


def _rujukan(db, s: Saring, urut: str, menurun: bool) -> list[int]:
    """The list as the plain join computes it (the query of the first version of the table)."""
    syarat, params = [], []
    for kode in [s.kode_wilayah] if s.kode_wilayah else []:
        syarat.append("k.kode_kemdagri LIKE ?")
        params.append(kode + "%")
    if s.wilayah_pengguna:
        syarat.append("(" + " OR ".join("k.kode_kemdagri LIKE ?" for _ in s.wilayah_pengguna)
                      + ")")
        params.extend(w + "%" for w in s.wilayah_pengguna)
    for kolom, nilai in (("v.status_verifikasi", s.status_verifikasi),
                         ("v.kelayakan", s.kelayakan), ("v.persetujuan", s.persetujuan),
                         ("k.desil", s.desil)):
        if nilai == KOSONG:
            syarat.append(f"({kolom} IS NULL OR {kolom} = '')")
        elif nilai:
            syarat.append(f"{kolom} = ?")
            params.append(nilai)
    if s.hanya_dengan_temuan:
        syarat.append("t.n > 0")
    if s.aturan_temuan:
        syarat.append("k.id_keluarga IN (SELECT id_keluarga FROM temuan WHERE aturan = ?)")
        params.append(s.aturan_temuan)
    if s.tanggal_kunjungan:
        syarat.append("v.tanggal_kunjungan = ?")
        params.append(s.tanggal_kunjungan)
    if s.sudah_diverifikasi is not None:
        syarat.append("v.status_verifikasi " + ("<>" if s.sudah_diverifikasi else "=")
                      + " 'BELUM'")
    sql, p = cari.syarat(s.cari, "k")
    if sql:
        syarat.append(sql)
        params.extend(p)
    kunci = {"desa": "COALESCE(k.desa, w.nama, k.kode_kemdagri)",
             "jumlah_temuan": "COALESCE(t.n, 0)"}.get(urut, f"{daftar.KOLOM[urut]}")
    arah = "DESC" if menurun else "ASC"
    where = ("WHERE " + " AND ".join(syarat)) if syarat else ""
    return [b[0] for b in db.execute(
        "SELECT k.rowid FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) "
        "LEFT JOIN wilayah w ON w.kode = k.kode_kemdagri "
        "LEFT JOIN (SELECT id_keluarga, count(*) AS n FROM temuan WHERE id_keluarga IS NOT NULL "
        f"GROUP BY id_keluarga) t USING (id_keluarga) {where} "
        f"ORDER BY {kunci} {arah}, k.id_keluarga {arah}", params)]


def _verifikasi_sebagian(db) -> None:
    """Give the demo families every status, kelayakan and approval state."""
    ids = [r[0] for r in db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga")]
    for i, idk in enumerate(ids[:40]):
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan=("LAYAK", "TIDAK_LAYAK")[i % 2],
                       alasan="MAMPU" if i % 2 else None,
                       tanggal_kunjungan=f"2026-11-{10 + i % 5:02d}", nama_verifikator="Ani")
        sv.simpan(db, idk, OPERATOR, v, sv.muat(db, idk).versi)
    for idk in ids[:12]:
        sv.ubah_persetujuan(db, idk, OPERATOR, AksiPersetujuan.AJUKAN, sv.muat(db, idk).versi)
    for idk in ids[:4]:
        sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI,
                            sv.muat(db, idk).versi)
    sv.ubah_persetujuan(db, ids[5], VERIFIKATOR, AksiPersetujuan.KEMBALIKAN,
                        sv.muat(db, ids[5]).versi, "Foto rumah kurang")


def _salinan_rusak(db) -> int:
    return db.execute(
        "SELECT count(*) FROM verifikasi_keluarga v LEFT JOIN keluarga k USING (id_keluarga) "
        "WHERE v.rowid_keluarga IS NOT k.rowid "
        "OR v.kode_kemdagri_keluarga IS NOT k.kode_kemdagri").fetchone()[0]


@pytest.fixture
def db_terisi(db_demo):
    _verifikasi_sebagian(db_demo)
    return db_demo


def test_setiap_saring_dan_urutan_sama_dengan_join_biasa(db_terisi):
    db = db_terisi
    kode = db.execute("SELECT kode_kemdagri FROM keluarga ORDER BY id_keluarga LIMIT 1"
                      ).fetchone()[0]
    nama = db.execute("SELECT nama_kepala FROM keluarga LIMIT 1 OFFSET 9").fetchone()[0]
    nik = db.execute("SELECT nik FROM anggota WHERE length(nik) = 16 LIMIT 1 OFFSET 30"
                     ).fetchone()[0]
    aturan = db.execute("SELECT aturan FROM temuan LIMIT 1").fetchone()[0]
    saringan = [
        Saring(), Saring(kode_wilayah=kode[:4]), Saring(kode_wilayah=kode),
        Saring(wilayah_pengguna=(kode[:6], "6101")),
        Saring(status_verifikasi="DITEMUKAN"), Saring(status_verifikasi="BELUM", desil="1"),
        Saring(kelayakan=KOSONG), Saring(kelayakan="LAYAK", kode_wilayah=kode[:6]),
        Saring(persetujuan="DIAJUKAN"), Saring(persetujuan="DIKEMBALIKAN"),
        Saring(desil="2"), Saring(hanya_dengan_temuan=True),
        Saring(hanya_dengan_temuan=True, status_verifikasi="BELUM"),
        Saring(aturan_temuan=aturan), Saring(tanggal_kunjungan="2026-11-12"),
        Saring(sudah_diverifikasi=True), Saring(sudah_diverifikasi=False, desil="3"),
        Saring(cari=nama.split()[0][:3]), Saring(cari=nik[-8:]), Saring(cari="61"),
        Saring(cari=nama.split()[0][:3], kelayakan="LAYAK"), Saring(cari=nik, desil="9"),
    ]
    urutan = ["id_keluarga", "nama_kepala", "nik_kepala", "desil", "desa",
              "status_verifikasi", "kelayakan", "persetujuan", "jumlah_temuan"]
    kosong = 0
    for s, urut, menurun in itertools.product(saringan, urutan, (False, True)):
        harus = _rujukan(db, s, urut, menurun)
        assert daftar.daftar_id(db, s, urut, menurun) == harus, (s, urut, menurun)
        kosong += not harus
    for s in saringan:
        assert daftar.jumlah(db, s) == len(_rujukan(db, s, "id_keluarga", False)), s
    assert kosong < len(saringan) * len(urutan)  # most combinations select families


def test_pohon_wilayah_sama_dengan_hitungan_join(db_terisi):
    harus = {kode: (n, v) for kode, n, v in db_terisi.execute(
        "SELECT k.kode_kemdagri, count(*), sum(v.status_verifikasi <> 'BELUM') FROM keluarga k "
        "JOIN verifikasi_keluarga v USING (id_keluarga) GROUP BY k.kode_kemdagri")}
    desa = {s.kode: (s.keluarga, s.terverifikasi) for s in wilayah.pohon(db_terisi)
            if len(s.kode) == 10}
    assert desa == harus
    assert sum(v for _n, v in harus.values()) == 40


def test_salinan_keluarga_di_verifikasi_mengikuti_setiap_penulisan(db_terisi, tmp_path):
    db = db_terisi
    assert _salinan_rusak(db) == 0
    # a new family (usulan baru) inserts its verification row with values
    kode = db.execute("SELECT kode_kemdagri FROM keluarga LIMIT 1").fetchone()[0]
    baru = sv.tambah_usulan_baru(
        db, VERIFIKATOR, {"kode_kemdagri": kode, "nama_kepala": "Qomariah"},
        [{"nama": "Qomariah", "hubungan": "Kepala Keluarga", "nik": "6172015508900999"}],
        Verifikasi(status_verifikasi="USULAN_BARU", kelayakan="LAYAK",
                   tanggal_kunjungan="2026-11-20", nama_verifikator="Ani"))
    assert _salinan_rusak(db) == 0
    assert daftar.daftar_id(db, Saring(status_verifikasi="USULAN_BARU"), "kelayakan") == [
        daftar.rowid_keluarga(db, baru)]
    # a family that moved to another desa (a re-import writes the new code)
    idk = db.execute("SELECT id_keluarga FROM keluarga LIMIT 1 OFFSET 3").fetchone()[0]
    with db.atomic():
        db.execute("UPDATE keluarga SET kode_kemdagri = '6101010001' WHERE id_keluarga = ?",
                   [idk])
    assert _salinan_rusak(db) == 0
    assert daftar.rowid_keluarga(db, idk) in daftar.daftar_id(
        db, Saring(kode_wilayah="6101", status_verifikasi="DITEMUKAN"), "status_verifikasi")
    # a verification row inserted the old way (only the ID) gets its copies from the trigger
    with db.atomic():
        db.execute("INSERT INTO keluarga (id_keluarga, kode_kemdagri, nama_kepala) "
                   "VALUES ('X-1', '6172011001', 'Uji')")
        db.execute("INSERT INTO verifikasi_keluarga (id_keluarga) VALUES ('X-1')")
    assert _salinan_rusak(db) == 0


def test_impor_ulang_keluarga_pindah_desa(db, tmp_path):
    from kalbar_desktop.exchange import impor_p3ke
    from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_xlsx

    def berkas(nama, rows):
        return tulis_xlsx(tmp_path / nama, [("Individu", HEADER_INDIVIDU, rows)])

    impor_p3ke.impor(db, [berkas("v1.xlsx", baris_individu())])
    sv.simpan(db, "P3KE002", VERIFIKATOR, Verifikasi(
        status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-20",
        nama_verifikator="Ani"), 0)
    assert {s.kode: s.terverifikasi for s in wilayah.pohon(db)}["6172011002"] == 1
    # the newer file puts P3KE002 (both members) in desa 6172021001
    pindah = baris_individu({3: {"Kode Kemdagri": "6172021001"},
                             4: {"Kode Kemdagri": "6172021001"}})
    impor_p3ke.impor(db, [berkas("v2.xlsx", pindah)])
    assert _salinan_rusak(db) == 0
    pohon = {s.kode: (s.keluarga, s.terverifikasi) for s in wilayah.pohon(db)}
    assert "6172011002" not in pohon and pohon["6172021001"] == (2, 1)
    assert daftar.daftar_id(db, Saring(kode_wilayah="617202", status_verifikasi="DITEMUKAN"),
                            "kelayakan") == [daftar.rowid_keluarga(db, "P3KE002")]


def _db_lama(path, berkas) -> None:
    from tests.skema_lama import buat_db_lama

    buat_db_lama(path, berkas)


def test_basis_data_lama_dinaikkan_dengan_kemajuan(tmp_path, berkas_demo_2023):
    path = tmp_path / "lama.db"
    _db_lama(path, berkas_demo_2023)
    assert sdb.migrasi_tertunda(path)[0] == "0007_daftar_cepat"  # later ones may follow
    with sdb.terbuka(path, migrasi=False) as db:
        nik = db.execute("SELECT nik FROM anggota WHERE length(nik) = 16 LIMIT 1 OFFSET 11"
                         ).fetchone()[0]
        dicari = {t: db.execute(
            "SELECT rowid FROM cari_nomor WHERE cari_nomor MATCH ? ORDER BY rowid",
            [f'"{t}"']).fetchall() for t in (nik, nik[-8:], nik[4:10], "6172")}
    laporan = []
    with sdb.terbuka(path, kemajuan=lambda p, f: laporan.append((p, f))) as db:
        assert migrations.versi_terpasang(db) == migrations.versi_terbaru()
        assert _salinan_rusak(db) == 0
        fraksi = [f for _p, f in laporan]
        assert fraksi == sorted(fraksi) and fraksi[0] == 0.0 and fraksi[-1] == 1.0
        assert len(laporan) > 5 and all("basis data" in p for p, _f in laporan)
        for teks, harus in dicari.items():  # the rebuilt identifier index finds the same
            assert db.execute("SELECT rowid FROM cari_nomor WHERE teks LIKE ? ORDER BY rowid",
                              [f"%{teks}%"]).fetchall() == harus, teks
        assert "detail=none" in db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'cari_nomor'").fetchone()[0].replace(
            " ", "").replace("'", "")
        for urut in ("status_verifikasi", "desa", "jumlah_temuan"):
            assert daftar.daftar_id(db, Saring(), urut) == _rujukan(db, Saring(), urut, False)
    assert sdb.migrasi_tertunda(path) == []


def test_pembaruan_dibatalkan_tidak_mengubah_berkas(tmp_path, berkas_demo_2023):
    path = tmp_path / "lama.db"
    _db_lama(path, berkas_demo_2023)
    with sdb.terbuka(path, migrasi=False) as db:
        from tests.conftest import cuplikan

        sebelum = cuplikan(db)
    langkah = []

    def batal() -> bool:
        return len(langkah) >= 3

    with pytest.raises(migrations.MigrasiDibatalkan, match="dibatalkan"):
        sdb.buka(path, kemajuan=lambda p, f: langkah.append(f), batal=batal)
    with sdb.terbuka(path, migrasi=False) as db:
        assert migrations.versi_terpasang(db) < 7
        assert "rowid_keluarga" not in {r[1] for r in db.execute(
            "PRAGMA table_info(verifikasi_keluarga)")}
        assert cuplikan(db) == sebelum
    with sdb.terbuka(path) as db:  # the next opening upgrades it
        assert migrations.versi_terpasang(db) == migrations.versi_terbaru()


def test_perintah_mengumumkan_pembaruan_struktur(tmp_path, berkas_demo_2023):
    import json

    from kalbar_desktop.cli import main

    path = tmp_path / "lama.db"
    _db_lama(path, berkas_demo_2023)
    hasil = CliRunner().invoke(main, ["--db", str(path), "stats", "--json"],
                               catch_exceptions=False)
    assert hasil.exit_code == 0
    assert "Memperbarui struktur basis data lama.db (0007_daftar_cepat" in hasil.stderr
    assert "100%" in hasil.stderr
    assert json.loads(hasil.stdout)["keluarga"] == 120
    lagi = CliRunner().invoke(main, ["--db", str(path), "stats", "--json"])
    assert "Memperbarui" not in lagi.stderr


def test_cari_nomor_dengan_garis_bawah_tepat(db_demo):
    with db_demo.atomic():  # an ID Keluarga as some files write it
        db_demo.execute("INSERT INTO keluarga (id_keluarga, kode_kemdagri, nama_kepala) "
                        "VALUES ('KEL_617201', '6172011001', 'Uji')")
        db_demo.execute("INSERT INTO verifikasi_keluarga (id_keluarga) VALUES ('KEL_617201')")
    cari.perbarui_keluarga(db_demo, ["KEL_617201"])
    rowid = daftar.rowid_keluarga(db_demo, "KEL_617201")
    assert daftar.daftar_id(db_demo, Saring(cari="kel_617201")) == [rowid]
    assert daftar.daftar_id(db_demo, Saring(cari="L_61")) == [rowid]
    # '_' is a LIKE wildcard: "61_2" must not find every NIK that starts 6172
    assert daftar.daftar_id(db_demo, Saring(cari="61_2")) == []
