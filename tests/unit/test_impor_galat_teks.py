"""An Excel error cell in a name, an address or ID Individu (closing note 21, section 9): files
written by openpyxl (error cells ``t="e"``) and the csv module (the text Excel writes for one).
No family is named "#N/A": the cell is stored empty, and SEL_GALAT_EXCEL names file, sheet,
row, column and the error until a value is typed; an ID Individu holding one keeps its made-up
ID and the message says which error the cell held."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kalbar_desktop.domain.galat_excel import ada_galat_excel
from kalbar_desktop.exchange import reader
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from tests import masukan_luar as ml
from tests.lapangan import ANAK, ID_KELUARGA, db_desa
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara
from tests.unit.test_dua_laptop import _baca, _ekspor, _terapkan
from tests.unit.test_impor_ulang_sel5 import _buka

GALAT = "SEL_GALAT_EXCEL"
KOL_I = ml.INDIVIDU_2023.index


def _ubah(path: Path, isi: dict[tuple[int, str], object], header: list[str]) -> Path:
    """Cells set by openpyxl (an Excel error text becomes an error cell, ``t="e"``)."""
    wb = load_workbook(path)
    for (baris, judul), nilai in isi.items():
        wb.active.cell(baris, header.index(judul) + 1).value = nilai
    wb.save(path)
    return path


def _impor(db: Path, *berkas: Path) -> str:
    hasil = cli(db, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output
    return hasil.output


def _galat(db: Path) -> list[tuple]:
    return sorted((t["sheet"], t["row"], t["column"], t["value"]) for t in temuan_json(db)
                  if t["rule"] == GALAT)


def test_nama_dan_alamat_berisi_galat_disimpan_kosong_dan_jadi_temuan(tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(kepala, {(3, "Nama Kepala Keluarga"): "#N/A"}, ml.KEPALA_2023)
    _ubah(individu, {(3, "Nama"): "#N/A", (5, "Alamat"): "#REF!"}, ml.INDIVIDU_2023)
    db = tmp_path / "a.db"
    keluaran = _impor(db, kepala, individu)

    # the family's Alamat comes from the Kepala Keluarga file: the Individu cell lost nothing
    assert _galat(db) == [("Individu", 3, "nama", "#N/A"),
                          ("Kepala Keluarga", 3, "nama_kepala", "#N/A")]
    pesan = {t["column"]: t for t in temuan_json(db) if t["rule"] == GALAT}
    assert pesan["nama"]["message"] == (
        "Nama: sel berisi galat Excel #N/A di berkas sumber (rumus yang gagal, misalnya "
        "VLOOKUP), disimpan kosong; isi lewat formulir, atau perbaiki rumusnya di Excel lalu "
        "impor lagi")
    assert pesan["nama"]["file"] == "individu.xlsx"
    assert pesan["nama_kepala"]["message"].startswith("Nama Kepala Keluarga: sel berisi galat")
    with sdb.terbuka(db) as d:
        assert d.execute("SELECT nama FROM anggota WHERE id_individu = '006172000102'"
                         ).fetchone()[0] is None
        assert d.execute("SELECT nama_kepala FROM keluarga WHERE id_keluarga = '0061720002'"
                         ).fetchone()[0] is None
        # the other cells of those rows are read as usual
        assert d.execute("SELECT nik FROM anggota WHERE id_individu = '006172000102'"
                         ).fetchone()[0] == "6172015003850002"
        assert d.execute("SELECT alamat FROM keluarga WHERE id_keluarga = '0061720002'"
                         ).fetchone()[0] == "Jl. Merdeka"
        nama = {b[0] for b in d.execute("SELECT nama FROM anggota UNION "
                                        "SELECT nama_kepala FROM keluarga")}
    assert not any(n and n.startswith("#") for n in nama)
    assert ("2 sel berisi galat Excel seperti #N/A (berkas individu.xlsx, lembar 'Individu', "
            "sel I3, F5)") in keluaran
    # the whole-database check (with and without its SQL filter) and a family's re-check agree
    semua = temuan_semua_cara(db)
    assert sorted((t["lembar"], t["baris"], t["kolom"]) for t in semua if t["aturan"] == GALAT
                  ) == [("Individu", 3, "nama"), ("Kepala Keluarga", 3, "nama_kepala")]


def test_alamat_berisi_galat_di_berkas_individu_saja(tmp_path):
    """Imported alone, the Individu file gives the family its address from its rows: an error
    in every row of a family leaves it without one, named on each row; in one member's row
    of a family whose other rows carry it, it loses nothing."""
    _, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(2, "Alamat"): "#REF!", (3, "Alamat"): "#REF!", (5, "Alamat"): "#N/A"},
          ml.INDIVIDU_2023)
    db = tmp_path / "a.db"
    _impor(db, individu)
    assert _galat(db) == [("Individu", 2, "alamat", "#REF!"), ("Individu", 3, "alamat", "#REF!")]
    with sdb.terbuka(db) as d:
        assert [tuple(b) for b in d.execute(
            "SELECT id_keluarga, alamat FROM keluarga ORDER BY 1")] == [
            ("0061720001", None), ("0061720002", "Jl. Merdeka"), ("0061720003", "Jl. Merdeka")]
    assert sorted(t["baris"] for t in temuan_semua_cara(db) if t["aturan"] == GALAT) == [2, 3]


def test_nama_diisi_lewat_formulir_mengakhiri_temuan(tmp_path):
    """The form's findings show the error while the name is empty, and none once a name is
    typed; stored, the typed name ends the finding."""
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(3, "Nama"): "#N/A"}, ml.INDIVIDU_2023)
    db = tmp_path / "a.db"
    _impor(db, kepala, individu)
    with sdb.terbuka(db) as d:
        keluarga = dict(d.execute("SELECT * FROM keluarga WHERE id_keluarga = '0061720001'"
                                  ).fetchone() and next(d.query(
                                      "SELECT * FROM keluarga WHERE id_keluarga = '0061720001'")))
        keluarga.pop("sumber_json")
        anggota = [dict(a) for a in d.query(
            "SELECT * FROM anggota WHERE id_keluarga = '0061720001' ORDER BY urutan")]
        for a in anggota:
            a.pop("sumber_json")

        def aturan_form(nama: str | None) -> list[str]:
            daftar = [dict(a) for a in anggota]
            daftar[1]["nama"] = nama
            return [t.aturan for t in stemuan.periksa_keluarga_sementara(d, keluarga, daftar)]

        assert aturan_form(None) == [GALAT]
        assert aturan_form("Siti Aminah") == []
        d.execute("UPDATE verifikasi_anggota SET koreksi_json = '{\"nama\": \"Siti Aminah\"}' "
                  "WHERE id_individu = '006172000102'")
        assert [t.aturan for t in stemuan.hitung_ulang_keluarga(d, "0061720001")] == []
    assert not [t for t in temuan_semua_cara(db) if t["aturan"] == GALAT]


def test_id_individu_berisi_galat_disebut_di_pesan(tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(4, "ID Individu"): "#REF!"}, ml.INDIVIDU_2023)
    db = tmp_path / "a.db"
    _impor(db, kepala, individu)
    kosong = [t for t in temuan_json(db) if t["rule"] == "ID_INDIVIDU_KOSONG"]
    assert [(t["sheet"], t["row"], t["column"], t["value"]) for t in kosong] == [
        ("Individu", 4, "id_individu", "#REF!")]
    assert kosong[0]["message"] == (
        "ID Individu tidak terbaca: sel berisi galat Excel #REF! di berkas sumber (rumus yang "
        "gagal, misalnya VLOOKUP); sementara memakai 0061720002-01. Bila berkas berikutnya "
        "membawa ID aslinya, anggota ini dicocokkan lewat NIK atau nama dan tanggal lahir")
    assert not _galat(db)
    assert [t["nilai"] for t in temuan_semua_cara(db) if t["aturan"] == "ID_INDIVIDU_KOSONG"
            ] == ["#REF!"]


def test_csv_dengan_teks_galat_di_kolom_nama(tmp_path):
    """A CSV saved from Excel writes the error's text: the same as an error cell (the summary
    names the cells too). A '#' inside a real address is no error."""
    baris = ml.baris_individu()
    baris[1][KOL_I("Nama")] = "#N/A"
    baris[3][KOL_I("Alamat")] = "Jl. Merdeka #5"
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris)
    kepala = ml.csv_berkas(tmp_path / "kepala.csv", ml.KEPALA_2023, ml.baris_kepala())
    db = tmp_path / "a.db"
    keluaran = _impor(db, kepala, individu)
    assert _galat(db) == [("individu.csv", 3, "nama", "#N/A")]
    assert "1 sel berisi galat Excel seperti #N/A (berkas individu.csv" in keluaran
    with sdb.terbuka(db) as d:
        assert d.execute("SELECT nama FROM anggota WHERE id_individu = '006172000102'"
                         ).fetchone()[0] is None


def test_impor_ulang_workbook_provinsi_tidak_menimpa_nama_dengan_galat(tmp_path):
    """The provincial workbook back with #N/A in a head's name and a member's name (a lookup
    gone wrong in the office's copy): no stored name becomes "#N/A" or empty."""
    kantor = db_desa(tmp_path)
    with sdb.terbuka(kantor) as d:
        sebelum = d.execute("SELECT id_keluarga, nama_kepala FROM keluarga UNION ALL "
                            "SELECT id_individu, nama FROM anggota ORDER BY 1").fetchall()
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    k, a = kolom["Data Keluarga"], kolom["Data Anggota"]
    nama_k = next(h for h in k if h and h.startswith("Nama"))
    wb["Data Keluarga"].cell(baris["Data Keluarga"][ID_KELUARGA[0]], k[nama_k]).value = "#N/A"
    wb["Data Anggota"].cell(baris["Data Anggota"][ANAK], a["Nama"]).value = "#N/A"
    wb["Data Keluarga"].cell(baris["Data Keluarga"][ID_KELUARGA[2]], k["Catatan"]).value = "ok"
    buku = tmp_path / "galat.xlsx"
    wb.save(buku)
    _terapkan(kantor, _baca(kantor, buku))
    with sdb.terbuka(kantor) as d:
        assert d.execute("SELECT id_keluarga, nama_kepala FROM keluarga UNION ALL "
                         "SELECT id_individu, nama FROM anggota ORDER BY 1").fetchall() == sebelum
        assert d.execute("SELECT catatan FROM verifikasi_keluarga WHERE id_keluarga = ?",
                         [ID_KELUARGA[2]]).fetchone()[0] == "ok"


def test_rilis_berikut_dengan_galat_di_nama_mempertahankan_nama_tersimpan(tmp_path):
    """A later release whose names hold errors (a VLOOKUP into a list that lost rows) does not
    blank the names an earlier file brought: the error says the file lost the value. The
    summary still names the cells; no finding, the value is there. A new person's name with an
    error is stored empty with its finding."""
    kepala, individu = ml.pasangan_2023(tmp_path)
    db = tmp_path / "a.db"
    _impor(db, kepala, individu)
    baru = tmp_path / "baru"
    baru.mkdir()
    kepala2, individu2 = ml.pasangan_2023(baru)
    _ubah(kepala2, {(2, "Nama Kepala Keluarga"): "#N/A"}, ml.KEPALA_2023)
    _ubah(individu2, {(3, "Nama"): "#N/A", (6, "Nama"): "#REF!",
                      (6, "ID Individu"): "006172000302"}, ml.INDIVIDU_2023)
    keluaran = _impor(db, kepala2, individu2)
    assert "2 sel berisi galat Excel seperti #N/A (berkas individu.xlsx" in keluaran
    assert "1 sel berisi galat Excel seperti #N/A (berkas kepala.xlsx" in keluaran
    with sdb.terbuka(db) as d:
        assert d.execute("SELECT nama_kepala FROM keluarga WHERE id_keluarga = '0061720001'"
                         ).fetchone()[0] == "Ahmad Yani"
        assert dict(d.execute("SELECT id_individu, nama FROM anggota").fetchall()) == {
            "006172000101": "Ahmad Yani", "006172000102": "Siti Aminah",
            "006172000201": "Maria Goreti", "006172000202": "Lukas",
            "006172000301": "Bong Kim Fui", "006172000302": None}
    assert _galat(db) == [("Individu", 6, "nama", "#REF!")]


def test_csv_tanpa_galat_tidak_diurai_lagi(tmp_path):
    """A '#' in an address is no reason to parse a CSV a second time for error values."""
    baris = ml.baris_individu()
    baris[0][KOL_I("Alamat")] = "Jl. Merdeka #5"
    berkas = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris)
    (lembar,) = reader.buka_lembar(berkas)
    dibaca = []
    asli = lembar.baris
    lembar.baris = lambda *a, **k: dibaca.append(1) or asli(*a, **k)
    assert lembar.sel_galat() == {}
    assert dibaca == []
    assert not ada_galat_excel("Jl. Merdeka #5") and ada_galat_excel('a;"#N/A";b')
