"""The export's destination folder goes away while the workbook is written (a USB stick pulled,
the folder removed): the error names the destination folder and says nothing was written
there; the database is as it was (no audit row for a workbook that does not exist). The folder
is removed for real from the export's own progress report, early and late in the rows."""

from __future__ import annotations

import shutil

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan
from tests.unit.ekspor_data import salin


@pytest.mark.parametrize("saat", [0.3, 0.99])
def test_folder_tujuan_dihapus_saat_ekspor_menulis(templat_ekspor, tmp_path, saat):
    path = salin(templat_ekspor[0], tmp_path / "kab.db")
    usb = tmp_path / "USB" / "Ekspor"
    usb.mkdir(parents=True)
    tujuan = usb / "rekap.xlsx"
    dihapus: list[float] = []

    def lapor(_pesan: str, fraksi: float) -> None:
        if fraksi >= saat and not dihapus:
            shutil.rmtree(usb.parent)  # the stick is pulled
            dihapus.append(fraksi)

    with sdb.terbuka(path) as db:
        sebelum = cuplikan(db)
        with pytest.raises(ekspor.KesalahanEkspor) as info:
            ekspor.ekspor(db, ekspor.OpsiEkspor(tujuan, dengan_nama=True, alasan="Musdes uji"),
                          Pengguna("budi", Peran.VERIFIKATOR), kemajuan=lapor)
        assert dihapus
        teks = str(info.value)
        assert teks.startswith(f"rekap.xlsx tidak ditulis: folder tujuan {usb} tidak ada lagi "
                               "(flashdisk dilepas"), teks
        assert "Tidak ada berkas yang ditulis di sana" in teks
        assert cuplikan(db) == sebelum
    assert not usb.parent.exists()  # nothing made a folder again


def test_basis_data_hilang_saat_ekspor_tidak_ada_workbook(templat_ekspor, tmp_path):
    """The database's own stick is pulled while the export reads it (a window's background
    export: a connection that guards its file): the export stops with BasisDataTerputus, no
    workbook (nor a half-written one) is left at the destination and the audit log of the file
    (found where it went) has no export row for it."""
    usb = tmp_path / "USB"
    usb.mkdir()
    path = salin(templat_ekspor[0], usb / "kab.db")
    lepas = tmp_path / "USB-dilepas"
    tujuan = tmp_path / "Dokumen" / "rekap.xlsx"
    tujuan.parent.mkdir()
    with sdb.terbuka(path) as db:
        sebelum = cuplikan(db)

    def lapor(_pesan: str, fraksi: float) -> None:
        if fraksi >= 0.5 and usb.exists():
            usb.rename(lepas)

    with (sdb.terbuka(path, jaga_berkas=True) as db,
          pytest.raises(sdb.BasisDataTerputus) as info):
        ekspor.ekspor(db, ekspor.OpsiEkspor(tujuan, dengan_nama=True, alasan="Musdes uji"),
                      Pengguna("budi", Peran.VERIFIKATOR), kemajuan=lapor)
    assert f"folder {usb} tidak ada lagi" in str(info.value)
    assert list(tujuan.parent.iterdir()) == []
    with sdb.terbuka(lepas / "kab.db") as db:
        assert cuplikan(db) == sebelum
