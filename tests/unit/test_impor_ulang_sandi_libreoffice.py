"""A corrected workbook that LibreOffice saved with a password comes back (closing note 21,
carried over: only workbooks we encrypted ourselves, and Excel-style ones written with
msoffcrypto-tool, had been re-imported). LibreOffice headless opens the office's workbook after
an operator's edits and stores it encrypted through a Basic macro in a fresh profile (the
command line has no password option). This LibreOffice (7.4) writes the ECMA-376 Standard
encryption; asked for Agile through the same API it fails to store, so Agile from LibreOffice is
not tested here. The re-import refuses the file without its password and with a wrong one, and
with it shows and applies the operator's edits, the same as from the unencrypted workbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.storage import db as sdb
from tests.berkas_uji import libreoffice_makro
from tests.lapangan import ID_KELUARGA, VERIFIKATOR, db_desa
from tests.unit.test_dua_laptop import _ekspor, _terapkan, _v
from tests.unit.test_impor_ulang_sel5 import _buka

pytestmark = pytest.mark.slow

K1, K2 = ID_KELUARGA[:2]
SANDI = "rahasia-Prov1"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAKRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Sandikan(Masuk As String, Sandi As String, Keluar As String)
  Dim Buka(0) As New com.sun.star.beans.PropertyValue
  Buka(0).Name = &quot;Hidden&quot;
  Buka(0).Value = True
  Dim Dok As Object
  Dok = StarDesktop.loadComponentFromURL(ConvertToURL(Masuk), &quot;_blank&quot;, 0, Buka())
  Dim Kunci(1) As New com.sun.star.beans.NamedValue
  Kunci(0).Name = &quot;OOXPassword&quot;
  Kunci(0).Value = Sandi
  Kunci(1).Name = &quot;CryptoType&quot;
  Kunci(1).Value = &quot;Standard&quot;
  Dim Simpan(1) As New com.sun.star.beans.PropertyValue
  Simpan(0).Name = &quot;FilterName&quot;
  Simpan(0).Value = &quot;Calc Office Open XML&quot;
  Simpan(1).Name = &quot;EncryptionData&quot;
  Simpan(1).Value = Kunci()
  Dok.storeToURL(ConvertToURL(Keluar), Simpan())
  Dok.close(True)
End Sub
</script:module>
"""


def libreoffice_sandikan(buku: Path, sandi: str, folder: Path) -> Path:
    """``buku`` saved by LibreOffice headless as an xlsx encrypted with ``sandi``."""
    keluar = folder / f"{buku.stem}-sandi.xlsx"
    libreoffice_makro(folder, MAKRO, f'Sandikan("{buku}","{sandi}","{keluar}")')
    assert keluar.exists(), f"LibreOffice tidak menulis {keluar}"
    return keluar


def _baca(kantor: Path, buku: Path, sandi: str | None) -> impor_koreksi.Pratinjau:
    with sdb.terbuka(kantor) as db:
        return impor_koreksi.baca(db, buku, VERIFIKATOR, kata_sandi=sandi)


def test_workbook_bersandi_dari_libreoffice_diimpor_ulang(tmp_path):
    kantor = db_desa(tmp_path)
    buku = _ekspor(kantor, "kantor")
    wb, kolom, baris = _buka(buku)
    k, rk = kolom["Data Keluarga"], baris["Data Keluarga"]
    ws = wb["Data Keluarga"]
    ws.cell(rk[K1], k["Catatan"]).value = "dicek lagi, rumah kayu"
    ws.cell(rk[K2], k["Status verifikasi"]).value = "Tidak ditemukan"
    ws.cell(rk[K2], k["Tanggal kunjungan"]).value = "2026-11-20"
    ws.cell(rk[K2], k["Nama verifikator"]).value = "Ani"
    diedit = tmp_path / "diedit.xlsx"
    wb.save(diedit)
    bersandi = libreoffice_sandikan(diedit, SANDI, tmp_path)
    assert bersandi.read_bytes()[:8] == OLE  # an encrypted package, not a zip

    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="dilindungi kata sandi"):
        _baca(kantor, bersandi, None)
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="Kata sandi salah"):
        _baca(kantor, bersandi, "salah")
    polos = _baca(kantor, diedit, None)
    p = _baca(kantor, bersandi, SANDI)
    assert p.masalah == [] and polos.masalah == [], (p.masalah, polos.masalah)

    def perubahan(x: impor_koreksi.Pratinjau) -> list[tuple[str, str, object]]:
        return [(kk.id_keluarga, u.field, u.baru) for kk in x.keluarga for u in kk.perubahan]

    assert perubahan(p) == perubahan(polos)
    assert ("catatan", "dicek lagi, rumah kayu") in [(f, b) for i, f, b in perubahan(p)
                                                     if i == K1]
    assert (K2, "status_verifikasi", "TIDAK_DITEMUKAN") in perubahan(p)
    hasil = _terapkan(kantor, p)
    assert sorted(hasil.diterapkan) == sorted([K1, K2]) and hasil.gagal == []
    assert _v(kantor, K1).verifikasi.catatan == "dicek lagi, rumah kayu"
    assert _v(kantor, K2).verifikasi.status_verifikasi == "TIDAK_DITEMUKAN"
