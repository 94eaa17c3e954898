"""Migration 0015: values the code before stop 22 stored are read as an import reads them now.

``lama_0014_satu_nol.db`` was written by that code itself (``buat_satu_nol_0014.py`` run on
10dd327^): ``1``/``0``, ``1.0``, ``TRUE``/``false`` and Excel TRUE/FALSE cells in yes/no columns
stored as written (KODE_TIDAK_DIKENAL), 'Tidak Ada' in Fasilitas BAB stored as 'Lainnya', and
verification work on those families. The upgrade must give the values today's import gives for
the same files, recompute those families' findings, write one audit row, and leave the
verification work and the audit chain whole. Other cases are written into a schema-0014
database by SQL the way the old importer wrote its rows."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.kolom import FIELD_ANGGOTA, FIELD_KELUARGA
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.exchange.konversi import teks
from kalbar_desktop.storage import audit, migrations, periksa
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from tests.temuan_uji import cli

SKEMA = Path(__file__).resolve().parents[1] / "data" / "skema"
LAMA = SKEMA / "lama_0014_satu_nol.db"


def _pembuat():
    spec = importlib.util.spec_from_file_location("buat_satu_nol_0014",
                                                  SKEMA / "buat_satu_nol_0014.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def _baca(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


_VERIFIKASI = ("SELECT * FROM verifikasi_keluarga ORDER BY id_keluarga",
               "SELECT * FROM verifikasi_anggota ORDER BY id_individu")
_TEMUAN = ("SELECT aturan, id_keluarga, id_individu, kolom, nilai, pesan FROM temuan "
           "ORDER BY 1, 2, 3, 4, 5")


def _temuan(db) -> list[tuple]:
    return [tuple(r) for r in db.execute(_TEMUAN)]


def test_nilai_lama_ditulis_ulang_seperti_impor_sekarang(tmp_path):
    path = tmp_path / "lama.db"
    shutil.copyfile(LAMA, path)
    assert _baca(path, "PRAGMA user_version") == [(14,)]
    verifikasi = [_baca(path, sql) for sql in _VERIFIKASI]
    audit_lama = _baca(path, "SELECT count(*) FROM audit_log")[0][0]
    kemajuan: list[tuple[str, float]] = []

    with sdb.terbuka(path, kemajuan=lambda p, f: kemajuan.append((str(p), f))) as db:
        assert migrations.versi_terpasang(db) == 15
        keluarga = {r[0]: r[1:] for r in db.execute(
            "SELECT id_keluarga, penerima_pkh, penerima_bpnt, memiliki_simpanan, "
            "penerima_prakerja, penerima_kur, penerima_bst, fasilitas_bab FROM keluarga")}
        assert keluarga["0061720001"] == ("Ya", "Tidak", "Ya", "Ya", "Tidak", "Tidak",
                                          "Milik Sendiri")
        assert keluarga["0061720002"][4] == "Ya"               # an Excel TRUE cell
        assert keluarga["0061720002"][6] == "TIDAK ADA"        # was 'Lainnya'
        assert keluarga["0061720003"][5:] == ("2", "Lainnya")  # no yes/no value; a real Lainnya
        assert keluarga["0061729001"][1] == "Ya"               # 2022's "Penerima BNPT"
        assert keluarga["0061729001"][6] == "Tidak Ada"        # written ' Tidak Ada '
        assert keluarga["0061729002"][0] == "Tidak"            # an Excel FALSE cell
        sumber = dict(db.execute("SELECT id_keluarga, sumber_json FROM keluarga"))
        # the value as written kept under the layout's header; a Tidak Ada the column now
        # holds as written is not repeated; an unknown column's 'Tidak Ada' stays
        assert json.loads(sumber["0061720001"])["Penerima PKH"] == "1"
        assert json.loads(sumber["0061729001"]) == {"Penerima BNPT": "1"}
        assert json.loads(sumber["0061720003"]) == {"Keterangan Desa": "Tidak Ada"}
        anggota = dict(db.execute("SELECT id_individu, usia_7_12 || usia_lt7 FROM anggota "
                                  "WHERE id_individu = '006172900202'"))
        assert anggota == {"006172900202": "YaTidak"}

        # the findings of the families changed are what the rules say now (the 'Tidak Ada'
        # family's Fasilitas BAB was corrected in the form: the correction is in force)
        kode = {(t[1], t[2], t[3], t[4]) for t in _temuan(db) if t[0] == "KODE_TIDAK_DIKENAL"}
        assert kode == {("0061720003", None, "penerima_bst", "2"),
                        ("0061729001", None, "fasilitas_bab", "Tidak Ada")}
        tersimpan = _temuan(db)
        stemuan.hitung_ulang_semua(db)
        assert _temuan(db) == tersimpan

        baris = db.execute("SELECT aksi, pengguna, tabel, keterangan FROM audit_log "
                           "WHERE id > ? ORDER BY id", [audit_lama]).fetchall()
        assert [tuple(b) for b in baris] == [(
            "MIGRASI", None, None,
            keterangan_jejak.nilai_lama_dibaca_ulang("0015", 18, 4, 3, 2))]
        assert migrations.migrasi_penulis(baris[0][3]) == "0015 nilai_lama_dibaca_ulang"
        assert audit.periksa_jejak(db) == []
        assert periksa.periksa(db).sehat
    assert [_baca(path, sql) for sql in _VERIFIKASI] == verifikasi
    assert ("Memperbarui struktur basis data (0015_nilai_lama_dibaca_ulang)...", 1.0) in \
        kemajuan
    hasil = cli(path, "check")
    assert hasil.exit_code == 0, hasil.output


def test_sama_dengan_impor_berkas_yang_sama_oleh_versi_sekarang(tmp_path):
    """Every P3KE column as today's import stores the same files; the source JSON the same
    but for how a number cell is written there (the old database kept only its text)."""
    path = tmp_path / "lama.db"
    shutil.copyfile(LAMA, path)
    with sdb.terbuka(path):
        pass
    baru = tmp_path / "baru.db"
    with sdb.terbuka(baru) as db:
        for pasangan in _pembuat().tulis_berkas(tmp_path / "berkas"):
            impor_p3ke.impor(db, pasangan, pengguna="penguji")
        db.execute("ATTACH DATABASE ? AS lama", [str(path)])
        for tabel, kunci, kolom in (("keluarga", "id_keluarga", FIELD_KELUARGA),
                                    ("anggota", "id_individu", FIELD_ANGGOTA)):
            baris = db.execute(
                f"SELECT {', '.join(f'b.{k}' for k in (kunci, *kolom, 'sumber_json'))}, "
                f"{', '.join(f'l.{k}' for k in (*kolom, 'sumber_json'))} FROM main.{tabel} b "
                f"JOIN lama.{tabel} l USING ({kunci})").fetchall()
            assert len(baris) == db.execute(f"SELECT count(*) FROM {tabel}").fetchone()[0]
            n = len(kolom) + 1
            for b in baris:
                sekarang, migrasi = b[1:1 + n], b[1 + n:]
                assert sekarang[:-1] == migrasi[:-1], b[0]
                assert _teks_json(sekarang[-1]) == _teks_json(migrasi[-1]), b[0]


def _teks_json(sumber: str | None) -> dict:
    return {k: teks(v) for k, v in json.loads(sumber or "{}").items()}


def _skema_14(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.terapkan(sdb.BasisData(conn, execute_plugins=False), sampai="0015_nilai_lama_"
                        "dibaca_ulang")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 14
    return conn


def _keluarga(conn, idk: str, asal: str = "p3ke", **nilai) -> None:
    kolom = ["id_keluarga", "asal", "kode_kemdagri", "tata_letak", "file_sumber",
             "lembar_sumber", "baris_sumber", *nilai]
    isi = [idk, asal, "6172011001", "2023", nilai.pop("berkas", "a.xlsx"), "Sheet1", 2,
           *nilai.values()]
    kolom = [k for k in kolom if k != "berkas"]
    conn.execute(f"INSERT INTO keluarga ({', '.join(kolom)}) VALUES ({', '.join('?' * len(isi))})",
                 isi)
    conn.execute("INSERT INTO verifikasi_keluarga (id_keluarga) VALUES (?)", [idk])


def test_tanpa_nilai_lama_tidak_ada_yang_berubah(tmp_path):
    """Nothing old-style: no change, no audit row, findings as they were. Neither a Tidak Ada
    outside Fasilitas BAB, nor one from a sheet with a second Fasilitas BAB column (a Tidak
    Ada there beside another stored value), nor a 1 typed for a family made in the
    application."""
    path = tmp_path / "lama.db"
    conn = _skema_14(path)
    conn.execute("BEGIN")
    _keluarga(conn, "K1", penerima_pkh="Ya", penerima_bpnt="Tidak", fasilitas_bab="Lainnya")
    _keluarga(conn, "K2", fasilitas_bab="Lainnya",
              sumber_json=json.dumps({"Catatan": "Tidak Ada"}))
    kembar = json.dumps({"Memiliki fasilitas Buang Air Besar (lama)": "Tidak Ada"})
    _keluarga(conn, "K3", berkas="kembar.xlsx", fasilitas_bab="Lainnya", sumber_json=kembar)
    _keluarga(conn, "K4", berkas="kembar.xlsx", fasilitas_bab="Milik Sendiri",
              sumber_json=kembar)
    _keluarga(conn, "K5", fasilitas_bab="Lainnya", sumber_json=json.dumps(
        {"Memiliki fasilitas Buang Air Besar": "Tidak Ada",
         "Fasilitas Buang Air Besar (lama)": "Ada"}))
    _keluarga(conn, "U1", asal="usulan_baru", penerima_pkh="1")
    conn.execute("INSERT INTO temuan (aturan, id_keluarga, kolom, nilai, pesan) VALUES "
                 "('KODE_TIDAK_DIKENAL', 'K1', 'penerima_pkh', 'x', 'lama')")
    conn.execute("COMMIT")
    isi = _baca(path, "SELECT * FROM keluarga ORDER BY id_keluarga")
    conn.close()
    with sdb.terbuka(path) as db:
        assert migrations.versi_terpasang(db) == 15
        assert [tuple(r) for r in db.execute("SELECT * FROM keluarga ORDER BY id_keluarga")] \
            == isi
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
        assert _temuan(db) == [("KODE_TIDAK_DIKENAL", "K1", None, "penerima_pkh", "x", "lama")]


def test_nilai_lama_dari_sql_dan_sumber_json_yang_sudah_ada(tmp_path):
    """Rows as the old importer wrote them: a text '01' and a member's '0.0'; a source JSON
    that already holds the column's header (the cell had spaces) keeps it."""
    path = tmp_path / "lama.db"
    conn = _skema_14(path)
    conn.execute("BEGIN")
    _keluarga(conn, "K1", penerima_pkh="01",
              sumber_json=json.dumps({"Penerima PKH": " 01 ", "Tanggal Lahir": "1/2/1980"}))
    conn.execute("INSERT INTO anggota (id_individu, id_keluarga, nama, hubungan, usia_60_plus) "
                 "VALUES ('A1', 'K1', 'Ani', 'Kepala Keluarga', '0.0')")
    conn.execute("INSERT INTO verifikasi_anggota (id_individu) VALUES ('A1')")
    conn.execute("COMMIT")
    conn.close()
    with sdb.terbuka(path) as db:
        pkh, sumber = db.execute("SELECT penerima_pkh, sumber_json FROM keluarga").fetchone()
        assert (pkh, json.loads(sumber)) == (
            "Ya", {"Penerima PKH": " 01 ", "Tanggal Lahir": "1/2/1980"})
        usia, sumber = db.execute("SELECT usia_60_plus, sumber_json FROM anggota").fetchone()
        assert (usia, json.loads(sumber)) == ("Tidak", {"Usia 60+ Tahun": "0.0"})
        assert db.execute("SELECT keterangan FROM audit_log").fetchall() == [
            (keterangan_jejak.nilai_lama_dibaca_ulang("0015", 2, 1, 1, 0),)]


def test_batal_di_tengah_migrasi_tidak_mengubah_berkas(tmp_path):
    """Cancelled while the findings are recomputed: the file is as the old version left it."""
    path = tmp_path / "lama.db"
    shutil.copyfile(LAMA, path)
    isi = [_baca(path, f"SELECT * FROM {t} ORDER BY 1") for t in
           ("keluarga", "anggota", "temuan", "audit_log")]
    langkah: list[float] = []
    with pytest.raises(migrations.MigrasiDibatalkan, match="0015_nilai_lama_dibaca_ulang"):
        sdb.buka(path, kemajuan=lambda p, f: langkah.append(f),
                 batal=lambda: bool(langkah) and langkah[-1] >= 0.4)
    assert _baca(path, "PRAGMA user_version") == [(14,)]
    assert [_baca(path, f"SELECT * FROM {t} ORDER BY 1") for t in
            ("keluarga", "anggota", "temuan", "audit_log")] == isi
