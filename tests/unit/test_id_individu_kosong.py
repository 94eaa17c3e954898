"""A blank ID Individu cell in a sheet that has the column: the member gets a temporary ID and
the finding ID_INDIVIDU_KOSONG; a later file with the real ID is matched to that member (same
family, same NIK, or same name and birth date) instead of adding the person twice. Files written
with the csv module and openpyxl."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml

KOL = ml.INDIVIDU_2023.index


def _cli(db_path: Path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)],
                              catch_exceptions=False)


def _temuan(db_path: Path, aturan: str) -> list[dict]:
    hasil = _cli(db_path, "check-data", "--json")
    assert hasil.exit_code == 0, hasil.output
    return [t for t in json.loads(hasil.output) if t["rule"] == aturan]


def _anggota(db_path: Path, idk: str) -> list[tuple]:
    with sdb.terbuka(db_path) as db:
        return db.execute(
            "SELECT a.id_individu, a.nama, a.ada_di_sumber, va.catatan FROM anggota a "
            "JOIN verifikasi_anggota va USING (id_individu) WHERE a.id_keluarga = ? "
            "ORDER BY a.urutan, a.id_individu", [idk]).fetchall()


def _impor_dengan_id_kosong(db_path: Path, tmp_path: Path, kosong: tuple[str, ...]) -> None:
    kepala, _ = ml.pasangan_2023(tmp_path)
    rows = ml.baris_individu()
    for r in rows:
        if r[KOL("ID Individu")] in kosong:
            r[KOL("ID Individu")] = ""
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, rows)
    hasil = _cli(db_path, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output


def test_id_kosong_temuan_lalu_id_asli_dicocokkan(db_path, tmp_path):
    _impor_dengan_id_kosong(db_path, tmp_path, ("006172000102",))
    assert [a[:2] for a in _anggota(db_path, "0061720001")] == [
        ("006172000101", "Ahmad Yani"), ("0061720001-02", "Siti Aminah")]
    [t] = _temuan(db_path, "ID_INDIVIDU_KOSONG")
    assert (t["id_keluarga"], t["id_individu"], t["column"]) == (
        "0061720001", "0061720001-02", "id_individu")
    assert t["message"].startswith("ID Individu kosong di berkas sumber; sementara memakai "
                                   "0061720001-02")
    assert (t["file"], t["sheet"], t["row"]) == ("individu.csv", "individu.csv", 3)

    # verification work on the member under the temporary ID
    with sdb.terbuka(db_path) as db:
        data = sv.muat(db, "0061720001")
        sv.simpan(db, "0061720001", Pengguna("Ani", Peran.OPERATOR), Verifikasi(), data.versi,
                  anggota=[sv.PerubahanAnggota("0061720001-02", catatan="Sedang merantau")])

    # the newer file (openpyxl) brings her real ID
    baru = ml.xlsx(tmp_path / "individu_baru.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                   lembar="Individu")
    hasil = _cli(db_path, "import", baru)
    assert hasil.exit_code == 0, hasil.output
    assert "anggota baru 0" in hasil.output
    assert "1 anggota yang dulu ID Individunya kosong kini memakai ID asli" in hasil.output
    assert _anggota(db_path, "0061720001") == [
        ("006172000101", "Ahmad Yani", 1, None),
        ("006172000102", "Siti Aminah", 1, "Sedang merantau")]
    assert _temuan(db_path, "ID_INDIVIDU_KOSONG") == []
    assert _temuan(db_path, "NIK_GANDA") == []
    with sdb.terbuka(db_path) as db:
        [c] = db.query("SELECT * FROM audit_log WHERE tabel = 'anggota' AND aksi = 'IMPOR'")
        assert (c["nilai_lama"], c["nilai_baru"], c["id_keluarga"]) == (
            "0061720001-02", "006172000102", "0061720001")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # the whole-database check agrees with the import's
        sebelum = sorted(map(repr, stemuan.semua_temuan(db)))
        stemuan.hitung_ulang_semua(db, saring=False)
        assert sorted(map(repr, stemuan.semua_temuan(db))) == sebelum


def test_dicocokkan_lewat_nama_dan_tanggal_lahir(db_path, tmp_path):
    _impor_dengan_id_kosong(db_path, tmp_path, ("006172000202",))
    rows = ml.baris_individu()
    lukas = next(r for r in rows if r[KOL("ID Individu")] == "006172000202")
    lukas[KOL("NIK")] = "6172010505950099"  # his NIK corrected at Dukcapil in the meantime
    lukas[KOL("Nama")] = "LUKAS"
    baru = ml.xlsx(tmp_path / "baru.xlsx", ml.INDIVIDU_2023, rows, lembar="Individu")
    hasil = _cli(db_path, "import", baru)
    assert hasil.exit_code == 0, hasil.output
    assert [a[:3] for a in _anggota(db_path, "0061720002")] == [
        ("006172000201", "Maria Goreti", 1), ("006172000202", "LUKAS", 1)]


def test_tidak_dicocokkan_bila_meragukan(db_path, tmp_path):
    """Two blank members of one family with the same NIK (a data error): the real IDs cannot
    be told apart, so nothing is renamed and the old rows are marked gone, not merged."""
    kepala, _ = ml.pasangan_2023(tmp_path)
    rows = ml.baris_individu()
    for r in rows[:2]:
        r[KOL("ID Individu")] = ""
        r[KOL("NIK")] = "6172011508800001"
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, rows)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    rows = ml.baris_individu()
    for r in rows[:2]:
        r[KOL("NIK")] = "6172011508800001"
        r[KOL("Tanggal Lahir")] = None
    baru = ml.xlsx(tmp_path / "baru.xlsx", ml.INDIVIDU_2023, rows, lembar="Individu")
    hasil = _cli(db_path, "import", baru)
    assert hasil.exit_code == 0, hasil.output
    assert "kini memakai ID asli" not in hasil.output
    assert sorted(a[:3] for a in _anggota(db_path, "0061720001")) == [
        ("0061720001-01", "Ahmad Yani", 0), ("0061720001-02", "Siti Aminah", 0),
        ("006172000101", "Ahmad Yani", 1), ("006172000102", "Siti Aminah", 1)]


def test_tanpa_kolom_id_individu_bukan_temuan(db_path, tmp_path):
    """A sheet with no ID Individu column at all (a BNBA print) numbers its members: that is
    its normal shape, not a blank cell."""
    header = [h for h in ml.INDIVIDU_2023 if h != "ID Individu"]
    rows = [[v for i, v in enumerate(r) if i != KOL("ID Individu")] for r in ml.baris_individu()]
    berkas = ml.xlsx(tmp_path / "bnba.xlsx", header, rows, lembar="Individu")
    assert _cli(db_path, "import", berkas).exit_code == 0
    assert [a[0] for a in _anggota(db_path, "0061720001")] == ["0061720001-01", "0061720001-02"]
    assert _temuan(db_path, "ID_INDIVIDU_KOSONG") == []
