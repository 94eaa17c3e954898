"""A re-import of the next P3KE release no longer counts every member whose age moved (Usia
2023, Kelompok Usia 2023, the 2022 layout's age bands) as changed: the summary (console, audit
note) and the import report count the members whose substantive values changed apart from the
age-only moves, and every value is still updated. Real re-imports of workbooks written by hand
with openpyxl and a CSV written with the csv module (``tests/masukan_luar``)."""

from __future__ import annotations

from openpyxl import load_workbook

from kalbar_desktop.domain import keterangan_jejak as kj
from kalbar_desktop.exchange import impor_p3ke, laporan_temuan
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli

KI = ml.INDIVIDU_2023.index
K22 = ml.INDIVIDU_2022.index


def individu_2024(*, ubah: bool = True) -> list[list]:
    """The Individu rows of the next release: everyone a year older (Usia 2023 40 -> 41),
    Bong Kim Fui (006172000301) in another Kelompok Usia; with ``ubah`` Lukas
    (006172000202) also another Pekerjaan, and Siti Aminah's (006172000102) name corrected."""
    baris = ml.baris_individu()
    for r in baris:
        r[KI("Usia 2023")] = 41
        if r[KI("ID Individu")] == "006172000301":
            r[KI("Kelompok Usia 2023")] = "USIA 60+ TAHUN"
        if ubah and r[KI("ID Individu")] == "006172000202":
            r[KI("Pekerjaan")] = "Nelayan"
        if ubah and r[KI("ID Individu")] == "006172000102":
            r[KI("Nama")] = "Siti Aminah Hasan"
    return baris


def _anggota(db_path) -> dict[str, tuple]:
    with sdb.terbuka(db_path) as db:
        return {b[0]: b[1:] for b in db.execute(
            "SELECT id_individu, usia_2023, kelompok_usia_2023, pekerjaan, nama FROM anggota")}


def test_konsol_dan_laporan_memisahkan_usia(db_path, tmp_path):
    assert cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    (tmp_path / "2024").mkdir()
    path = ml.xlsx(tmp_path / "2024" / "individu.xlsx", ml.INDIVIDU_2023, individu_2024(),
                   lembar="Individu")
    laporan = tmp_path / "laporan.xlsx"
    hasil = cli(db_path, "import", path, "--laporan", laporan)
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(hasil.output.split())
    assert "anggota baru 0, berubah 2, tidak ada lagi 0" in teks, teks
    assert ("Anggota yang hanya berubah usianya (Usia 2023, Kelompok Usia 2023 atau kolom Usia "
            "... Tahun), yang bergeser di setiap rilis P3KE: 3; tidak dihitung sebagai berubah, "
            "tetapi nilainya tetap diperbarui.") in teks, teks
    # every value is updated, the ages too
    anggota = _anggota(db_path)
    assert {v[0] for v in anggota.values()} == {"41"}
    assert anggota["006172000301"][1] == "USIA 60+ TAHUN"
    assert anggota["006172000202"][2] == "Nelayan"
    assert anggota["006172000102"][3] == "Siti Aminah Hasan"

    wb = load_workbook(laporan, read_only=True)
    ringkasan = " ".join(str(wb["Ringkasan"]["A3"].value).split())
    assert ("2 anggota berubah isinya menurut berkas yang diimpor (nama, NIK, tanggal lahir, "
            "keluarga, pekerjaan, pendidikan, bantuan...).") in ringkasan, ringkasan
    assert ("3 anggota hanya berubah usianya (Usia 2023, Kelompok Usia 2023 atau kolom Usia ... "
            "Tahun), yang bergeser di setiap rilis P3KE: tidak dihitung sebagai berubah."
            ) in ringkasan, ringkasan
    wb.close()


def test_hanya_usia_berubah(db, tmp_path):
    """A release that moves only the ages: no member counted as changed."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    (tmp_path / "2024").mkdir()
    path = ml.xlsx(tmp_path / "2024" / "individu.xlsx", ml.INDIVIDU_2023,
                   individu_2024(ubah=False), lembar="Individu")
    hasil = impor_p3ke.impor(db, [path])
    r = hasil.ringkasan
    assert (r.anggota_baru, r.anggota_berubah, r.anggota_usia_saja) == (0, 0, 5)
    assert "berubah 0, tidak ada lagi 0" in " ".join(str(hasil.pesan()).split())
    laporan = tmp_path / "laporan.xlsx"
    laporan_temuan.tulis(db, laporan, anggota_berubah=r.anggota_berubah,
                         usia_saja=r.anggota_usia_saja)
    wb = load_workbook(laporan, read_only=True)
    ringkasan = str(wb["Ringkasan"]["A3"].value)
    assert "5 anggota hanya berubah usianya" in ringkasan
    assert "anggota berubah isinya" not in ringkasan
    wb.close()


def test_usia_dan_tanggal_lahir_berubah_dihitung_berubah(db, tmp_path):
    """An age that moves with the birth date is a substantive change (the date is)."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    baris = individu_2024(ubah=False)
    baris[0][KI("Tanggal Lahir")] = "1980-08-16"
    path = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris)
    r = impor_p3ke.impor(db, [path]).ringkasan
    assert (r.anggota_berubah, r.anggota_usia_saja) == (1, 4)


def test_kelompok_usia_2022(db, tmp_path):
    """The 2022 layout's age bands (Usia 19-21 Tahun ... Ya/Tidak) move with age too; a CSV."""
    keluarga = ml.xlsx(tmp_path / "keluarga.xlsx", ml.KELUARGA_2022, ml.baris_keluarga_2022())
    individu = ml.baris_individu_2022()
    pertama = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2022, individu)
    impor_p3ke.impor(db, [keluarga, pertama])
    for r in individu:
        if r[K22("ID Individu")] == "006172000202":  # Lukas's band moves: 22-59 to 60+
            r[K22("Usia 22-59 Tahun")], r[K22("Usia 60+ Tahun")] = "Tidak", "Ya"
        if r[K22("ID Individu")] == "006172000301":
            r[K22("Nama")] = "Bong Kim Fui Alm."
    (tmp_path / "ulang").mkdir()
    kedua = ml.csv_berkas(tmp_path / "ulang" / "individu.csv", ml.INDIVIDU_2022, individu)
    r = impor_p3ke.impor(db, [kedua]).ringkasan
    assert (r.anggota_berubah, r.anggota_usia_saja) == (1, 1)


def test_impor_pertama_tanpa_kalimat_usia(db, tmp_path):
    r = impor_p3ke.impor(db, ml.pasangan_2023(tmp_path)).ringkasan
    assert (r.anggota_baru, r.anggota_berubah, r.anggota_usia_saja) == (5, 0, 0)
    assert "hanya berubah usianya" not in str(impor_p3ke.HasilImpor(ringkasan=r).pesan())


def test_catatan_audit_dibaca_kembali(db, tmp_path):
    """The import's audit note holds the sentence and reads it back as its message."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    (tmp_path / "2024").mkdir()
    path = ml.xlsx(tmp_path / "2024" / "individu.xlsx", ml.INDIVIDU_2023,
                   individu_2024(ubah=False), lembar="Individu")
    impor_p3ke.impor(db, [path])
    (catatan,) = [b[0] for b in db.execute(
        "SELECT keterangan FROM audit_log WHERE keterangan LIKE '%hanya berubah usianya%'")]
    ringkasan = kj.urai(catatan).argumen["ringkasan"]
    kalimat = [b for b in ringkasan.bagian if getattr(b, "templat", None) ==
               kj.anggota_usia_saja(0).templat]
    assert [k.argumen["jumlah"] for k in kalimat] == ["5"]
