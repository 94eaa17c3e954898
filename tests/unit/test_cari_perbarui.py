"""Refreshing the search tables (storage/cari.py): every way of refreshing them leaves exactly
the rows the text queries give, and a sound FTS5 index."""

from __future__ import annotations

import shutil

import pytest

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import cari


def _harus(db) -> tuple[list, list]:
    """The search rows the full text queries give for the database as it is."""
    return (sorted(db.execute(cari._TEKS_NAMA).fetchall()),
            sorted(db.execute(cari._TEKS_NOMOR).fetchall()))


def _ada(db) -> tuple[list, list]:
    return (sorted(db.execute("SELECT rowid, teks FROM cari_nama").fetchall()),
            sorted(db.execute("SELECT rowid, teks FROM cari_nomor").fetchall()))


def _sehat(db) -> None:
    for tabel in cari.TABEL_CARI:
        db.execute(f"INSERT INTO {tabel} ({tabel}, rank) VALUES ('integrity-check', 1)")


def _cari(db, pola: str) -> set[int]:
    return {b[0] for b in db.execute("SELECT rowid FROM cari_nomor WHERE teks LIKE ?",
                                     [f"%{pola}%"])}


def _cari_nama(db, kata: str) -> set[int]:
    return {b[0] for b in db.execute("SELECT rowid FROM cari_nama WHERE cari_nama MATCH ?",
                                     [f'"{kata}"*'])}


def test_impor_pertama_mengisi_sesuai_teks(db_demo):
    assert _ada(db_demo) == _harus(db_demo)
    _sehat(db_demo)


def test_perbarui_semua_mengganti_isi_lama(db_demo):
    """A rebuild over full tables (drop and create again) gives the current texts, keeps the
    tables' definitions, and a family whose names changed is found by the new name only."""
    sql_lama = sorted(db_demo.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('cari_nama', 'cari_nomor')").fetchall())
    rowid, idk = db_demo.execute("SELECT rowid, id_keluarga FROM keluarga LIMIT 1").fetchone()
    with db_demo.atomic():
        db_demo.execute("UPDATE anggota SET nama = 'Zulkarnaen Qwerty' WHERE id_keluarga = ?",
                        [idk])
        db_demo.execute("UPDATE anggota SET nik = '6172999999990001' WHERE id_keluarga = ? "
                        "AND urutan = 1", [idk])
    assert rowid not in _cari_nama(db_demo, "qwerty")
    cari.perbarui_semua(db_demo)
    assert _ada(db_demo) == _harus(db_demo)
    _sehat(db_demo)
    assert _cari_nama(db_demo, "qwerty") == {rowid}
    assert _cari(db_demo, "99999999") == {rowid}
    sql_baru = sorted(db_demo.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('cari_nama', 'cari_nomor')").fetchall())
    assert sql_baru == sql_lama


def test_perbarui_semua_dibatalkan_mengembalikan_tabel(db_demo):
    """The drop and create happen inside the caller's transaction: a rollback brings the old
    tables back intact."""
    sebelum = _ada(db_demo)
    try:
        with db_demo.atomic():
            db_demo.execute("UPDATE anggota SET nama = 'Qwerty'")
            cari.perbarui_semua(db_demo)
            raise RuntimeError("batal")
    except RuntimeError:
        pass
    assert _ada(db_demo) == sebelum
    _sehat(db_demo)


def test_perbarui_dari_tabel_hanya_keluarga_itu(db_demo):
    rowid = [b[0] for b in db_demo.execute("SELECT rowid FROM keluarga ORDER BY rowid")]
    dipilih = rowid[::3]
    sebelum = _ada(db_demo)
    with db_demo.atomic():
        db_demo.execute("UPDATE anggota SET nama = nama || ' Qwerty'")
        db_demo.execute("CREATE TEMP TABLE pilihan (id_keluarga TEXT)")
        db_demo.execute("INSERT INTO temp.pilihan SELECT id_keluarga FROM keluarga "
                        f"WHERE rowid IN ({', '.join(map(str, dipilih))})")
        cari.perbarui_dari_tabel(db_demo, "temp.pilihan")
        db_demo.execute("DROP TABLE temp.pilihan")
    harus = _harus(db_demo)
    ada = _ada(db_demo)
    for i in range(2):
        baru = {r for r in harus[i] if r[0] in set(dipilih)}
        lama = {r for r in sebelum[i] if r[0] not in set(dipilih)}
        assert set(ada[i]) == baru | lama
    _sehat(db_demo)
    assert _cari_nama(db_demo, "qwerty") == {r for r in dipilih
                                             if db_demo.execute(
                                                 "SELECT 1 FROM anggota a JOIN keluarga k "
                                                 "USING (id_keluarga) WHERE k.rowid = ?",
                                                 [r]).fetchone()}


def test_nama_tabel_aneh_ditolak(db_demo):
    with pytest.raises(ValueError):
        cari.perbarui_dari_tabel(db_demo, "temp.x; DROP TABLE keluarga")


def test_teks_nomor_tanpa_perbaikan_sama_dengan_penuh(db_demo):
    """The shortcut query gives the same texts as the full one when no NIK is corrected; with a
    corrected NIK (or a member without its verification row) the full query is used."""
    assert cari._teks_nomor(db_demo) == cari._TEKS_NOMOR_TANPA_PERBAIKAN
    assert (sorted(db_demo.execute(cari._TEKS_NOMOR_TANPA_PERBAIKAN).fetchall())
            == sorted(db_demo.execute(cari._TEKS_NOMOR).fetchall()))
    id_individu = db_demo.execute("SELECT id_individu FROM anggota LIMIT 1").fetchone()[0]
    with db_demo.atomic():
        db_demo.execute("UPDATE verifikasi_anggota SET nik_perbaikan = '6172999999990002' "
                        "WHERE id_individu = ?", [id_individu])
    assert cari._teks_nomor(db_demo) == cari._TEKS_NOMOR
    cari.perbarui_semua(db_demo)
    assert _ada(db_demo) == _harus(db_demo)
    assert len(_cari(db_demo, "6172999999990002")) == 1
    with db_demo.atomic():
        db_demo.execute("UPDATE verifikasi_anggota SET nik_perbaikan = NULL")
        db_demo.execute("PRAGMA foreign_keys = OFF")
    try:
        with db_demo.atomic():
            db_demo.execute("DELETE FROM verifikasi_anggota WHERE id_individu = ?",
                            [id_individu])
        assert cari._teks_nomor(db_demo) == cari._TEKS_NOMOR
    finally:
        db_demo.execute("PRAGMA foreign_keys = ON")


def test_impor_ulang_sebagian_memperbarui_pencarian(db_demo, berkas_demo_2023, tmp_path,
                                                    monkeypatch):
    """A re-import touching less than half the families refreshes just theirs
    (:func:`cari.perbarui_dari_tabel`); the result equals a rebuild from the texts."""
    import openpyxl

    individu = next(b for b in berkas_demo_2023 if "Individu" in b.name)
    salinan = tmp_path / individu.name
    shutil.copyfile(individu, salinan)
    wb = openpyxl.load_workbook(salinan)
    ws = wb.worksheets[0]
    kepala = [c.value for c in ws[1]]
    kolom_nama = next(i for i, h in enumerate(kepala) if str(h).strip().lower() == "nama")
    kolom_idk = next(i for i, h in enumerate(kepala)
                     if str(h).strip().lower().startswith("id keluarga"))
    # keep the rows of a few families only, one of them renamed
    simpan = []
    keluarga = []
    for baris in ws.iter_rows(min_row=2, values_only=True):
        if baris[kolom_idk] is None:
            continue
        if baris[kolom_idk] not in keluarga:
            if len(keluarga) == 5:
                continue
            keluarga.append(baris[kolom_idk])
        simpan.append(list(baris))
    simpan[0][kolom_nama] = "Qwertyuiop Asdf"
    ws.delete_rows(2, ws.max_row)
    for baris in simpan:
        ws.append(baris)
    wb.save(salinan)
    dipanggil = []
    for nama in ("perbarui_semua", "perbarui_dari_tabel"):
        asli = getattr(cari, nama)
        monkeypatch.setattr(cari, nama, lambda *a, _n=nama, _f=asli: (dipanggil.append(_n),
                                                                     _f(*a))[1])
    impor_p3ke.impor(db_demo, [salinan], pengguna="penguji",
                     sebelum_menulis=lambda _db: None)
    assert dipanggil == ["perbarui_dari_tabel"]
    assert _ada(db_demo) == _harus(db_demo)
    _sehat(db_demo)
    rowid = db_demo.execute("SELECT rowid FROM keluarga WHERE id_keluarga = ?",
                            [str(simpan[0][kolom_idk])]).fetchone()[0]
    assert _cari_nama(db_demo, "qwertyuiop") == {rowid}
