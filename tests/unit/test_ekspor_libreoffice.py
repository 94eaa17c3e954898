"""A real spreadsheet program is the judge: LibreOffice (headless) opens the provincial workbook,
converts every sheet to CSV, and the values it shows are the values we meant; an encrypted
workbook opens in LibreOffice with its password and not without."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest

from kalbar_desktop.exchange import ekspor
from kalbar_desktop.storage import db as sdb
from tests.berkas_uji import libreoffice_makro, soffice
from tests.unit.ekspor_data import VERIFIKATOR, salin

pytestmark = pytest.mark.slow

# Text CSV filter options (LibreOffice >= 7.2): separator ',', quote '"', UTF-8, start row 1,
# default column format, language, no quoting of all text, detect special numbers, save cell
# contents as shown, no formulas, no trimming, and -1 = every sheet into its own file
# (<name>-<sheet>.csv). Without the last token only the first sheet is converted.
OPSI_CSV = "44,34,76,1,,0,false,true,true,false,false,-1"
FILTER_CSV = f"csv:Text - txt - csv (StarCalc):{OPSI_CSV}"

MAKRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub KeCsv(Masuk As String, Sandi As String, Keluar As String)
  Dim Buka(2) As New com.sun.star.beans.PropertyValue
  Buka(0).Name = &quot;Hidden&quot;
  Buka(0).Value = True
  Buka(1).Name = &quot;Password&quot;
  Buka(1).Value = Sandi
  Buka(2).Name = &quot;InteractionHandler&quot;
  Buka(2).Value = Nothing
  Dim Dok As Object
  Dok = StarDesktop.loadComponentFromURL(ConvertToURL(Masuk), &quot;_blank&quot;, 0, Buka())
  Dim Simpan(1) As New com.sun.star.beans.PropertyValue
  Simpan(0).Name = &quot;FilterName&quot;
  Simpan(0).Value = &quot;Text - txt - csv (StarCalc)&quot;
  Simpan(1).Name = &quot;FilterOptions&quot;
  Simpan(1).Value = &quot;OPSI&quot;
  Dok.storeToURL(ConvertToURL(Keluar), Simpan())
  Dok.close(True)
End Sub
</script:module>
""".replace("OPSI", OPSI_CSV)


@pytest.fixture(scope="module")
def workbook(templat_ekspor, tmp_path_factory) -> tuple[Path, Path]:
    """A by-name export with full NIKs and its encrypted twin."""
    folder = tmp_path_factory.mktemp("lo")
    path_db = salin(templat_ekspor[0], folder / "uji.db")
    with sdb.terbuka(path_db) as db:
        polos = folder / "provinsi.xlsx"
        ekspor.ekspor(db, ekspor.OpsiEkspor(polos, dengan_nama=True, nik_penuh=True,
                                            alasan="Uji LibreOffice"), VERIFIKATOR)
        sandi = folder / "sandi.xlsx"
        ekspor.ekspor(db, ekspor.OpsiEkspor(sandi, dengan_nama=True, nik_penuh=True,
                                            alasan="Uji LibreOffice", kata_sandi="rahasia-Prov1"),
                      VERIFIKATOR)
    return polos, sandi


def _profil(folder: Path) -> str:
    return f"-env:UserInstallation={(folder / 'lo-profil').as_uri()}"


def _baca_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _seperti_tampil(sel) -> str:
    """How LibreOffice shows a cell of ours with its number format (what 'as shown' writes)."""
    v = sel.value
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.strftime("%d/%m/%Y")
    if isinstance(v, float | int) and sel.number_format == "0.0%":
        return f"{v * 100:.1f}%"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def test_libreoffice_menampilkan_nilai_yang_sama(workbook, tmp_path):
    polos, _ = workbook
    biner = soffice()
    assert biner, "LibreOffice (soffice) tidak terpasang; lihat scripts/system-deps.sh"
    subprocess.run([biner, _profil(tmp_path), "--headless", "--norestore", "--convert-to",
                    FILTER_CSV, "--outdir", str(tmp_path), str(polos)],
                   check=True, capture_output=True, timeout=180)
    wb = openpyxl.load_workbook(polos)
    for nama in ("Rekap", "Data Keluarga", "Data Anggota"):
        lo = _baca_csv(tmp_path / f"provinsi-{nama}.csv")
        ws = wb[nama]
        assert len(lo) == ws.max_row, nama
        for r, baris in enumerate(ws.iter_rows(), start=0):
            harap = [_seperti_tampil(sel) for sel in baris]
            dapat = (lo[r] + [""] * len(harap))[:len(harap)]
            assert dapat == harap, (nama, r + 1)
        kepala = lo[0]
        for kolom in ("NIK", "NIK Kepala Keluarga"):
            if kolom in kepala:
                i = kepala.index(kolom)
                nilai = [b[i] for b in lo[1:] if b[i]]
                assert nilai and all(v.isdigit() for v in nilai), (nama, kolom)
                assert sum(1 for v in nilai if len(v) == 16) >= 0.9 * len(nilai)
    # the recap LibreOffice shows adds up to the detail rows it shows
    rekap = _baca_csv(tmp_path / "provinsi-Rekap.csv")
    total = dict(zip(rekap[0], rekap[-1], strict=True))
    assert int(total["Jumlah KK"]) == len(_baca_csv(tmp_path / "provinsi-Data Keluarga.csv")) - 1
    assert int(total["Jumlah Jiwa"]) == len(_baca_csv(tmp_path / "provinsi-Data Anggota.csv")) - 1


def test_libreoffice_membuka_dengan_kata_sandi_dan_tidak_tanpa(workbook, tmp_path):
    _, sandi = workbook
    biner = soffice()
    assert biner, "LibreOffice (soffice) tidak terpasang; lihat scripts/system-deps.sh"
    tanpa = tmp_path / "tanpa"
    tanpa.mkdir()
    keluaran = subprocess.run(
        [biner, _profil(tmp_path), "--headless", "--norestore", "--convert-to", FILTER_CSV,
         "--outdir", str(tanpa), str(sandi)], capture_output=True, text=True, timeout=180)
    assert list(tanpa.iterdir()) == [], keluaran.stdout
    assert "could not be loaded" in keluaran.stdout + keluaran.stderr

    # With the password: a Basic macro in a fresh profile opens it (the command line has no
    # password option) and saves every sheet as CSV.
    keluar = tmp_path / "dengan" / "hasil.csv"
    keluar.parent.mkdir()
    libreoffice_makro(tmp_path, MAKRO, f'KeCsv("{sandi}","rahasia-Prov1","{keluar}")')
    rekap = _baca_csv(keluar.parent / "hasil-Rekap.csv")
    anggota = _baca_csv(keluar.parent / "hasil-Data Anggota.csv")
    total = dict(zip(rekap[0], rekap[-1], strict=True))
    assert total["Tingkat"] == "Total"
    assert int(total["Jumlah Jiwa"]) == len(anggota) - 1 > 100
    i = anggota[0].index("NIK")
    nik = [b[i] for b in anggota[1:] if b[i]]
    assert all(v.isdigit() for v in nik)  # never 6.172E+15
    assert sum(1 for v in nik if len(v) == 16) >= 0.9 * len(nik)  # the demo has short ones
