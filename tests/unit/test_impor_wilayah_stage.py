"""Regions named in an import's family rows (``Pementasan._wilayah_dari_stage``): grouped once
per desa code, then per level; the result equals grouping every family row at every level."""

from __future__ import annotations

import random

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import impor as simpan

_KOLOM = ("id_keluarga", "kode_kemdagri", "provinsi", "kabupaten", "kecamatan", "desa")

# The statement per level as it was before the one-pass grouping (the reference).
_ACUAN = """
    INSERT INTO wilayah (kode, nama, tingkat, induk, sumber)
    SELECT kode, COALESCE(max(nama), kode), ?, max(induk), 'p3ke' FROM (
        SELECT substr(kode_kemdagri, 1, {panjang}) AS kode,
               NULLIF(trim({kolom}), '') AS nama, {induk} AS induk
        FROM temp.stage_keluarga
        WHERE length(kode_kemdagri) = 10 AND kode_kemdagri NOT GLOB '*[^0-9]*'
    ) WHERE true GROUP BY kode
    ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama
    WHERE wilayah.sumber = 'p3ke' AND excluded.nama <> excluded.kode
"""


def _baris(rng: random.Random) -> list[tuple]:
    nama = ["", " ", None, "Pontianak", "PONTIANAK ", " Kota Pontianak", "Sungai Raya"]
    kode = ["6172011001", "6172011002", "6172021001", "6171011001", "6172011001x", "61720",
            None, "6172011003"]
    return [(f"K{i:05d}", rng.choice(kode), *(rng.choice(nama) for _ in range(4)))
            for i in range(400)]


def _isi(db, baris: list[tuple]) -> simpan.Pementasan:
    with db.atomic():
        db.execute("INSERT INTO wilayah (kode, nama, tingkat, induk, sumber) VALUES "
                   "('6172', 'KOTA PONTIANAK', 'kabupaten_kota', '61', 'referensi'), "
                   "('617201', '617201', 'kecamatan', '6172', 'p3ke'), "
                   "('617202', 'Lama', 'kecamatan', '6172', 'p3ke')")
    stage = simpan.Pementasan(db)
    stage.tambah_keluarga(baris, _KOLOM)
    return stage


def test_wilayah_sama_dengan_pengelompokan_per_baris(tmp_path):
    for seed in range(5):
        baris = _baris(random.Random(seed))
        with sdb.terbuka(tmp_path / f"a{seed}.db") as a, sdb.terbuka(tmp_path / f"b{seed}.db") as b:
            stage_a = _isi(a, baris)
            with a.atomic():
                stage_a._wilayah_dari_stage()
            stage_b = _isi(b, baris)
            with b.atomic():
                for panjang, kolom, tingkat, panjang_induk in (
                        (2, "provinsi", "provinsi", None),
                        (4, "kabupaten", "kabupaten_kota", 2),
                        (6, "kecamatan", "kecamatan", 4),
                        (10, "desa", "desa_kelurahan", 6)):
                    induk = (f"substr(kode_kemdagri, 1, {panjang_induk})" if panjang_induk
                             else "NULL")
                    b.execute(_ACUAN.format(panjang=panjang, kolom=kolom, induk=induk),
                              [tingkat])
            hasil = a.execute("SELECT * FROM wilayah ORDER BY kode").fetchall()
            assert hasil == b.execute("SELECT * FROM wilayah ORDER BY kode").fetchall()
            assert len(hasil) > 5
            # the reference name is kept, the code-as-name replaced
            assert ("6172", "KOTA PONTIANAK") in [(r[0], r[1]) for r in hasil]
            assert a.execute("SELECT name FROM sqlite_temp_master WHERE name = 'stage_wilayah'"
                             ).fetchone() is None
            stage_a.hapus()
            stage_b.hapus()
