"""Files as delivered (issue 3): layouts, title blocks, CSV dialects, several sheets, header
variants, extra columns, missing columns, identifiers that stay text. The files are written
here with openpyxl and the csv module, not with our demo generator."""

from __future__ import annotations

import json

import pytest

from kalbar_desktop.domain import kolom
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import statistik
from tests.berkas_uji import (
    HEADER_INDIVIDU,
    INDIVIDU,
    baris_individu,
    tulis_csv,
    tulis_xlsx,
)
from tests.conftest import cuplikan


def _anggota(db, id_individu):
    return db.execute("SELECT * FROM anggota WHERE id_individu = ?", [id_individu]).fetchone()


def _nilai(db, sql, *params):
    return db.execute(sql, params).fetchone()[0]


def _aturan(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT aturan FROM temuan")}


def _periksa_isi_standar(db):
    """The 3 families / 7 people of tests.berkas_uji, identifiers intact."""
    assert statistik.jumlah(db) == (3, 7)
    assert db.execute("SELECT id_individu, nik, id_keluarga FROM anggota ORDER BY id_individu"
                      ).fetchall()[0] == ("P3KE00101", "6172011508800001", "P3KE001")
    assert _nilai(db, "SELECT nama_kepala FROM keluarga WHERE id_keluarga='P3KE002'") == "Maria"
    assert _nilai(db, "SELECT kode_kemdagri FROM keluarga WHERE id_keluarga='P3KE003'") == \
        "6172021001"
    tipe = db.execute("SELECT DISTINCT typeof(nik), typeof(id_individu), typeof(id_keluarga) "
                      "FROM anggota").fetchall()
    assert tipe == [("text", "text", "text")]


# ---------------------------------------------------------------------------------------------
# CSV dialects
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pemisah", "encoding"), [
    (",", "utf-8"), (";", "utf-8"), (",", "utf-8-sig"), (";", "utf-8-sig"), (";", "cp1252"),
])
def test_csv_utf8_bom_koma_titik_koma_dan_ansi(db, tmp_path, pemisah, encoding):
    rows = baris_individu({0: {"Nama": "Ahmad Sé", "Alamat": "Jl. Tani 1, RT 001"}})
    path = tulis_csv(tmp_path / "individu.csv", HEADER_INDIVIDU, rows, pemisah=pemisah,
                     encoding=encoding)
    hasil = impor_p3ke.impor(db, [path])
    _periksa_isi_standar(db)
    assert hasil.ringkasan.keluarga_baru == 3
    assert _nilai(db, "SELECT nama FROM anggota WHERE id_individu='P3KE00101'") == "Ahmad Sé"
    assert _nilai(db, "SELECT alamat FROM keluarga WHERE id_keluarga='P3KE001'") == \
        "Jl. Tani 1, RT 001"
    assert _aturan(db) == set()  # clean data: no finding


def test_csv_titik_koma_dengan_koma_di_alamat_tanpa_kutip(db, tmp_path):
    # Excel's semicolon CSV does not quote commas; the delimiter guess must not pick ','.
    baris = [";".join(HEADER_INDIVIDU)] + [
        ";".join(str(v) for v in r).replace("Jl. Tani 1", "Jl. Tani, No 1, RT 2, RW 3")
        for r in INDIVIDU]
    path = tmp_path / "individu.csv"
    path.write_text("\r\n".join(baris) + "\r\n", encoding="utf-8")
    impor_p3ke.impor(db, [path])
    _periksa_isi_standar(db)
    assert _nilai(db, "SELECT alamat FROM keluarga WHERE id_keluarga='P3KE001'") == \
        "Jl. Tani, No 1, RT 2, RW 3"


def test_csv_dari_excel_dengan_nik_notasi_ilmiah(db, tmp_path):
    rows = baris_individu({0: {"NIK": "6.17201E+15"}})
    path = tulis_csv(tmp_path / "individu.csv", HEADER_INDIVIDU, rows, pemisah=";",
                     encoding="cp1252")
    impor_p3ke.impor(db, [path])
    a = db.execute("SELECT nik, nik_bentuk FROM anggota WHERE id_individu='P3KE00101'").fetchone()
    assert a == ("6.17201E+15", "ilmiah")  # kept as written, never "repaired"
    t = db.execute("SELECT aturan, id_individu, file, lembar, baris FROM temuan "
                   "WHERE aturan='NIK_RUSAK_EXCEL'").fetchall()
    assert t == [("NIK_RUSAK_EXCEL", "P3KE00101", "individu.csv", "individu.csv", 2)]


# ---------------------------------------------------------------------------------------------
# xlsx written by openpyxl
# ---------------------------------------------------------------------------------------------

def test_xlsx_openpyxl_nik_sebagai_angka_ditandai_rusak_excel(db, tmp_path):
    rows = baris_individu()
    for r in rows:  # Excel stored every identifier as a number
        for h in ("NIK", "Kode Kemdagri"):
            r[HEADER_INDIVIDU.index(h)] = int(r[HEADER_INDIVIDU.index(h)])
    rows[1][HEADER_INDIVIDU.index("NIK")] = 6172015003850000  # last digit lost by Excel
    path = tulis_xlsx(tmp_path / "angka.xlsx", [("Individu", HEADER_INDIVIDU, rows)])
    impor_p3ke.impor(db, [path])
    assert statistik.jumlah(db) == (3, 7)
    nik = dict(db.execute("SELECT id_individu, nik FROM anggota").fetchall())
    assert nik["P3KE00101"] == "6172011508800001"  # written out in full, as text
    assert nik["P3KE00102"] == "6172015003850000"  # not guessed back
    assert _nilai(db, "SELECT kode_kemdagri FROM keluarga WHERE id_keluarga='P3KE001'") == \
        "6172011001"
    rusak = db.execute("SELECT id_individu, baris FROM temuan WHERE aturan='NIK_RUSAK_EXCEL' "
                       "ORDER BY id_individu").fetchall()
    assert [r[0] for r in rusak] == [r[4] for r in INDIVIDU]
    assert rusak[0][1] == 2
    assert _nilai(db, "SELECT typeof(nik) FROM anggota LIMIT 1") == "text"


def test_tanda_kutip_spasi_dan_titik_dibuang_dari_identitas(db, tmp_path):
    rows = baris_individu({
        0: {"NIK": "'6172011508800001", "ID Individu": " P3KE00101 "},
        1: {"NIK": "6172 0150 0385 0002"},
        2: {"NIK": "6172.0101.0110.0003", "Kode Kemdagri": "61.72.01.1001"},
    })
    path = tulis_xlsx(tmp_path / "kutip.xlsx", [("Individu", HEADER_INDIVIDU, rows)])
    impor_p3ke.impor(db, [path])
    _periksa_isi_standar(db)
    assert _nilai(db, "SELECT nik FROM anggota WHERE id_individu='P3KE00102'") == \
        "6172015003850002"
    assert _nilai(db, "SELECT nik FROM anggota WHERE id_individu='P3KE00103'") == \
        "6172010101100003"
    assert _aturan(db) == set()


def test_header_huruf_besar_dan_nilai_huruf_besar(db, tmp_path):
    header = [h.upper() for h in HEADER_INDIVIDU]
    i = HEADER_INDIVIDU.index("Hubungan dengan Kepala Keluarga")
    header[i] = "  hubungan  DENGAN kepala keluarga "
    rows = [[v.upper() if isinstance(v, str) else v for v in r] for r in INDIVIDU]
    path = tulis_xlsx(tmp_path / "besar.xlsx", [("DATA", header, rows)])
    impor_p3ke.impor(db, [path])
    assert statistik.jumlah(db) == (3, 7)
    a = db.execute("SELECT jenis_kelamin, hubungan, status_kawin, pendidikan FROM anggota "
                   "WHERE id_individu='P3KE00102'").fetchone()
    # matched through the code lists to the canonical labels
    assert a == ("Perempuan", "Istri/Suami", "Kawin", "Tamat SLTP/Sederajat")
    assert _aturan(db) == set()


def test_judul_12_baris_header_di_baris_12_data_dari_baris_13(db, tmp_path):
    judul = [["DATA P3KE BY NAME BY ADDRESS"], ["PROVINSI KALIMANTAN BARAT"],
             ["KOTA SINGKAWANG"], [], ["Sumber: Kemenko PMK"], ["Dicetak: 01-06-2023"],
             [], [], [], [], []]
    path = tulis_xlsx(tmp_path / "bnba.xlsx", [("BNBA", HEADER_INDIVIDU, INDIVIDU)],
                      judul=judul, gabung_judul=True)
    hasil = impor_p3ke.impor(db, [path])
    _periksa_isi_standar(db)
    assert hasil.tata_letak == "bnba"
    assert _nilai(db, "SELECT baris_sumber FROM anggota WHERE id_individu='P3KE00101'") == 13


def test_bnba_tanpa_id_individu_tanpa_hubungan_dengan_baris_nomor_kolom(db, tmp_path):
    """The Sambas-style print sheet: title block, a '1 2 3' row under the header, members on
    consecutive rows under the same ID Keluarga (merged cells), the head first, no ID Individu
    and no Hubungan column."""
    header = ["No", "Desa", "Alamat", "ID Keluarga", "Kode Kemdagri", "Desil", "Nama", "NIK",
              "Tanggal Lahir", "Jenis Kelamin", "Keterangan Petugas"]
    rows = []
    for i, r in enumerate(INDIVIDU, start=1):
        d = dict(zip(HEADER_INDIVIDU, r, strict=True))
        rows.append([i, "Roban", d["Alamat"], d["ID Keluarga P3KE"], d["Kode Kemdagri"],
                     d["Desil Kesejahteraan"], d["Nama"], d["NIK"], d["Tanggal Lahir"],
                     d["Jenis Kelamin"], "dicek" if i == 2 else None])
    judul = [["DAFTAR KELUARGA SASARAN P3KE"]] + [[]] * 10
    path = tulis_xlsx(tmp_path / "sambas.xlsx", [("Sheet1", header, rows)], judul=judul,
                      nomor_kolom=True)
    # merge the ID Keluarga cells of each family, as print layouts do
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    kol = header.index("ID Keluarga") + 1
    for awal, akhir in ((14, 16), (17, 18), (19, 20)):
        for r in range(awal + 1, akhir + 1):
            ws.cell(row=r, column=kol).value = None
        ws.merge_cells(start_row=awal, start_column=kol, end_row=akhir, end_column=kol)
    wb.save(path)

    hasil = impor_p3ke.impor(db, [path])
    assert hasil.tata_letak == "bnba"
    assert statistik.jumlah(db) == (3, 7)
    anggota = db.execute("SELECT id_individu, id_keluarga, hubungan, nama, baris_sumber "
                         "FROM anggota ORDER BY id_keluarga, urutan").fetchall()
    assert anggota[:3] == [("P3KE001-01", "P3KE001", "Kepala Keluarga", "Ahmad", 14),
                           ("P3KE001-02", "P3KE001", None, "Siti Aminah", 15),
                           ("P3KE001-03", "P3KE001", None, "Rizky", 16)]
    assert _nilai(db, "SELECT nama_kepala FROM keluarga WHERE id_keluarga='P3KE002'") == "Maria"
    # the unknown column is kept in the source JSON, not lost and not an error
    sumber = json.loads(_nilai(db, "SELECT sumber_json FROM anggota "
                                   "WHERE id_individu='P3KE001-02'"))
    assert sumber["Keterangan Petugas"] == "dicek"
    assert "Keterangan Petugas" in hasil.kolom_tak_dikenal["sambas.xlsx / Sheet1"]


def test_satu_workbook_berisi_lembar_keluarga_individu_dan_lembar_lain(db, tmp_path):
    header_k = ["ID Keluarga", "Provinsi", "Kabupaten", "Kecamatan", "Desa", "Kode Kemdagri",
                "Desil Kesejahteraan", "Alamat", "Kepala Keluarga", "NIK", "Jenis Kelamin",
                "Memiliki fasilitas Buang Air Besar", "Penerima BNPT", "Kolom Tambahan Dinas"]
    rows_k = [
        ["P3KE001", "Kalimantan Barat", "Kota Singkawang", "Singkawang Tengah", "Roban",
         "6172011001", 1, "Jl. Tani 1", "Ahmad", "6172011508800001", "Laki-laki",
         "Milik Sendiri", "Ya", "x"],
        ["P3KE002", "Kalimantan Barat", "Kota Singkawang", "Singkawang Tengah", "Condong",
         "6172011002", 2, "Gg. Mawar 2", "Maria", "6172014412700001", "Perempuan",
         "Umum/Bersama", "Tidak", None],
        ["P3KE003", "Kalimantan Barat", "Kota Singkawang", "Singkawang Barat", "Pasiran",
         "6172021001", 3, "Jl. Pahlawan 3", "Bong Kim Fui", "6172022002600001", "Laki-laki",
         "Lainnya", "Ya", None],
    ]
    rekap = ("Rekap", ["Kecamatan", "Desa", "Nama", "Jumlah KK"], [["A", "B", "C", 3]])
    petunjuk = ("Petunjuk", ["Isi sesuai data"], [["baris 1"]])
    path = tulis_xlsx(tmp_path / "gabungan.xlsx", [
        petunjuk, ("Keluarga", header_k, rows_k), rekap,
        ("Individu", HEADER_INDIVIDU, INDIVIDU)])
    hasil = impor_p3ke.impor(db, [path])
    _periksa_isi_standar(db)
    k = db.execute("SELECT fasilitas_bab, penerima_bpnt, kabupaten, desa, lembar_sumber "
                   "FROM keluarga WHERE id_keluarga='P3KE002'").fetchone()
    assert k == ("Umum/Bersama", "Tidak", "Kota Singkawang", "Condong", "Keluarga")
    assert hasil.tata_letak == "2022, lain"
    assert _nilai(db, "SELECT lembar FROM impor_file") == "Keluarga, Individu"
    assert json.loads(_nilai(db, "SELECT sumber_json FROM keluarga WHERE id_keluarga='P3KE001'")
                      )["Kolom Tambahan Dinas"] == "x"


def test_header_varian_dikenali():
    norm = kolom.normalisasi_header
    assert kolom.PETA_HEADER_KELUARGA[norm("Kabupaten")] == "kabupaten"
    assert kolom.PETA_HEADER_KELUARGA[norm("KABUPATEN / KOTA")] == "kabupaten"
    assert kolom.PETA_HEADER_KELUARGA[norm("Memiliki Fasilitas Buang Air Besar")] == \
        "fasilitas_bab"
    assert kolom.PETA_HEADER_KELUARGA[norm("memiliki fasilitas buang air besar")] == \
        "fasilitas_bab"
    assert kolom.PETA_HEADER_KELUARGA[norm("Penerima BNPT")] == "penerima_bpnt"
    assert kolom.PETA_HEADER_INDIVIDU[norm(" Hubungan  dengan\nKepala Keluarga ")] == "hubungan"


# ---------------------------------------------------------------------------------------------
# Errors: clear Indonesian message naming the place, database unchanged
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("hilang", ["ID Keluarga P3KE", "NIK", "Nama", "Kode Kemdagri"])
def test_kolom_wajib_hilang_menyebut_kolom_lembar_dan_berkas(db_demo, tmp_path, hilang):
    i = HEADER_INDIVIDU.index(hilang)
    header = HEADER_INDIVIDU[:i] + HEADER_INDIVIDU[i + 1:]
    rows = [r[:i] + r[i + 1:] for r in INDIVIDU]
    path = tulis_xlsx(tmp_path / "kurang.xlsx", [("Data Individu", header, rows)])
    sebelum = cuplikan(db_demo)
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        impor_p3ke.impor(db_demo, [path])
    pesan = str(e.value)
    assert hilang in pesan and "kurang.xlsx" in pesan and "'Data Individu'" in pesan
    assert "Kolom wajib tidak ditemukan" in pesan
    assert cuplikan(db_demo) == sebelum


def test_id_keluarga_kosong_menyebut_baris_dan_kolom(db_demo, tmp_path):
    rows = baris_individu({4: {"ID Keluarga P3KE": None}})
    path = tulis_xlsx(tmp_path / "kosong.xlsx", [("Individu", HEADER_INDIVIDU, rows)])
    sebelum = cuplikan(db_demo)
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        impor_p3ke.impor(db_demo, [path])
    assert "ID Keluarga kosong" in str(e.value)
    assert "kosong.xlsx, lembar 'Individu', baris 6, kolom A (ID Keluarga P3KE)" in str(e.value)
    assert cuplikan(db_demo) == sebelum


def test_id_individu_ganda_menyebut_kedua_baris(db_demo, tmp_path):
    rows = baris_individu({3: {"ID Individu": "P3KE00101"}})
    path = tulis_xlsx(tmp_path / "ganda.xlsx", [("Individu", HEADER_INDIVIDU, rows)])
    sebelum = cuplikan(db_demo)
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        impor_p3ke.impor(db_demo, [path])
    assert "ID Individu P3KE00101" in str(e.value)
    assert "baris 2" in str(e.value) and "baris 5" in str(e.value)
    assert cuplikan(db_demo) == sebelum


@pytest.mark.parametrize(("nama", "isi", "kata"), [
    ("kosong.xlsx", b"", "kosong"),
    ("acak.xlsx", bytes(range(256)) * 40, "bukan workbook"),
    ("terpotong.xlsx", None, "rusak atau terpotong"),
    ("kosong.csv", b"   \n", "kosong"),
    ("biner.csv", b"\x00\x01\x02" * 500 + b"\xff\xfe\xfd" * 10, "bukan teks CSV"),
    ("header_saja.csv", ",".join(HEADER_INDIVIDU).encode(), "hanya berisi judul kolom"),
    ("salah_header.csv", b"a,b,c\n1,2,3\n", "tidak berisi data P3KE yang dikenali"),
    ("teks.pdf", b"%PDF-1.4", "adalah dokumen PDF"),
])
def test_berkas_rusak_ditolak_dengan_pesan_jelas(db_demo, tmp_path, berkas_demo_2023, nama, isi,
                                                  kata):
    path = tmp_path / nama
    if isi is None:  # a real workbook cut in half
        path.write_bytes(berkas_demo_2023[0].read_bytes()[:5000])
    else:
        path.write_bytes(isi)
    sebelum = cuplikan(db_demo)
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        impor_p3ke.impor(db_demo, [path])
    assert kata in str(e.value)
    assert nama in str(e.value)
    assert cuplikan(db_demo) == sebelum


def test_nilai_di_luar_daftar_kode_disimpan_apa_adanya(db, tmp_path):
    rows = baris_individu({1: {"Pendidikan": "SD kelas 4"}, 2: {"Jenis Kelamin": "l"}})
    path = tulis_xlsx(tmp_path / "kode.xlsx", [("Individu", HEADER_INDIVIDU, rows)])
    impor_p3ke.impor(db, [path])
    assert _nilai(db, "SELECT pendidikan FROM anggota WHERE id_individu='P3KE00102'") == \
        "SD kelas 4"
    assert _nilai(db, "SELECT jenis_kelamin FROM anggota WHERE id_individu='P3KE00103'") == \
        "Laki-laki"  # alias 'L', any case
    t = db.execute("SELECT aturan, id_individu, kolom, nilai, pesan FROM temuan").fetchall()
    assert t == [("KODE_TIDAK_DIKENAL", "P3KE00102", "pendidikan", "SD kelas 4",
                  "Pendidikan: nilai SD kelas 4 tidak ada di daftar kode")]


def test_pratinjau_cepat_tanpa_menulis_dan_dengan_peringatan(db, tmp_path):
    rows = baris_individu({0: {"NIK": 6172011508800001}, 2: {"NIK": "6.17201E+15"}})
    path = tulis_xlsx(tmp_path / "pratinjau.xlsx", [("Individu", HEADER_INDIVIDU, rows),
                                                    ("Catatan", ["bebas"], [["x"]])],
                      judul=[["JUDUL"], []])
    sebelum = cuplikan(db)
    (pb,) = impor_p3ke.pratinjau([path], n_contoh=5)
    assert pb.galat is None and pb.diabaikan == ["Catatan"]
    (pl,) = pb.lembar
    assert (pl.lembar, pl.jenis, pl.tata_letak, pl.baris_header) == (
        "Individu", "individu", "bnba", 3)
    assert [(k.huruf, k.header, k.tujuan) for k in pl.kolom][:2] == [
        ("A", "ID Keluarga P3KE", "ID Keluarga P3KE"), ("B", "Kode Kemdagri", "Kode Kemdagri")]
    assert [n for n, _ in pl.contoh] == [4, 5, 6, 7, 8]
    assert pl.contoh[0][1][6] == "6172011508800001"
    assert len(pl.peringatan) == 2
    assert pl.peringatan[0].startswith("Kolom G (NIK) berisi angka, bukan teks (mis. baris 4)")
    assert "notasi ilmiah" in pl.peringatan[1] and "baris 6" in pl.peringatan[1]
    assert cuplikan(db) == sebelum


def test_berkas_tanpa_izin_baca_ditolak_dengan_pesan(db, tmp_path):
    import os

    path = tulis_xlsx(tmp_path / "terkunci.xlsx", [("Individu", HEADER_INDIVIDU, INDIVIDU)])
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything: simulate with a folder instead
            path.chmod(0o644)
            path = tmp_path / "folder.xlsx"
            path.mkdir()
        sebelum = cuplikan(db)
        with pytest.raises(impor_p3ke.KesalahanImpor) as e:
            impor_p3ke.impor(db, [path])
        assert path.name in str(e.value)
        assert cuplikan(db) == sebelum
    finally:
        if path.is_file():
            path.chmod(0o644)
