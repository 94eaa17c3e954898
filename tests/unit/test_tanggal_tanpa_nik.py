"""Closing note 20, carried over: a column whose dates all read two ways (``01/10/1980``) in a
file whose NIKs are all empty or damaged is read day first with no evidence. The summary and
the preview say so with the column, and that the dates are wrong if the file is in the US
order (it used to quote "0 NIK cocok ..., 0 ..."). A CSV written by the csv module."""

from __future__ import annotations

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml

KOL_I = ml.INDIVIDU_2023.index


def _berkas(tmp_path, nik: str):
    baris = ml.baris_individu()
    for i, r in enumerate(baris):
        r[KOL_I("Tanggal Lahir")] = f"0{i + 1}/1{i % 3}/198{i}"
        r[KOL_I("NIK")] = nik
    return ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris)


def test_tanggal_dua_cara_tanpa_nik_disebut_tanpa_bukti(db_path, tmp_path):
    berkas = _berkas(tmp_path, "-")
    peringatan = " ".join(str(p) for pb in impor_p3ke.pratinjau([berkas])
                          for lb in pb.lembar for p in lb.peringatan)
    assert ("5 tanggal di kolom K (Tanggal Lahir), berkas individu.csv, lembar "
            "'individu.csv' bisa dibaca dua cara dan akan dibaca hari dulu (mis. 01/10/1980 "
            "akan dibaca 1 Oktober 1980), tanpa bukti: tidak ada NIK di baris itu") in peringatan
    with sdb.terbuka(db_path) as db:
        hasil = impor_p3ke.impor(db, [berkas])
        lahir = db.execute("SELECT tanggal_lahir FROM anggota ORDER BY id_individu LIMIT 1"
                           ).fetchone()[0]
    pesan = " ".join(hasil.pesan().split())
    assert ("5 tanggal di kolom K (Tanggal Lahir), berkas individu.csv, lembar 'individu.csv' "
            "bisa dibaca dua cara dan dibaca hari dulu (mis. 01/10/1980 dibaca 1 Oktober 1980), "
            "tanpa bukti: tidak ada NIK di baris itu yang cocok dengan salah satu cara baca (NIK "
            "kosong, rusak, atau bertanggal lain). Bila berkas ini ditulis bulan dulu seperti di "
            "Amerika, tanggal itu salah baca") in pesan, pesan
    assert "0 NIK cocok" not in pesan
    assert lahir == "1980-10-01"
