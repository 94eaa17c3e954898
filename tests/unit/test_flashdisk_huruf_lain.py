"""A backup killed on a flash drive that was then pulled out leaves a ``.db.sementara`` (a full
or partial copy, every name and NIK) there; its folder stays remembered and the leftover is
removed when the stick is found again (privasi4). Found only at the same path: on Windows the
same stick often comes back under another letter (F: yesterday, E: today), and the leftover
stayed for good. Now a remembered folder on a drive letter that is not there is looked for at
the same place on the other local drives, and removed there when a leftover is there.

The leftover is made by a real backup killed with SIGKILL; the remembered folder is written as
Windows writes it, and the one thing Linux cannot give, the list of Windows' local drive roots
(``huruf_drive.akar_lokal``, ctypes on Windows), is a list of folders standing for ``C:\\`` and
``E:\\``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import cadangan, huruf_drive
from tests.unit.test_cadangan_konsol_terhenti import _bunuh_saat_menyalin

DI_F = "F:\\P3KE\\salinan"
"""Where the backup went yesterday: the stick was F:."""


@pytest.fixture
def drive(tmp_path, monkeypatch) -> dict[str, Path]:
    akar = {h: tmp_path / f"drive-{h}" for h in "CE"}
    for p in akar.values():
        p.mkdir()
    monkeypatch.setattr(huruf_drive, "akar_lokal", lambda: list(akar.values()))
    return akar


def _sisa_di_stik(db_path: Path, stik: Path) -> list[Path]:
    """A backup to ``stik`` killed while it copies; what it left there."""
    folder = stik / "P3KE" / "salinan"
    folder.mkdir(parents=True)
    sisa = _bunuh_saat_menyalin(db_path, folder)
    assert sisa and all(".db.sementara" in p.name for p in sisa), sisa
    return sisa


def _ingat(tertunda: list[str], terakhir: str | None = None) -> None:
    p = Pengaturan.muat()
    p.folder_cadangan, p.folder_cadangan_tertunda = terakhir, tertunda
    p.simpan()


def test_stik_kembali_dengan_huruf_lain_sisanya_dihapus_saat_jendela_mulai(
        db_demo, db_path, drive):
    from kalbar_desktop.ui.app import bersihkan_sisa_cadangan

    db_demo.close()
    sisa = _sisa_di_stik(db_path, drive["E"])
    _ingat([DI_F])
    assert bersihkan_sisa_cadangan(db_path, Pengaturan.muat()) == sisa
    assert list((drive["E"] / "P3KE" / "salinan").iterdir()) == []
    assert Pengaturan.muat().folder_cadangan_tertunda == []


def test_stik_kembali_dengan_huruf_lain_sisanya_dihapus_cadangan_berikutnya(
        db_demo, db_path, drive, tmp_path):
    db_demo.close()
    sisa = _sisa_di_stik(db_path, drive["E"])
    _ingat([], terakhir=DI_F)  # the last backup went there
    lain = tmp_path / "D"
    lain.mkdir()
    dihapus, _ = cadangan.ingat_tujuan(lain)
    assert dihapus == sisa
    assert Pengaturan.muat().folder_cadangan_tertunda == []


def test_folder_sama_di_drive_lain_tanpa_sisa_tidak_melupakan_stik(db_demo, db_path, drive):
    """Another stick (or the laptop's C:) with a P3KE\\salinan folder and no leftover is not
    the stick looked for: the folder stays remembered until the stick comes back."""
    from kalbar_desktop.ui.app import bersihkan_sisa_cadangan

    db_demo.close()
    (drive["C"] / "P3KE" / "salinan").mkdir(parents=True)
    (drive["C"] / "P3KE" / "salinan" / "kab-2026.db").write_bytes(b"cadangan")
    _ingat([DI_F])
    assert bersihkan_sisa_cadangan(db_path, Pengaturan.muat()) == []
    assert Pengaturan.muat().folder_cadangan_tertunda == [DI_F]
    assert (drive["C"] / "P3KE" / "salinan" / "kab-2026.db").exists()


def test_hanya_folder_berhuruf_drive_dicari_di_drive_lain(tmp_path):
    akar = [tmp_path / "E"]
    (akar[0] / "P3KE").mkdir(parents=True)
    assert huruf_drive.di_drive_lain("F:\\P3KE", akar) == [akar[0] / "P3KE"]
    assert huruf_drive.di_drive_lain("f:/P3KE", akar) == [akar[0] / "P3KE"]
    assert huruf_drive.di_drive_lain("F:\\Tidak-ada", akar) == []
    assert huruf_drive.di_drive_lain("\\\\server\\bagi\\P3KE", akar) == []  # a share
    assert huruf_drive.di_drive_lain(str(tmp_path / "P3KE"), akar) == []  # Linux: same path
    assert huruf_drive.di_drive_lain("F:P3KE", akar) == []  # relative to F:'s current folder
