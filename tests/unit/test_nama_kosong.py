"""A member or head without a name (closing note 22, section 9: "An empty Nama cell gets no
finding") is something the operator must settle with Dukcapil: NAMA_KOSONG names file, sheet,
row and column like the other rules, in ``check-data --json``, the findings report and after
every way of checking (the import's, the whole database's with and without its SQL filter, one
family's). Files written by openpyxl and the csv module (``tests/masukan_luar``)."""

from __future__ import annotations

from openpyxl import load_workbook

from kalbar_desktop.domain import temuan as aturan
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

NAMA = "NAMA_KOSONG"
KOL_I = ml.INDIVIDU_2023.index
KOL_K = ml.KEPALA_2023.index


def _impor(db, *berkas) -> None:
    hasil = cli(db, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output


def _nama_kosong(db) -> list[tuple]:
    return sorted((t["id_individu"] or "", t["sheet"], t["row"], t["column"], t["value"],
                   t["message"]) for t in temuan_json(db) if t["rule"] == NAMA)


def _sama_semua_cara(db) -> None:
    """The import's findings are the findings every other way of checking gives."""
    setelah_impor = sorted((t["rule"], t["id_keluarga"], t["id_individu"], t["row"])
                           for t in temuan_json(db))
    semua = sorted((t["aturan"], t["id_keluarga"], t["id_individu"], t["baris"])
                   for t in temuan_semua_cara(db))
    assert setelah_impor == semua


def test_nama_anggota_kosong_jadi_temuan(tmp_path):
    baris = ml.baris_individu()
    baris[0][KOL_I("Nama")] = None       # a head without a name
    baris[1][KOL_I("Nama")] = "  "       # blank
    baris[2][KOL_I("Nama")] = "-"        # a mark for none
    baris[3][KOL_I("Nama")] = "Nil"      # a name, though NIK cells use it for none
    baris[4][KOL_I("Nama")] = "tidak ada"
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, baris, lembar="Individu")
    db = tmp_path / "a.db"
    _impor(db, path)
    kosong = "tidak ada nama di berkas sumber"
    assert _nama_kosong(db) == [
        ("006172000101", "Individu", 2, "nama", None, kosong),
        ("006172000102", "Individu", 3, "nama", None, kosong),
        ("006172000201", "Individu", 4, "nama", "-", "tertulis '-' di berkas sumber, bukan "
         "nama"),
        ("006172000301", "Individu", 6, "nama", "tidak ada",
         "tertulis 'tidak ada' di berkas sumber, bukan nama"),
    ]
    _sama_semua_cara(db)


def test_nama_kepala_kosong_di_berkas_kepala_keluarga_saja(tmp_path):
    baris = ml.baris_kepala()
    baris[1][KOL_K("Nama Kepala Keluarga")] = ""
    path = ml.csv_berkas(tmp_path / "kepala.csv", ml.KEPALA_2023, baris)
    db = tmp_path / "a.db"
    _impor(db, path)
    assert _nama_kosong(db) == [("", "kepala.csv", 3, "nama_kepala", None,
                                "tidak ada nama di berkas sumber")]
    _sama_semua_cara(db)
    # the Individu file with the head's name: the family has members, named; no finding
    _impor(db, ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu()))
    assert _nama_kosong(db) == []


def test_nama_berisi_galat_excel_hanya_sel_galat(tmp_path):
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                   lembar="Individu")
    wb = load_workbook(path)
    wb.active.cell(3, KOL_I("Nama") + 1).value = "#N/A"  # an error cell (t="e")
    wb.save(path)
    db = tmp_path / "a.db"
    _impor(db, path)
    aturan_baris3 = [t["rule"] for t in temuan_json(db) if t["row"] == 3]
    assert aturan_baris3 == ["SEL_GALAT_EXCEL"]


def test_laporan_temuan_memuat_nama_kosong(tmp_path):
    baris = ml.baris_individu()
    baris[1][KOL_I("Nama")] = None
    baris[3][KOL_I("Nama")] = "-"
    db = tmp_path / "a.db"
    _impor(db, ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris))
    laporan = tmp_path / "temuan.xlsx"
    hasil = cli(db, "report-temuan", laporan)
    assert hasil.exit_code == 0, hasil.output
    wb = load_workbook(laporan, read_only=True)
    teks = [" ".join(str(v) for v in r if v is not None)
            for ws in wb.worksheets for r in ws.iter_rows(values_only=True)]
    assert any(NAMA in t and "006172000102" in t and "individu.csv" in t for t in teks)
    assert any(NAMA in t and aturan.PENJELASAN[aturan.Aturan.NAMA_KOSONG] in t for t in teks)
    # the Nama column holds the member's own name as stored: empty, not the head's (it named
    # the Kepala Keluarga, another person), and '-' as written
    ws = wb["Temuan"]
    judul, *isi = list(ws.iter_rows(values_only=True))
    nama = {(r[judul.index("ID Individu")], r[judul.index("Aturan")]): r[judul.index("Nama")]
            for r in isi}
    assert nama[("006172000102", NAMA)] is None
    assert nama[("006172000202", NAMA)] == "-"


def test_nama_kosong_menurut_aturan():
    for kosong in (None, "", "  ", "\t", "-", "--", "0", "000", "NULL", "kosong", "N/A",
                   "Tidak Ada", "\u2013"):
        assert aturan.nama_kosong(kosong), kosong
    for nama in ("Nil", "Na", "Ahmad", "0Ahmad", "Tidak Ada Nama", "Ni Luh"):
        assert not aturan.nama_kosong(nama), nama


def test_saringan_sql_mencakup_setiap_nama_kosong(db):
    """The whole-database check's SQL filter leaves out only names the rule finds fine (it may
    flag a few more; the rule decides): on a real SQLite connection, value by value."""
    from kalbar_desktop.storage import temuan as stemuan

    sql = stemuan._sql_nama_ada("?")
    for nilai in (None, "", " ", "\t", "--", "0", " kosong ", "Tidak Ada", "n/a", "Null",
                  "\u2014", " - ", "- -", "-KOSONG-", "Nil", "Na", "Ahmad", "0Ahmad",
                  "Ni Luh", "Tidak Ada Nama"):
        bersih = db.execute(f"SELECT {sql} IS 1", [nilai]).fetchone()[0]
        if aturan.nama_kosong(nilai):
            assert not bersih, nilai
        elif nilai and nilai[0].isalpha():
            assert bersih, nilai
