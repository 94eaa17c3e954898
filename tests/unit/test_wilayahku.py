"""A user's scope (``akses.lingkup``) and the storage counts that take it: the region tree
and the status bar's totals of a region-limited account are those of its own families."""

from __future__ import annotations

from kalbar_desktop.domain.akses import Pengguna, Peran, lingkup
from kalbar_desktop.storage import statistik
from kalbar_desktop.storage import wilayah as sw


def test_lingkup_satu_tempat():
    assert lingkup(Pengguna("ani", Peran.OPERATOR, ("6172011001",))) == ("6172011001",)
    assert lingkup(Pengguna("vera", Peran.VERIFIKATOR, ("617202", "6172011001"))) == (
        "617202", "6172011001")
    assert lingkup(Pengguna("budi", Peran.VERIFIKATOR)) == ()
    assert lingkup(Pengguna("adm", Peran.ADMIN, ("617202",))) == ()  # an admin sees everything
    assert lingkup(None) == ()


def test_pohon_dan_jumlah_dalam_lingkup(db_demo):
    db = db_demo
    semua = {s.kode: s.keluarga for s in sw.pohon(db)}
    for wilayah in (("6172011001",), ("617202",), ("617202", "6172011001")):
        syarat = " OR ".join("kode_kemdagri LIKE ?" for _ in wilayah)
        params = [w + "%" for w in wilayah]
        k = db.execute(f"SELECT count(*) FROM keluarga WHERE {syarat}", params).fetchone()[0]
        a = db.execute(f"SELECT count(*) FROM anggota WHERE id_keluarga IN (SELECT id_keluarga "
                       f"FROM keluarga WHERE {syarat})", params).fetchone()[0]
        assert statistik.jumlah(db, wilayah) == (k, a)
        assert statistik.jumlah(db, wilayah) != statistik.jumlah(db)
        simpul = sw.pohon(db, wilayah)
        assert sum(s.keluarga for s in simpul if s.tingkat == "kabupaten_kota") == k
        for s in simpul:  # every node leads to or lies in the scope, with its own families
            assert any(w.startswith(s.kode) or s.kode.startswith(w) for w in wilayah)
            if any(s.kode.startswith(w) for w in wilayah):
                assert s.keluarga == semua[s.kode]
            else:
                assert s.keluarga < semua[s.kode]
    assert sw.pohon(db, ()) == sw.pohon(db)


def test_urut_kepala_memakai_koreksi(db_demo):
    """The head columns sort on the corrected value (a new head saved through the form's
    storage call), in every filter, ascending and descending, as the plain join would."""
    from dataclasses import replace

    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.storage import daftar
    from kalbar_desktop.storage import verifikasi as sv

    db = db_demo
    petugas = Pengguna("vera", Peran.VERIFIKATOR)
    idk = [b[0] for b in db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga")]
    baru = {idk[3]: ("Aaron Awal", "6101010101010001"), idk[50]: ("Zulaikha Akhir", None),
            idk[70]: ("Kepala Tengah", "6172999999990003")}
    for i, (nama, nik) in baru.items():
        data = sv.muat(db, i)
        koreksi = {"nama_kepala": nama} | ({"nik_kepala": nik} if nik else {})
        sv.simpan(db, i, petugas, data.verifikasi, data.versi, koreksi=koreksi)
    kode = db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                      [idk[70]]).fetchone()[0]
    for saring in (daftar.Saring(), daftar.Saring(kode_wilayah=kode[:6]),
                   daftar.Saring(wilayah_pengguna=(kode,)), daftar.Saring(desil="1"),
                   daftar.Saring(cari="Kepala")):
        q = daftar._kueri(replace(saring))
        for kolom in daftar.KOLOM_KEPALA:
            for turun, arah in ((False, "ASC"), (True, "DESC")):
                harapan = [b[0] for b in db.execute(
                    f"SELECT k.rowid {q.dari()} JOIN verifikasi_keluarga vk "
                    f"ON vk.id_keluarga = k.id_keluarga {q.where()} ORDER BY "
                    f"COALESCE(json_extract(vk.koreksi_json, '$.{kolom}'), k.{kolom}) {arah}, "
                    f"k.id_keluarga {arah}", q.params)]
                assert daftar.daftar_id(db, saring, kolom, turun) == harapan, (saring, kolom)
    semua = daftar.daftar_id(db, daftar.Saring(), "nama_kepala")
    rowid = {i: daftar.rowid_keluarga(db, i) for i in baru}
    assert semua[0] == rowid[idk[3]] and semua[-1] == rowid[idk[50]]
    tampil = daftar.baris(db, list(rowid.values()), ("id_keluarga", "nama_kepala", "nik_kepala"))
    sumber_nik = db.execute("SELECT nik_kepala FROM keluarga WHERE id_keluarga = ?",
                            [idk[50]]).fetchone()[0]
    assert {t[0]: t[1:] for t in tampil.values()} == {
        idk[3]: baru[idk[3]], idk[50]: ("Zulaikha Akhir", sumber_nik), idk[70]: baru[idk[70]]}
