"""The import preview's two guesses (closing note 23): the older-release warning and the order of
two-way dates are read from the first rows only. When those rows are the whole file the preview
now says what the import will do; when the file is longer it says that it guesses from its first
rows, and an older file whose first rows' families are not stored is no longer passed in
silence when its kecamatan holds families of a newer release. Files of 60 rows written with
openpyxl and the csv module (longer than the 52 rows a preview reads), imported through the
console."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kalbar_desktop.exchange import impor_p3ke, rilis_pratinjau
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli

KOL = ml.INDIVIDU_2023.index
BARIS_DIBACA = impor_p3ke.BARIS_CARI_HEADER + 10 + 2
"""The rows a preview reads (:func:`impor_p3ke.pratinjau` with its ten examples)."""


def _keluarga(n: int, awal: int = 1) -> list[list]:
    """``n`` one-person families of Roban (Singkawang Tengah), 2023 layout; NIKs agree with
    the birth dates (men, born 1980)."""
    baris = []
    for i in range(awal, awal + n):
        lahir = dt.date(1980, 1 + i % 12, 1 + i % 28)
        nik = f"617201{lahir.day:02d}{lahir.month:02d}80{i:04d}"
        baris.append([
            f"00617200{i:03d}", 2023, "6172011001", 1, 12, "Jl. Merdeka", f"00617200{i:03d}01",
            "NORMAL", f"Warga {i}", nik, lahir, "PADAN", "Laki-laki", "Kepala Keluarga",
            "Kawin", "Petani", "Berusaha Sendiri", "Tamat SD/Sederajat", 43,
            "USIA 19 - 59 TAHUN", "Ya", "Tidak", "Tidak", "Ya", "Ya", "Tidak", "Tidak"])
    return baris


def _tahun(baris: list[list], tahun: int) -> list[list]:
    return [[*r[:KOL("Dimuktakhirkan Tahun")], tahun, *r[KOL("Dimuktakhirkan Tahun") + 1:]]
            for r in baris]


def _impor(db_path: Path, *berkas: Path) -> str:
    hasil = cli(db_path, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output
    return " ".join(hasil.output.split())


def _pratinjau(db_path: Path, *berkas: Path) -> list[str]:
    """The preview's warning lines, as the dialog makes them (the release compared with the
    database)."""
    hasil = impor_p3ke.pratinjau(berkas, 10)
    with sdb.terbuka(db_path, baca_saja=True) as db:
        rilis_pratinjau.periksa(db, hasil)
    return [" ".join(str(p).split()) for pb in hasil for pl in pb.lembar for p in pl.peringatan]


def test_rilis_baru_berbaris_atas_lama_disebut_dugaan(db_path, tmp_path):
    """A newer release (2024) whose first rows were last updated in 2022, over families stored
    from 2023: the preview cannot see the 2024 rows below, so its warning says it is a guess;
    the import finds the release 2024 and brings nothing back."""
    keluarga = _keluarga(60)
    _impor(db_path, ml.xlsx(tmp_path / "rilis_2023.xlsx", ml.INDIVIDU_2023, keluarga))
    baru = _tahun(keluarga[:55], 2022) + _tahun(keluarga[55:], 2024)
    berkas = ml.xlsx(tmp_path / "rilis_2024.xlsx", ml.INDIVIDU_2023, baru)
    peringatan = [p for p in _pratinjau(db_path, berkas) if "rilis P3KE" in p]
    assert len(peringatan) == 1
    assert peringatan[0].startswith(
        "Berkas rilis_2024.xlsx tampaknya dari rilis P3KE 2022 (tahun Dimuktakhirkan terbaru "
        f"di {BARIS_DIBACA - 1} baris teratas yang dibaca), lebih lama daripada rilis 2023")
    assert (f"Ini dugaan dari {BARIS_DIBACA - 1} baris teratas yang dibaca pratinjau, bukan "
            "dari seluruh berkas: bila baris lain bertahun Dimuktakhirkan lebih baru, berkas ini "
            "bukan rilis lama dan tidak ada yang kembali.") in peringatan[0]
    assert "kembali ke rilis lama" not in _impor(db_path, berkas)  # the import: release 2024


def test_rilis_lama_berbaris_atas_baru_tidak_didiamkan(db_path, tmp_path):
    """An older file (2023) whose first rows' families are not stored, while families further
    down are stored from 2024 in the same kecamatan: the preview said nothing; now it says it
    cannot tell, and the import brings those families back to 2023."""
    lama = _keluarga(70)
    tersimpan = lama[60:]
    _impor(db_path, ml.csv_berkas(tmp_path / "rilis_2024.csv", ml.INDIVIDU_2023,
                                  _tahun(tersimpan, 2024)))
    berkas = ml.xlsx(tmp_path / "rilis_2023.xlsx", ml.INDIVIDU_2023, lama)
    peringatan = [p for p in _pratinjau(db_path, berkas) if "rilis" in p]
    assert peringatan == [
        "Pratinjau belum bisa memastikan rilis berkas rilis_2023.xlsx: tidak ada keluarga di "
        f"{BARIS_DIBACA - 1} baris teratas yang dibacanya yang sudah diimpor dari rilis yang "
        "lebih baru, tetapi 10 keluarga di kecamatan yang sama (mis. kode 617201) sudah "
        "diimpor dari rilis P3KE 2024, lebih baru daripada rilis berkas ini menurut baris-baris "
        "itu (2023). Bila baris lain berkas ini memuat keluarga-keluarga itu, impor "
        "mengembalikan nilai sumber mereka ke rilis 2023 (hasil verifikasi tidak berubah); "
        "ringkasan sesudah impor menyebut jumlah pastinya. Impor tetap bisa dilakukan; bila "
        "keliru, pilih berkas rilis yang lebih baru."]
    assert ("10 keluarga dalam berkas ini sudah diimpor dari rilis P3KE 2024, lebih baru "
            "daripada berkas ini (rilis 2023)") in _impor(db_path, berkas)


def test_berkas_kecil_dibaca_utuh_sama_dengan_impor(db_path, tmp_path):
    """Files the preview reads to their last row: the warning states the release and the count
    the import then gives, without a guess."""
    keluarga = _keluarga(20)
    _impor(db_path, ml.csv_berkas(tmp_path / "rilis_2024.csv", ml.INDIVIDU_2023,
                                  _tahun(keluarga, 2024)))
    berkas = ml.xlsx(tmp_path / "rilis_2023.xlsx", ml.INDIVIDU_2023, keluarga)
    assert _pratinjau(db_path, berkas) == [
        "Berkas rilis_2023.xlsx dari rilis P3KE 2023 (tahun Dimuktakhirkan terbaru di berkas "
        "ini), lebih lama daripada rilis 2024 yang sudah diimpor untuk 20 keluarga di berkas "
        "ini (mis. ID Keluarga 00617200001). Bila diimpor, nilai sumber keluarga itu kembali ke "
        "rilis 2023; hasil verifikasi tidak berubah. Impor tetap bisa dilakukan; bila keliru, "
        "pilih berkas rilis yang lebih baru."]
    assert "20 keluarga dalam berkas ini sudah diimpor dari rilis P3KE 2024" in _impor(
        db_path, berkas)


def test_rilis_impor_adalah_yang_terbaru_dari_berkasnya(db_path, tmp_path):
    """An Individu file whose rows say 2023 imported together with a Kepala Keluarga file of
    2024, over families stored from 2024: the import's release is the newest of its files'
    (2024), so nothing goes back; the preview warned about the Individu file alone."""
    kepala_2024 = ml.csv_berkas(tmp_path / "kepala_2024.csv", ml.KEPALA_2023,
                                [[*r[:1], 2024, *r[2:]] for r in ml.baris_kepala()])
    individu = ml.baris_individu()
    _impor(db_path, kepala_2024, ml.csv_berkas(tmp_path / "individu_2024.csv",
                                               ml.INDIVIDU_2023, _tahun(individu, 2024)))
    individu_2023 = ml.xlsx(tmp_path / "individu_2023.xlsx", ml.INDIVIDU_2023, individu)
    kepala_lagi = ml.xlsx(tmp_path / "kepala_2024.xlsx", ml.KEPALA_2023,
                          [[*r[:1], 2024, *r[2:]] for r in ml.baris_kepala()])
    assert not [p for p in _pratinjau(db_path, kepala_lagi, individu_2023) if "rilis" in p]
    assert "rilis lama" not in _impor(db_path, kepala_lagi, individu_2023)


def _tanggal_amerika(baris: list[list], ambigu: int) -> list[list]:
    """The birth dates written month first as text (``MM/DD/YYYY``): the first ``ambigu`` rows
    with days 1-12 other than the month (they read both ways) and no NIK, so nothing in them
    tells the order; the rows below with days 13-28 (month first only)."""
    hasil = []
    for i, r in enumerate(baris):
        r = list(r)
        bulan = 1 + i % 12
        hari = 1 + (i + 3) % 12 if i < ambigu else 13 + i % 16
        r[KOL("Tanggal Lahir")] = f"{bulan:02d}/{hari:02d}/1980"
        if i < ambigu:
            r[KOL("NIK")] = ""
        hasil.append(r)
    return hasil


def test_urutan_tanggal_dugaan_dari_baris_awal(db_path, tmp_path):
    """A 60-row sheet written month first whose first 55 rows hold only dates that read both
    ways (days 1-12) and no NIK: the preview reads them day first, the import sees the
    month-first dates further down and reads the column month first. The preview says that its
    reading is a guess from the first rows."""
    sdb.buka(db_path).close()
    berkas = ml.csv_berkas(tmp_path / "amerika.csv", ml.INDIVIDU_2023,
                           _tanggal_amerika(_keluarga(60), 55))
    urutan = [p for p in _pratinjau(db_path, berkas) if "Tanggal Lahir" in p]
    assert len(urutan) == 1 and "akan dibaca hari dulu" in urutan[0]
    assert urutan[0].endswith(
        f"Ini dugaan dari {BARIS_DIBACA - 1} baris data pertama yang dibaca pratinjau, bukan "
        "dari seluruh lembar: impor memutuskan dari semua baris, dan ringkasan sesudah impor "
        "menyebut hasilnya.")
    assert "ditulis bulan dulu seperti di Amerika" in _impor(db_path, berkas)


def test_urutan_tanggal_lembar_kecil_pasti(db_path, tmp_path):
    """A small sheet written month first: the preview read every row, so it says what the
    import does, and the import does it."""
    sdb.buka(db_path).close()
    berkas = ml.csv_berkas(tmp_path / "amerika.csv", ml.INDIVIDU_2023,
                           _tanggal_amerika(_keluarga(20), 15))
    urutan = [p for p in _pratinjau(db_path, berkas) if "Tanggal Lahir" in p]
    assert len(urutan) == 1 and "juga akan dibaca bulan dulu" in urutan[0]
    assert urutan[0].endswith("Pratinjau membaca semua 20 baris data lembar ini, jadi impor "
                              "akan melakukan hal yang sama.")
    assert "ditulis bulan dulu seperti di Amerika" in _impor(db_path, berkas)
