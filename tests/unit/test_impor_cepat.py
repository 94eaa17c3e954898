"""The import's speed measures keep its behaviour: the row check's shortcuts refuse exactly
what the cell-by-cell check refuses, the family workbook parsed on a background thread gives
the same database as reading it in turn, and a large import that drops and rebuilds the
secondary indexes leaves the schema as it was, also when it fails half-way."""

from __future__ import annotations

import random

import openpyxl
import pytest

from kalbar_desktop.exchange import impor_p3ke, reader
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import impor as simpan
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_xlsx
from tests.conftest import cuplikan


def _sel_demi_sel(sel: list) -> tuple[int, str] | None:
    for i, v in enumerate(sel):
        if v.__class__ is str and v:
            alasan = impor_p3ke._alasan_sel(v)
            if alasan:
                return i, alasan
    return None


@pytest.mark.parametrize(("sel", "indeks", "pesan"), [
    (["P3KE001", "a\x1fb", "Budi"], 1, "karakter kontrol tersembunyi (kode 31)"),
    (["P3KE001", "\x85"], 1, "karakter kontrol tersembunyi (kode 133)"),
    (["P3KE001", "\x1f"], 1, "karakter kontrol tersembunyi (kode 31)"),
    (["=< 900 WATT", "Budi", '=HYPERLINK("http://x")'], 2, "rumus atau perintah"),
    (["=< 900 WATT", " -1+cmd|' /C calc'!A0"], 1, "rumus atau perintah"),
    (["Budi", "Ani\u202e"], 1, "tanda arah tulisan tersembunyi (U+202E)"),
    (["Budi", "\xa0=HYPERLINK(\"http://x\")"], 1, "rumus atau perintah"),
    (["Budi", "a\x00=SUM(1)"], 1, "rumus atau perintah"),
])
def test_periksa_sel_menolak(sel, indeks, pesan):
    hasil = impor_p3ke._periksa_sel(sel)
    assert hasil is not None and hasil[0] == indeks and pesan in hasil[1]
    assert hasil == _sel_demi_sel(sel)


def test_periksa_sel_menerima_kode_bertanda():
    for _ in range(3):  # the verdict on a repeated value is remembered
        assert impor_p3ke._periksa_sel(["P3KE001", "=< 900 WATT", 900.0, None, "-", ""]) is None


def test_periksa_sel_sama_dengan_pemeriksaan_per_sel():
    """Random rows of ordinary text, signs, spaces, control characters and direction marks:
    the row check answers as the cell-by-cell check does."""
    bahan = ["a", "B", "1", " ", "=", "+", "-", "@", "(", "SUM(", "|", "\x1f", "\x00", "\t",
             "\n", "\u200e", "\xa0", "\u3000", "\x85", "é", ".", "\u200b", "\u2028", "\x1c",
             "\x0b", "\x7f", "\u202e", "HYPERLINK(", "=< 900 WATT", "x" * 33_000]
    acak = random.Random(3)
    for _ in range(20_000):
        sel: list = []
        for _ in range(acak.randint(0, 6)):
            r = acak.random()
            if r < 0.15:
                sel.append(None)
            elif r < 0.25:
                sel.append(1.5)
            elif r < 0.35:
                sel.append("")
            else:
                pilihan = bahan if acak.random() < 0.002 else bahan[:-1]
                sel.append("".join(acak.choice(pilihan) for _ in range(acak.randint(1, 5))))
        assert impor_p3ke._periksa_sel(sel) == _sel_demi_sel(sel), sel


def _impor(path, berkas):
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, berkas, pengguna="penguji")
        isi = cuplikan(db)
    # times, and each database's own id
    for tabel in ("impor", "audit_log", "audit_segel", "_sqlite_migrations",
                  "identitas_basis_data"):
        isi.pop(tabel)
    return {t: [tuple(v for v in b if not (isinstance(v, str) and v.startswith("20") and
                                           "T" in v)) for b in isi[t]] for t in isi}


def test_lembar_keluarga_dibaca_di_latar_sama_hasilnya(tmp_path, berkas_demo_2023,
                                                       monkeypatch):
    dilatar: list[str] = []
    asli = reader._LembarCalamine.muat_di_latar

    def catat(self):
        dilatar.append(self.nama)
        asli(self)

    monkeypatch.setattr(reader._LembarCalamine, "muat_di_latar", catat)
    monkeypatch.setattr(impor_p3ke, "RASIO_BACA_DI_LATAR", 0.0)
    berurutan = _impor(tmp_path / "a.db", berkas_demo_2023)
    assert dilatar == []
    monkeypatch.setattr(impor_p3ke, "RASIO_BACA_DI_LATAR", 100.0)
    di_latar = _impor(tmp_path / "b.db", berkas_demo_2023)
    assert dilatar == ["Kepala Keluarga"]
    assert di_latar == berurutan


def test_galat_baca_di_latar_sama_dengan_baca_langsung(berkas_demo_2023):
    """A sheet that fails to parse on the background thread fails where it is used, with the
    reader's own message."""
    pesan = []
    for latar in (False, True):
        lembar = reader.buka_lembar(berkas_demo_2023[0])[0]
        lembar.nama = "Tidak Ada"
        if latar:
            lembar.muat_di_latar()
        with pytest.raises(reader.KesalahanBerkas) as e:
            list(lembar.baris())
        pesan.append(str(e.value))
    assert pesan[0] == pesan[1]
    assert "Lembar 'Tidak Ada'" in pesan[0]


def _indeks(db) -> list[tuple]:
    return db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                      "ORDER BY name").fetchall()


def test_impor_besar_membangun_ulang_indeks(db, berkas_demo_2023, monkeypatch):
    sebelum = _indeks(db)
    dilepas: list[int] = []
    asli = simpan.Pementasan._lepas_indeks

    def lepas(self):
        sql = asli(self)
        dilepas.append(len(sql))
        return sql

    monkeypatch.setattr(simpan.Pementasan, "_lepas_indeks", lepas)
    impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
    assert dilepas and dilepas[0] >= 10
    assert _indeks(db) == sebelum
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the indexes answer the household table's searches again
    rencana = " ".join(r[-1] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT id_individu FROM anggota WHERE nik = '6172000000000000'"))
    assert "anggota_nik" in rencana


def test_impor_besar_gagal_setelah_indeks_dilepas_tidak_mengubah_apa_pun(
        db, berkas_demo_2023, tmp_path, monkeypatch):
    impor_p3ke.impor(db, [tulis_xlsx(tmp_path / "kecil.xlsx", [
        ("Individu", HEADER_INDIVIDU, baris_individu())])], pengguna="penguji")
    sebelum, indeks = cuplikan(db), _indeks(db)
    asli = simpan.Pementasan._lepas_indeks

    def lepas_lalu_gagal(self):
        asli(self)
        assert self.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                               "AND name = 'anggota_nik'").fetchone()[0] == 0
        raise impor_p3ke.KesalahanImpor("gagal di tengah penggabungan (uji)")

    monkeypatch.setattr(simpan.Pementasan, "_lepas_indeks", lepas_lalu_gagal)
    with pytest.raises(impor_p3ke.KesalahanImpor, match="uji"):
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
    assert _indeks(db) == indeks
    assert cuplikan(db) == sebelum


def test_impor_kecil_atau_ulang_tidak_melepas_indeks(db, berkas_demo_2023, tmp_path,
                                                      monkeypatch):
    """An import that mostly updates families already stored (a re-import of the same area) or
    brings fewer new families than there are keeps the indexes and updates them row by row."""
    impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
    dilepas: list[bool] = []
    monkeypatch.setattr(simpan.Pementasan, "_lepas_indeks",
                        lambda self: dilepas.append(True) or [])
    impor_p3ke.impor(db, [tulis_xlsx(tmp_path / "kecil.xlsx", [
        ("Individu", HEADER_INDIVIDU, baris_individu())])], pengguna="penguji")
    # the same families again, from files with another content hash
    salinan = []
    for b in berkas_demo_2023:
        wb = openpyxl.load_workbook(b)
        wb.active.cell(1, 60, "Catatan")
        wb.save(tmp_path / b.name)
        salinan.append(tmp_path / b.name)
    hasil = impor_p3ke.impor(db, salinan, pengguna="penguji")
    assert hasil.ringkasan.keluarga_baru == 0 and hasil.ringkasan.jumlah_keluarga == 120
    assert dilepas == []


def test_pengubah_baris_nilai_ulang_sama_dengan_pertama():
    """A value met again (served from the column's cache of plain values) converts exactly as
    the first time: a matched alias keeps its original in the source JSON on every row, a value
    outside the list or an impossible date marks every row for the rules, a bool is not
    confused with 1."""
    from kalbar_desktop.domain import kolom
    from kalbar_desktop.exchange.konversi import PengubahBaris

    header = ["ID Keluarga P3KE", "ID Individu", "Nama", "Jenis Kelamin", "Tanggal Lahir",
              "Status Kawin"]
    field = ["id_keluarga", "id_individu", "nama", "jenis_kelamin", "tanggal_lahir",
             "status_kawin"]
    keluar = [*field, "sumber_json", "periksa"]
    nilai = [("Laki-laki", "1980-05-06", "Kawin"), ("L", "1980-05-06", "KAWIN"),
             ("X9", "31/02/1980", "Kawin"), (True, 29342.0, 1), (1, "1980-05-06", 1.0),
             ("", None, ""), ("Perempuan", "2999-01-01", "Cerai Mati")]
    ubah = PengubahBaris(header, field, kolom.KOLOM_INDIVIDU, keluar, {}, reader.huruf_kolom)
    pertama = [ubah(["K1", f"I{i}", "Ani", *v], i) for i, v in enumerate(nilai)]
    for _ in range(3):
        for i, v in enumerate(nilai):
            assert ubah(["K1", f"I{i}", "Ani", *v], i) == pertama[i], v
    segar = PengubahBaris(header, field, kolom.KOLOM_INDIVIDU, keluar, {}, reader.huruf_kolom)
    for i, v in reversed(list(enumerate(nilai))):  # another order of first meetings
        assert segar(["K1", f"I{i}", "Ani", *v], i) == pertama[i], v
    j_json, j_periksa = keluar.index("sumber_json"), keluar.index("periksa")
    assert pertama[0][j_json] is None and pertama[0][j_periksa] == 1  # no NIK: rules look
    assert '"L"' in pertama[1][j_json] and "KAWIN" in pertama[1][j_json]
    assert pertama[1][3] == "Laki-laki" and pertama[1][5] == "Kawin"
    assert pertama[2][3] == "X9" and pertama[2][4] == "31/02/1980"
