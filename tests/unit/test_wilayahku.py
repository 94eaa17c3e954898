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
