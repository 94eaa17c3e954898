"""Acceptance checks of issue 3 on the console, written the way an outside tester works: the
real ``kalbar-desktop`` command group through click's runner, files written with openpyxl and
the csv module (never our generator), the database compared before and after."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.conftest import cuplikan


def _cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _individu_tanpa_nik(path: Path) -> Path:
    i = ml.INDIVIDU_2023.index("NIK")
    baris = [r[:i] + r[i + 1:] for r in ml.baris_individu()]
    return ml.xlsx(path, ml.INDIVIDU_2023[:i] + ml.INDIVIDU_2023[i + 1:], baris,
                   lembar="Individu")


def test_impor_gagal_ke_basis_data_baru_tidak_meninggalkan_berkas(tmp_path):
    db = tmp_path / "kantor.db"
    hasil = _cli("--db", db, "import", _individu_tanpa_nik(tmp_path / "individu.xlsx"))
    assert hasil.exit_code == 1
    assert "Kolom wajib tidak ditemukan" in hasil.output and "NIK" in hasil.output
    assert "Traceback" not in hasil.output
    # no empty database left behind: a later command still says the file is missing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["individu.xlsx"]
    stat = _cli("--db", db, "stats", "--json")
    assert stat.exit_code == 1 and "tidak ada" in stat.output
    # nor the folder it would have created for it
    hasil = _cli("--db", tmp_path / "kantor-baru" / "x.db", "import", tmp_path / "individu.xlsx")
    assert hasil.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["individu.xlsx"]
    # the same files into an existing database: it is kept, unchanged
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli("--db", db, "import", kepala, individu).exit_code == 0
    with sdb.terbuka(db) as d:
        sebelum = cuplikan(d)
    assert _cli("--db", db, "import", _individu_tanpa_nik(tmp_path / "lagi.xlsx")).exit_code == 1
    with sdb.terbuka(db) as d:
        assert cuplikan(d) == sebelum


def _referensi(path: Path, baris: list[list[str]], pemisah: str = ";",
               encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, delimiter=pemisah, lineterminator="\r\n")
        w.writerow(["code", "name", "parent_code", "level"])
        w.writerows(baris)
    return path


# The region codes of tests/masukan_luar.py: Kota Singkawang, two kecamatan, three kelurahan
# known (6172021001 is left out on purpose).
_REFERENSI = [
    ["61", "Kalimantan Barat", "", "1"],
    ["61.72", "Kota Singkawang", "61", "2"],
    ["61.72.01", "Singkawang Selatan", "61.72", "3"],
    ["61.72.02", "Singkawang Timur", "61.72", "3"],
    ["61.72.01.1001", "Pasiran", "61.72.01", "4"],
    ["61.72.01.1002", "Kuala", "61.72.01", "4"],
    ["", "", "", ""],  # Excel leaves ";;;" rows below the data
]


def test_referensi_wilayah_dari_excel_indonesia(tmp_path):
    """A reference kept in Excel on an Indonesian Windows: semicolons, levels numbered 1-4,
    codes with dots, an empty row, Windows code page."""
    db = tmp_path / "kantor.db"
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli("--db", db, "import", kepala, individu).exit_code == 0
    berkas = _referensi(tmp_path / "wilayah.csv", _REFERENSI, encoding="cp1252")
    hasil = _cli("--db", db, "import-wilayah", berkas)
    assert hasil.exit_code == 0, hasil.output
    assert "6 wilayah dimuat" in hasil.output
    temuan = json.loads(_cli("--db", db, "check-data", "--json").output)
    tak_dikenal = [t for t in temuan if t["rule"] == "WILAYAH_TIDAK_DIKENAL"]
    assert [t["id_keluarga"] for t in tak_dikenal] == ["0061720003"]
    # words and tabs too
    kata = [["61", "Kalimantan Barat", "", "Provinsi"],
            ["6172", "Kota Singkawang", "61", "Kabupaten/Kota"],
            ["617202", "Singkawang Timur", "6172", "Kecamatan"],
            ["6172021001", "Roban", "617202", "Desa/Kelurahan"]]
    hasil = _cli("--db", db, "import-wilayah", _referensi(tmp_path / "kata.csv", kata, "\t"))
    assert hasil.exit_code == 0, hasil.output


def test_referensi_wilayah_salah_menyebut_baris_dan_kolom(tmp_path):
    db = tmp_path / "kantor.db"
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli("--db", db, "import", kepala, individu).exit_code == 0
    with sdb.terbuka(db) as d:
        sebelum = cuplikan(d)
    kasus = [
        (["61.72", "Kota Singkawang", "61", "kabupaten_kota"],
         ["6172011001", "Pasiran", "617201", "kota"],
         "baris 3: kode 6172011001 (10 digit) adalah kode Desa/Kelurahan, tetapi level "
         "tertulis 'kota'"),
        (["6172", "Kota Singkawang", "61", "5"],
         None, "baris 2, kolom level: '5' tidak dikenal; tulis salah satu dari provinsi, "
         "kabupaten_kota, kecamatan, desa_kelurahan (atau 1-4)"),
        (["61720", "Kota Singkawang", "61", "2"],
         None, "baris 2, kolom code: kode '61720' bukan kode wilayah Kemendagri"),
        (["6172", "", "61", "2"], None, "baris 2, kolom name: nama wilayah 6172 kosong"),
    ]
    for pertama, kedua, pesan in kasus:
        berkas = _referensi(tmp_path / "salah.csv", [pertama] + ([kedua] if kedua else []))
        hasil = _cli("--db", db, "import-wilayah", berkas)
        assert hasil.exit_code == 1
        assert f"Gagal: Berkas salah.csv, {pesan}" in hasil.output, hasil.output
        with sdb.terbuka(db) as d:
            assert cuplikan(d) == sebelum
    # into a database that does not exist yet: nothing is left behind
    baru = tmp_path / "baru" / "x.db"
    baru.parent.mkdir()
    assert _cli("--db", baru, "import-wilayah", berkas).exit_code == 1
    assert list(baru.parent.iterdir()) == []


def test_laporan_temuan_menyebut_kolom_seperti_di_berkas(tmp_path):
    """import --laporan: every finding of check-data --json is in the report with its file,
    sheet and row, and its column named as the P3KE file names it (not the database field)."""
    import openpyxl

    db = tmp_path / "kantor.db"
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    baris = ml.baris_individu()
    kol = ml.INDIVIDU_2023.index
    baris[1][kol("NIK")] = baris[1][kol("NIK")][:15]  # 15 digits
    baris[2][kol("Tanggal Lahir")] = "31/02/1970"
    baris[3][kol("Status Kawin")] = "Kawin Siri"
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, baris, lembar="Individu")
    hasil = _cli("--db", db, "import", kepala, individu, "--laporan", tmp_path / "laporan")
    assert hasil.exit_code == 0, hasil.output
    temuan = json.loads(_cli("--db", db, "check-data", "--json").output)
    wb = openpyxl.load_workbook(tmp_path / "laporan.xlsx", read_only=True)
    ws = wb["Temuan"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    laporan = {(r[header.index("Aturan")], r[header.index("ID Individu")]):
               (r[header.index("Kolom")], r[header.index("Berkas")], r[header.index("Lembar")],
                r[header.index("Baris")]) for r in rows[1:]}
    assert len(laporan) == len(temuan) >= 3
    for t in temuan:
        assert laporan[(t["rule"], t["id_individu"])][1:] == (t["file"], t["sheet"], t["row"])
    id_ = [r[kol("ID Individu")] for r in baris]
    assert laporan[("NIK_FORMAT", id_[1])] == ("NIK", "individu.xlsx", "Individu", 3)
    assert laporan[("TANGGAL_TIDAK_VALID", id_[2])][0] == "Tanggal Lahir"
    assert laporan[("KODE_TIDAK_DIKENAL", id_[3])][0] == "Status Kawin"


def _perintah(grup, awal=()):
    for nama, perintah in sorted(grup.commands.items()):
        if hasattr(perintah, "commands"):
            yield from _perintah(perintah, (*awal, nama))
        else:
            yield (*awal, nama)


def test_setiap_perintah_menerima_db_setelah_namanya(tmp_path):
    """Issue 2: every command takes --db PATH (the group's docstring: before or after the
    command name). A command that opens no database accepts it and creates nothing."""
    tanpa = [p for p in _perintah(main) if "--db" not in _cli(*p, "--help").output]
    assert tanpa == []
    db = tmp_path / "tidak-dipakai.db"
    hasil = _cli("demo-data", tmp_path / "demo", "--keluarga", 3, "--db", db)
    assert hasil.exit_code == 0, hasil.output
    assert len(list((tmp_path / "demo").glob("*.xlsx"))) == 2 and not db.exists()


def test_kolom_no_tata_letak_2022_bukan_kolom_tambahan(tmp_path):
    """Column A "No" is part of the 2022 Individu layout (p3ke-domain.md 1.2): an import of a
    standard file does not call it an extra column; a real extra column still is reported."""
    header = ["No", "ID Keluarga P3KE", "Kode Kemdagri", "Desil Kesejahteraan", "ID Individu",
              "Nama", "NIK", "Jenis Kelamin", "Hubungan dengan Kepala Keluarga",
              "Tanggal Lahir", "Catatan Petugas"]
    baris = [[1, "0061720001", "6172011001", 1, "006172000101", "Ahmad Yani",
              "6172011508800001", "Laki-laki", "Kepala Keluarga", "15-08-1980", "rumah kosong"]]
    berkas = ml.xlsx(tmp_path / "individu.xlsx", header, baris, lembar="Individu")
    hasil = _cli("--db", tmp_path / "x.db", "import", berkas)
    assert hasil.exit_code == 0, hasil.output
    tambahan = [b for b in hasil.output.splitlines() if b.startswith("Kolom tambahan")]
    assert tambahan == ["Kolom tambahan disimpan apa adanya (individu.xlsx / Individu): "
                        "Catatan Petugas"]


def test_impor_dengan_laporan_ke_folder_yang_tidak_ada_ditolak_sebelum_impor(tmp_path,
                                                                            monkeypatch):
    """import --laporan into a folder that does not exist: refused before anything is imported
    (was: the import done, then exit 1 for the report, so a script took it as failed and its
    retry was 'sudah pernah diimpor'). A report that cannot be written after the import says
    the import itself is kept."""
    from kalbar_desktop.exchange import laporan_temuan

    db = tmp_path / "kantor.db"
    kepala, individu = ml.pasangan_2023(tmp_path)
    hasil = _cli("--db", db, "import", kepala, individu, "--laporan",
                 tmp_path / "tidak-ada" / "laporan.xlsx")
    assert hasil.exit_code == 1
    assert "untuk --laporan tidak ada; tidak ada yang diimpor" in hasil.output
    assert not db.exists()

    def terkunci(*_a, **_k):  # the report's name is open in Excel
        raise laporan_temuan.KesalahanLaporan("Laporan tidak bisa disimpan ke laporan.xlsx: "
                                              "berkas sedang dibuka program lain.")

    asli = laporan_temuan.tulis
    monkeypatch.setattr(laporan_temuan, "tulis", terkunci)
    hasil = _cli("--db", db, "import", kepala, individu, "--laporan", tmp_path / "laporan.xlsx")
    assert hasil.exit_code == 1
    assert "Impor selesai dan tersimpan, tetapi laporan temuan tidak ditulis" in hasil.output
    monkeypatch.setattr(laporan_temuan, "tulis", asli)
    stat = json.loads(_cli("--db", db, "stats", "--json").output)
    assert stat["keluarga"] == 3
    assert _cli("--db", db, "report-temuan", tmp_path / "laporan.xlsx").exit_code == 0
