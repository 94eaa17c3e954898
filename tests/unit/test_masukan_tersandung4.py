"""Inputs an operator still tripped on (task tersandung4), each written the way the other
program writes it: the csv module, openpyxl, xlsxwriter, hand-edited workbook XML, LibreOffice;
never the project's demo generator."""

from __future__ import annotations

import json

from kalbar_desktop.domain.tanggal import BuktiUrutan
from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml

H = ml.INDIVIDU_2023
K = ml.KEPALA_2023
LAHIR = {"006172000101": "1980-08-15", "006172000102": "1985-03-10",
         "006172000201": "1970-12-04", "006172000202": "1995-05-05",
         "006172000301": "1960-02-20"}


def _anggota(db) -> dict[str, dict]:
    return {r["id_individu"]: r for r in db.query("SELECT * FROM anggota")}


def _lahir(db) -> dict[str, str]:
    return {k: v["tanggal_lahir"] for k, v in _anggota(db).items()}


def _temuan(db) -> list[tuple]:
    return db.execute("SELECT aturan, id_individu, kolom, nilai FROM temuan "
                      "ORDER BY 1, 2").fetchall()


def _dengan_tanggal(tertulis, baris=None) -> list[list]:
    rows = baris if baris is not None else ml.baris_individu()
    for r, t in zip(rows, tertulis, strict=True):
        r[H.index("Tanggal Lahir")] = t
    return rows


# --- 1. a date column written in the US order -----------------------------------------------

AMERIKA = ["08/15/1980", "3/10/1985", "12/4/1970", "5/5/1995", "02/20/1960"]


def test_bukti_urutan_per_kolom():
    b = BuktiUrutan()
    for t in ("08/15/1980", "3/10/1985", " 3/10/85", "12/31/1979", "5/5/1990", "02/30/1980",
              "x", "15-08-1980"):
        b.catat(t)
    assert (b.keputusan, b.jumlah_bulan_dulu, b.jumlah_hari_dulu) == ("bulan", 2, 0)
    assert b.peta() == {"3/10/1985": ("1985-10-03", "1985-03-10"),
                        " 3/10/85": ("1985-10-03", "1985-03-10")}
    b.catat("25/12/1980")  # one date that can only be day first: mixed evidence
    assert b.keputusan == "campur"
    hanya_ambigu = BuktiUrutan()
    hanya_ambigu.catat("3/10/1985")
    # nothing says US: day first, as Indonesia writes, but said (the NIKs may decide)
    assert hanya_ambigu.keputusan == "belum_pasti"


def test_kolom_tanggal_amerika_dibaca_bulan_dulu_dari_csv(db, tmp_path):
    path = ml.csv_berkas(tmp_path / "individu.csv", H, _dengan_tanggal(AMERIKA))
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == LAHIR
    assert _temuan(db) == []  # every date agrees with its NIK
    # the family takes its head's date from the same rows
    assert db.execute("SELECT tanggal_lahir FROM keluarga WHERE id_keluarga = '0061720002'"
                      ).fetchone()[0] == "1970-12-04"
    anggota = _anggota(db)
    assert json.loads(anggota["006172000102"]["sumber_json"]) == {"Tanggal Lahir": "3/10/1985"}
    assert ("Tanggal di kolom K (Tanggal Lahir), berkas individu.csv, lembar 'individu.csv' "
            "ditulis bulan dulu seperti di Amerika (mis. 08/15/1980), maka 2 tanggal yang bisa "
            "dibaca dua cara juga dibaca bulan dulu (mis. 3/10/1985 dibaca 10 Maret 1985).") \
        in hasil.pesan()
    # the preview says the same from the rows it reads
    peringatan = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert any("ditulis bulan dulu seperti di Amerika (mis. 08/15/1980), maka 2 tanggal yang "
               "bisa dibaca dua cara juga akan dibaca bulan dulu (mis. 3/10/1985 akan dibaca 10 "
               "Maret 1985). Pratinjau membaca semua 5 baris data lembar ini" in p
               for p in peringatan), peringatan


def test_tanggal_amerika_dikoreksi_lalu_dicek_lagi_dengan_nik(db, tmp_path):
    # openpyxl, dates typed as text. Siti's NIK says 3 October 1985: it agreed with the
    # day-first reading while converting, and must be checked again against 10 March.
    rows = _dengan_tanggal(AMERIKA)
    rows[1][H.index("NIK")] = "6172014310850002"
    path = ml.xlsx(tmp_path / "individu.xlsx", H, rows, lembar="Individu")
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == LAHIR
    assert _temuan(db) == [("NIK_TGL_LAHIR", "006172000102", "nik", "6172014310850002")]
    assert "lembar 'Individu' ditulis bulan dulu" in hasil.pesan()


def test_kolom_tanggal_dua_urutan_tetap_hari_dulu_dan_disebut(db, tmp_path):
    tertulis = ["08/15/1980", "3/10/1985", "12/4/1970", "25/05/1995", "02/20/1960"]
    path = ml.csv_berkas(tmp_path / "individu.csv", H, _dengan_tanggal(tertulis))
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == {**LAHIR, "006172000102": "1985-10-03", "006172000201": "1970-04-12",
                          "006172000202": "1995-05-25"}
    assert ("Tanggal di kolom K (Tanggal Lahir), berkas individu.csv, lembar 'individu.csv' "
            "ditulis dengan dua urutan: bulan dulu (mis. 08/15/1980) dan hari dulu (mis. "
            "25/05/1995); 2 tanggal yang bisa dibaca dua cara dibaca hari dulu (mis. 3/10/1985 "
            "dibaca 3 Oktober 1985): periksa tanggal-tanggal itu.") in hasil.pesan()
    peringatan = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert any("ditulis dengan dua urutan" in p for p in peringatan), peringatan


def test_kolom_tanggal_indonesia_tidak_disentuh(db, tmp_path):
    tertulis = ["15/08/1980", "10/3/1985", "4/12/1970", "5/5/1995", "20/02/1960"]
    path = ml.csv_berkas(tmp_path / "individu.csv", H, _dengan_tanggal(tertulis))
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == LAHIR
    assert "dua cara" not in hasil.pesan()
    assert impor_p3ke.pratinjau([path])[0].lembar[0].peringatan == []


# --- 2. hidden sheet with the real data behind an empty template ----------------------------

def _templat_dan_data_tersembunyi(path, keadaan: str = "hidden", nomor_kolom: bool = False,
                                  isi_terlihat: bool = False):
    """openpyxl: a visible 'Individu' sheet with the header only (the office's template; with
    the 1 2 3 numbering row and empty formatted rows), the data in a hidden sheet 'Data'."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append(H)
    if nomor_kolom:
        ws.append(list(range(1, len(H) + 1)))
    for baris in range(3, 30):  # formatted, empty
        ws.cell(baris, 1).fill = PatternFill("solid", fgColor="FFFF00")
    if isi_terlihat:
        for r in ml.baris_individu()[:1]:
            r[H.index("ID Individu")] = "006172000109"
            ws.append(r)
    data = wb.create_sheet("Data")
    data.sheet_state = keadaan
    data.append(H)
    for r in ml.baris_individu():
        data.append(r)
    wb.save(path)
    return path


def test_data_di_lembar_tersembunyi_di_balik_templat_kosong_diimpor(db, tmp_path):
    path = _templat_dan_data_tersembunyi(tmp_path / "individu.xlsx", "veryHidden",
                                         nomor_kolom=True)
    pb = impor_p3ke.pratinjau([path])[0]
    assert pb.galat is None
    assert [lb.lembar for lb in pb.lembar] == ["Data"]
    assert pb.diabaikan == ["Individu (hanya judul kolom, tanpa baris data; data diambil dari "
                            "lembar tersembunyi 'Data')"]
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == LAHIR
    assert ("Lembar 'Individu' di berkas individu.xlsx hanya berisi judul kolom tanpa baris data: "
            "yang diimpor data di lembar tersembunyi 'Data'.") \
        in hasil.pesan()
    assert "tidak diimpor" not in hasil.pesan()


def test_lembar_tersembunyi_tetap_dilewati_bila_lembar_tampil_berisi_data(db, tmp_path):
    path = _templat_dan_data_tersembunyi(tmp_path / "individu.xlsx", isi_terlihat=True)
    hasil = impor_p3ke.impor(db, [path])
    assert set(_lahir(db)) == {"006172000109"}
    assert "Lembar tersembunyi berisi data P3KE tidak diimpor: individu.xlsx 'Data'" \
        in hasil.pesan()


def test_templat_kosong_tanpa_lembar_tersembunyi_tetap_ditolak(db_demo, tmp_path):
    path = ml.xlsx(tmp_path / "templat.xlsx", H, [], lembar="Individu")
    ml.tolak_impor(db_demo, [path], "Lembar 'Individu' di berkas templat.xlsx hanya berisi "
                   "judul kolom (baris 1) tanpa satu pun baris data di bawahnya.")


# --- 3. the preview and formulas in large sheets --------------------------------------------

def test_pratinjau_lembar_besar_memeriksa_rumus_di_baris_awal(db_demo, tmp_path, monkeypatch):
    """A sheet over the size read whole (made small here) written by a script with openpyxl: a
    NIK as a formula never calculated. The preview finds it in its first rows and says it
    looked at those only; the import refuses it, as before."""
    from kalbar_desktop.exchange import xlsx_potong
    from tests.unit.test_masukan_tersandung3 import _dengan_rumus

    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1000)
    monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 1500)
    path = _dengan_rumus(tmp_path / "rumus.xlsx", total=False, kolom_tambahan=False,
                         nik_baris=5)
    peringatan = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert any(w.startswith("Sel J5 (NIK) berisi rumus yang belum pernah dihitung")
               for w in peringatan), peringatan
    assert ("Lembar ini besar: pratinjau hanya memeriksa rumus yang belum pernah dihitung di "
            "52 baris pertama; impor memeriksa seluruh lembar dan menolaknya bila ada rumus "
            "seperti itu di kolom data.") in peringatan
    ml.tolak_impor(db_demo, [path], "Sel J5 berisi rumus yang belum pernah dihitung")
    # without formulas: the plain note only
    bersih = _dengan_rumus(tmp_path / "bersih.xlsx", total=False, kolom_tambahan=False)
    peringatan = impor_p3ke.pratinjau([bersih])[0].lembar[0].peringatan
    assert len(peringatan) == 1 and peringatan[0].startswith("Lembar ini besar")
    # a sheet read whole says nothing of the kind
    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 48_000_000)
    utuh = _dengan_rumus(tmp_path / "utuh.xlsx", total=False, kolom_tambahan=False)
    assert impor_p3ke.pratinjau([utuh])[0].lembar[0].peringatan == []


# --- 4. inputs nobody had tried -------------------------------------------------------------

def test_header_dua_baris_dengan_grup_digabung(db, tmp_path):
    """openpyxl: a group row with merged cells ("Identitas", "Kondisi") above the header."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    grup = [None] * len(H)
    grup[0], grup[10] = "Identitas", "Kondisi"
    ws.append(grup)
    ws.merge_cells("A1:J1")
    ws.merge_cells("K1:AA1")
    ws.append(H)
    for r in ml.baris_individu():
        ws.append(r)
    wb.save(tmp_path / "individu.xlsx")
    pl = impor_p3ke.pratinjau([tmp_path / "individu.xlsx"])[0].lembar[0]
    assert (pl.baris_header, [n for n, _ in pl.contoh]) == (2, [3, 4, 5, 6, 7])
    hasil = impor_p3ke.impor(db, [tmp_path / "individu.xlsx"])
    assert _lahir(db) == LAHIR and hasil.kolom_tak_dikenal == {}


def test_kolom_p3ke_sama_dengan_header_lain_yang_pertama_dipakai_dan_disebut(db, tmp_path):
    rows = [[*r, "6172019999990001"] for r in ml.baris_individu()]
    path = ml.xlsx(tmp_path / "dua_nik.xlsx", [*H, "NIK (16 digit)"], rows, lembar="Individu")
    peringatan = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert ("Kolom AB (NIK (16 digit)) adalah kolom P3KE yang sama dengan kolom J (NIK): yang "
            "dipakai kolom J; isi kolom AB disimpan apa adanya. Hapus kolom yang salah bila "
            "bukan itu maksudnya.") in peringatan
    hasil = impor_p3ke.impor(db, [path])
    assert hasil.kolom_tak_dikenal == {"dua_nik.xlsx / Individu": [
        "NIK (16 digit) (kolom AB; kolom P3KE yang sama dengan kolom J 'NIK', yang dipakai)"]}
    siti = _anggota(db)["006172000102"]
    assert siti["nik"] == "6172015003850002"
    assert json.loads(siti["sumber_json"]) == {"NIK (16 digit)": "6172019999990001"}


def test_header_sama_persis_dua_kali_tetap_ditolak(db_demo, tmp_path):
    rows = [[*r, "Nama lain"] for r in ml.baris_individu()]
    path = ml.xlsx(tmp_path / "nama_dua.xlsx", [*H, "NAMA "], rows, lembar="Individu")
    ml.tolak_impor(db_demo, [path], "Judul kolom 'Nama' muncul 2 kali (kolom I dan AB) di berkas "
                   "nama_dua.xlsx, lembar 'Individu', baris 1.")


def test_xls_dan_ods_dari_libreoffice_lewat_jalur_yang_sama(db, tmp_path):
    import subprocess

    from tests.berkas_uji import soffice

    asal = ml.xlsx(tmp_path / "individu.xlsx", H, ml.baris_individu(), lembar="Individu")
    keluar = tmp_path / "lo"
    for jenis in ("xls", "ods"):
        subprocess.run([soffice(), f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}",
                        "--headless", "--convert-to", jenis, "--outdir", str(keluar),
                        str(asal)], check=True, capture_output=True, timeout=180)
    for jenis in ("xls", "ods"):
        path = keluar / f"individu.{jenis}"
        pb = impor_p3ke.pratinjau([path])[0]
        assert pb.galat is None and pb.lembar[0].peringatan == [], (jenis, pb)
    impor_p3ke.impor(db, [keluar / "individu.xls"])
    assert _lahir(db) == LAHIR and _temuan(db) == []
    # the same rows in the other format change nothing
    hasil = impor_p3ke.impor(db, [keluar / "individu.ods"])
    assert (hasil.ringkasan.anggota_baru, hasil.ringkasan.anggota_berubah) == (0, 0)


def test_xlsm_dan_xlsx_gaya_google_sheets_tanpa_shared_strings(db, tmp_path):
    asal = ml.xlsx(tmp_path / "asal.xlsx", H, ml.baris_individu(), lembar="Individu")
    google = ml.xlsx_tanpa_shared_strings(asal, tmp_path / "google.xlsx", str_kolom="J")
    makro = ml.xlsx_tanpa_shared_strings(asal, tmp_path / "makro.xlsm", makro=True)
    impor_p3ke.impor(db, [google])
    assert _lahir(db) == LAHIR and _temuan(db) == []
    assert {a["nik_bentuk"] for a in _anggota(db).values()} == {"teks"}
    hasil = impor_p3ke.impor(db, [makro])
    assert (hasil.ringkasan.anggota_baru, hasil.ringkasan.anggota_berubah) == (0, 0)


def test_csv_alamat_berbaris_dan_titik_koma_di_ujung_baris(db, tmp_path):
    rows = ml.baris_individu()
    rows[0][H.index("Alamat")] = 'Jl. Merdeka No. 5\nRT 01/RW 02; "Gg. Damai"'
    path = ml.csv_berkas(tmp_path / "alamat.csv", H, rows)
    impor_p3ke.impor(db, [path])
    alamat = db.execute("SELECT alamat FROM keluarga WHERE id_keluarga = '0061720001'"
                        ).fetchone()[0]
    assert alamat == 'Jl. Merdeka No. 5\nRT 01/RW 02; "Gg. Damai"'
    # Excel's trailing empty cells: ';;;;' after every row, the header too
    path = tmp_path / "ekor.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        f.write(";".join(H) + ";;;;\r\n")
        for r in ml.baris_individu():
            f.write(";".join(str(x) for x in r) + ";;;;\r\n")
    hasil = impor_p3ke.impor(db, [path])
    assert hasil.kolom_tak_dikenal == {} and hasil.ringkasan.keluarga_berubah == 1  # Alamat


def test_tsv_dan_txt_dipisah_tab(db, tmp_path):
    for nama in ("individu.tsv", "individu.txt"):
        path = ml.csv_berkas(tmp_path / nama, H, ml.baris_individu(), pemisah="\t",
                             encoding="utf-8")
        assert impor_p3ke.pratinjau([path])[0].galat is None
    impor_p3ke.impor(db, [tmp_path / "individu.tsv"])
    assert _lahir(db) == LAHIR


def test_header_csv_dengan_spasi_tak_putus_dan_spasi_lebar_nol(db, tmp_path):
    header = [h.replace(" ", "\u00a0") for h in H]
    header[0] = "\u200b" + header[0]  # copied from a web page
    header[H.index("NIK")] = "NIK\u200b"
    header[H.index("Nama")] = "\ufeffNama\u00ad"
    path = ml.csv_berkas(tmp_path / "individu.csv", header, ml.baris_individu())
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == LAHIR and hasil.kolom_tak_dikenal == {}


def _kode_angka(path):
    """xlsxwriter: Kode Kemdagri as number cells with the custom format 0000000000, the
    family of row 6 with the shortened code 101010001 (Excel shows 0101010001)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Individu")
    nol = wb.add_format({"num_format": "0000000000"})
    teks_sel = wb.add_format({"num_format": "@"})
    ws.write_row(0, 0, H)
    for n, r in enumerate(ml.baris_individu(), start=1):
        for j, v in enumerate(r):
            if H[j] == "Kode Kemdagri":
                ws.write_number(n, j, 101010001 if n == 5 else int(v), nol)
            elif isinstance(v, str):
                ws.write_string(n, j, v, teks_sel)
            elif hasattr(v, "year"):
                ws.write_string(n, j, v.isoformat(), teks_sel)
            else:
                ws.write(n, j, v)
    wb.close()
    return path


def test_kode_wilayah_angka_dengan_format_nol_di_depan(db, tmp_path):
    """xlsxwriter: Kode Kemdagri as number cells with the custom format 0000000000 (Excel shows
    leading zeros it does not store). 6172011001 is read right; a shortened code 101010001
    (shown 0101010001) is read as stored, named in the preview and the summary, and is a
    WILAYAH_TIDAK_DIKENAL finding once the region reference is loaded."""
    from kalbar_desktop.exchange import wilayah_csv
    from tests.conftest import WILAYAH_61

    path = _kode_angka(tmp_path / "kode.xlsx")
    peringatan = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert peringatan == [
        "Kolom C (Kode Kemdagri) berisi angka, bukan teks, dan kode di baris 6 hanya 9 digit "
        "(101010001): nol di depan tidak tersimpan di sel angka (format angka seperti "
        "0000000000 hanya mengubah tampilan). Kode desa 10 digit; perbaiki kodenya di berkas."]
    hasil = impor_p3ke.impor(db, [path])
    kode = dict(db.execute("SELECT id_keluarga, kode_kemdagri FROM keluarga").fetchall())
    assert kode == {"0061720001": "6172011001", "0061720002": "6172011002",
                    "0061720003": "101010001"}
    assert ("1 keluarga ber-Kode Kemdagri yang bukan kode desa 10 digit (mis. 101010001, berkas "
            "kode.xlsx, lembar 'Individu', baris 6). Bila di Excel tampil dengan nol di depan "
            "(0101010001), selnya berisi angka dengan format angka: nol di depan hanya tampilan, "
            "tidak tersimpan. Perbaiki kodenya di berkas (kode desa Kalimantan Barat diawali "
            "61).") in hasil.pesan()
    assert _temuan(db) == []  # no region reference yet
    wilayah_csv.impor(db, WILAYAH_61)
    assert db.execute("SELECT aturan, id_keluarga, nilai FROM temuan WHERE aturan = "
                      "'WILAYAH_TIDAK_DIKENAL' AND nilai = '101010001'").fetchall() == [
        ("WILAYAH_TIDAK_DIKENAL", "0061720003", "101010001")]


def test_area_terpakai_seluruh_kolom_dan_baris_kosong_berformat(db, tmp_path):
    """50 data rows under a <dimension> of A1:AZ1048576 (whole columns formatted), and the same
    with 100,000 empty formatted rows under the data (the benchmark writes 1,000,000):
    imported, nothing refused as a too-large area. Time and memory: docs/benchmarks.md."""
    from benchmarks.bench_baris_kosong import tulis

    for path in tulis(tmp_path, 100_000):
        pb = impor_p3ke.pratinjau([path])[0]
        assert pb.galat is None and len(pb.lembar[0].contoh) == 10
        hasil = impor_p3ke.impor(db, [path])
        assert hasil.sudah_pernah or hasil.ringkasan.jumlah_anggota == 50
        assert db.execute("SELECT count(*) FROM anggota").fetchone()[0] == 50


def test_tanggal_amerika_di_berkas_kepala_keluarga_juga(db, tmp_path):
    """The Kepala Keluarga workbook (csv module) in the US order too: its own column decides."""
    amerika = {"1980-08-15": "08/15/1980", "1970-12-04": "12/4/1970", "1960-02-20": "2/20/1960"}
    kepala = ml.baris_kepala(tanggal=lambda d: amerika[d.isoformat()])
    individu = _dengan_tanggal(AMERIKA)
    hasil = impor_p3ke.impor(db, [ml.csv_berkas(tmp_path / "kepala.csv", K, kepala),
                                  ml.csv_berkas(tmp_path / "individu.csv", H, individu)])
    assert dict(db.execute("SELECT id_keluarga, tanggal_lahir FROM keluarga").fetchall()) == {
        "0061720001": "1980-08-15", "0061720002": "1970-12-04", "0061720003": "1960-02-20"}
    assert _lahir(db) == LAHIR and _temuan(db) == []
    assert "kolom L (Tanggal Lahir Kepala Keluarga), berkas kepala.csv" in hasil.pesan()
