"""LibreOffice and the office's password-protected workbook (closing note 22: LibreOffice's Agile
encryption untested). The application encrypts its workbook with ECMA-376 Agile (msoffcrypto,
EncryptionInfo 4.4). An operator opens it in LibreOffice with its password, edits a verification
cell and saves it: LibreOffice (7.4 here) writes it back with Standard encryption
(EncryptionInfo 3.2; its oox StrongEncryptionDataSpace encrypts with the Standard 2007 engine
only, Agile is read but never written), under the same password. The re-import reads that file
with the password, shows the operator's edit and applies it; without the password it is
refused. LibreOffice runs headless through a Basic macro in a fresh profile (as in
tests/unit/test_impor_ulang_sandi_libreoffice.py); the workbook is exported by the application
from a database of P3KE files written with openpyxl (tests/lapangan.py)."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest

from kalbar_desktop.exchange import ekspor, impor_koreksi
from kalbar_desktop.storage import db as sdb
from tests.berkas_uji import libreoffice_makro
from tests.lapangan import ID_KELUARGA, VERIFIKATOR, db_desa
from tests.unit.test_dua_laptop import _terapkan, _v
from tests.unit.test_impor_ulang_sandi_libreoffice import _baca

pytestmark = pytest.mark.slow

K1 = ID_KELUARGA[0]
SANDI = "rahasia-Prov1"
TEKS = "atap bocor dicek di LibreOffice"
MAKRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Sunting(Masuk As String, Sandi As String, Keluar As String, K As String, B As String, T)
  Dim Buka(1) As New com.sun.star.beans.PropertyValue
  Buka(0).Name = &quot;Hidden&quot;
  Buka(0).Value = True
  Buka(1).Name = &quot;Password&quot;
  Buka(1).Value = Sandi
  Dim Dok As Object
  Dok = StarDesktop.loadComponentFromURL(ConvertToURL(Masuk), &quot;_blank&quot;, 0, Buka())
  Dim Lembar As Object
  Lembar = Dok.getSheets().getByName(&quot;Data Keluarga&quot;)
  Lembar.getCellByPosition(CLng(K) - 1, CLng(B) - 1).setString(T)
  Rem Saved as Ctrl+S would: the password the document was opened with
  Dim Arg() As Variant
  Arg = Dok.getArgs()
  Dim Kunci As Variant
  Dim i As Integer
  For i = LBound(Arg) To UBound(Arg)
    If Arg(i).Name = &quot;EncryptionData&quot; Then Kunci = Arg(i).Value
  Next i
  Dim Simpan(1) As New com.sun.star.beans.PropertyValue
  Simpan(0).Name = &quot;FilterName&quot;
  Simpan(0).Value = &quot;Calc Office Open XML&quot;
  Simpan(1).Name = &quot;EncryptionData&quot;
  Simpan(1).Value = Kunci
  Dok.storeToURL(ConvertToURL(Keluar), Simpan())
  Dok.close(True)
End Sub
</script:module>
"""


def _jenis_enkripsi(path: Path) -> str:
    """'agile' or 'standard': the ECMA-376 encryption of an encrypted OOXML package."""
    with path.open("rb") as f:
        return msoffcrypto.OfficeFile(f).type


def _buka_bersandi(path: Path) -> openpyxl.Workbook:
    berkas = msoffcrypto.OfficeFile(io.BytesIO(path.read_bytes()))
    berkas.load_key(password=SANDI)
    polos = io.BytesIO()
    berkas.decrypt(polos)
    return openpyxl.load_workbook(polos)


def libreoffice_sunting(buku: Path, kolom: int, baris: int, teks: str, folder: Path) -> Path:
    """``buku`` opened by LibreOffice with :data:`SANDI`, one Data Keluarga cell typed, saved
    with the same password."""
    keluar = folder / f"{buku.stem}-libreoffice.xlsx"
    libreoffice_makro(folder, MAKRO, f'Sunting("{buku}","{SANDI}","{keluar}","{kolom}",'
                                     f'"{baris}","{teks}")')
    assert keluar.exists(), f"LibreOffice tidak menulis {keluar}"
    return keluar


def test_workbook_agile_disimpan_libreoffice_diimpor_ulang(tmp_path):
    kantor = db_desa(tmp_path)
    buku = tmp_path / "kantor.xlsx"
    with sdb.terbuka(kantor) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, nik_penuh=True,
                                            alasan="Gabung di kantor", kata_sandi=SANDI),
                      VERIFIKATOR)
    assert _jenis_enkripsi(buku) == "agile"  # as the application writes it
    ws = _buka_bersandi(buku)["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = next(r for r in range(2, ws.max_row + 1)
                 if ws.cell(r, kolom["ID Keluarga P3KE"]).value == K1)

    disunting = libreoffice_sunting(buku, kolom["Catatan"], baris, TEKS, tmp_path)
    assert _jenis_enkripsi(disunting) == "standard"  # LibreOffice writes Standard back
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="dilindungi kata sandi"):
        _baca(kantor, disunting, None)
    p = _baca(kantor, disunting, SANDI)
    assert p.masalah == [], p.masalah
    assert [(k.id_keluarga, u.field, u.baru) for k in p.keluarga for u in k.perubahan] == [
        (K1, "catatan", TEKS)]
    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K1] and hasil.gagal == []
    assert _v(kantor, K1).verifikasi.catatan == TEKS
