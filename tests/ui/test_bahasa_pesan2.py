"""The account errors of ``storage/pengguna`` (``domain/pesan.Pesan``) in the English window: a
real account dialog refusing a taken name, an operator without a region, a bad region code and
the last admin's deactivation, and a real failed login, say it in English; so do the backup's
and the database's errors around an environment error. The storage's messages stay the same
Indonesian text (the console prints them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.akun_dialog import LoginDialog
from kalbar_desktop.ui.pengguna_dialog import AkunDialog, KelolaPenggunaDialog
from tests.conftest import cuplikan

SANDI = "Rahasia-Kantor-2024"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


@pytest.fixture
def db_admin(db):
    sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
    return db


def _tambah(qtbot, db, nama: str, peran: str, wilayah: str = "") -> str:
    d = AkunDialog(db, sp.cari(db, "adm"))
    qtbot.addWidget(d)
    d.show()
    d.nama.setText(nama)
    d.peran.setCurrentIndex(d.peran.findData(peran))
    d.wilayah.setText(wilayah)
    d.sandi.setText(SANDI)
    d.ulangi.setText(SANDI)
    d.accept()
    assert d.isVisible() and d.pesan.isVisible()
    teks = d.pesan.text()
    SHOTS.mkdir(exist_ok=True)
    assert d.grab().save(str(SHOTS / f"akun_galat_{bahasa.bahasa_aktif()}.png"))
    d.close()
    return teks


def test_galat_akun_berbahasa_inggris(qtbot, inggris, db_admin):
    sebelum = cuplikan(db_admin)
    assert _tambah(qtbot, db_admin, "adm", "admin") == "The user name 'adm' is already taken."
    assert _tambah(qtbot, db_admin, "ani", "operator") == (
        "An operator must be given a work region (a kecamatan or desa code), for example "
        "--wilayah 6172011001.")
    assert _tambah(qtbot, db_admin, "ani", "operator", "61720") == (
        "Region code '61720' is not valid: use a kabupaten/kota code (4 digits), a kecamatan "
        "code (6 digits) or a desa/kelurahan code (10 digits), for example 617201.")
    kelola = KelolaPenggunaDialog(db_admin, sp.cari(db_admin, "adm"))
    qtbot.addWidget(kelola)
    kelola.pilih("adm")
    kelola.ubah_aktif()
    assert kelola.pesan.text() == (
        "'adm' is the last active admin; create another admin before disabling this one.")
    kelola.close()
    assert cuplikan(db_admin) == sebelum


def test_galat_akun_tetap_berbahasa_indonesia(qtbot, db_admin):
    assert bahasa.bahasa_aktif() == bahasa.BAWAAN
    assert _tambah(qtbot, db_admin, "adm", "admin") == "Nama pengguna 'adm' sudah dipakai."
    with pytest.raises(sp.KesalahanAkun) as e:
        sp.tambah(db_admin, "ani", Peran.OPERATOR, SANDI, ["61720"])
    assert str(e.value) == (
        "Kode wilayah '61720' tidak sah: gunakan kode kabupaten/kota (4 digit), kecamatan "
        "(6 digit) atau desa/kelurahan (10 digit), misalnya 617201.")
    with pytest.raises(sp.GagalMasuk) as e:
        sp.periksa(db_admin, "adm", "salah-sekali")
    assert str(e.value) == "Nama pengguna atau kata sandi salah, atau akun tidak aktif."


def test_akun_pertama_bukan_admin_berbahasa_inggris(inggris, db):
    """The first account must be an admin: the storage's refusal, shown in English."""
    with pytest.raises(sp.AdminBelumAda) as e:
        sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["617201"], admin_dulu=True)
    assert bahasa.teks(e.value) == (
        "Account operator 'ani' not created: this database has no active admin yet, and the "
        "first account must be an admin (the admin creates and manages the other accounts).")
    assert str(e.value).startswith("Akun operator 'ani' tidak dibuat: basis data ini belum")


def test_masuk_gagal_berbahasa_inggris(qtbot, inggris, db_admin, db_path):
    db_admin.close()
    with sdb.terbuka(db_path) as db:
        d = LoginDialog(db, "adm", nama_db="uji.db")
        qtbot.addWidget(d)
        d.show()
        d.sandi.setText("salah-sekali")
        d.tombol_masuk.click()
        assert d.isVisible() and d.pengguna is None
        assert d.pesan.text() == ("The user name or the password is wrong, or the account is "
                                  "disabled. Failed attempts are recorded in the audit trail.")
        with pytest.raises(sp.GagalMasuk) as e:
            sp.periksa(db, "adm", "salah-lagi")
        assert bahasa.teks(e.value) == (
            "The user name or the password is wrong, or the account is disabled.")
        d.close()
    # the console has no language setting: Indonesian
    hasil = CliRunner().invoke(main, ["users", "add", "adm", "--role", "admin", "--db",
                                      str(db_path)], input=SANDI + "\n")
    assert hasil.exit_code != 0
    assert "Nama pengguna 'adm' sudah dipakai." in hasil.output


def test_galat_cadangan_dan_basis_data_berbahasa_inggris(inggris, db, db_path, tmp_path):
    """The backup's and the database's wrappers around an environment error: English around
    the (already English) reason in the window, the Indonesian text unchanged below."""
    from kalbar_desktop.storage import cadangan

    bukan_folder = tmp_path / "flashdisk"
    bukan_folder.write_text("sebuah berkas, bukan folder")
    hilang = bukan_folder / "cadangan.db"
    with pytest.raises(cadangan.KesalahanCadangan) as e:
        cadangan.cadangkan(db, hilang)
    inggris_ = bahasa.teks(e.value)
    assert inggris_.startswith(f"Backup to {hilang} failed; no half-written backup is left "
                               "behind. ")
    assert str(e.value).startswith(f"Cadangan ke {hilang} gagal; tidak ada cadangan setengah "
                                   "jadi yang tertinggal. ")
    # the reason (storage/galat) is translated too: no Indonesian left
    assert "tidak" not in inggris_ and "gagal" not in inggris_
    sisa = tmp_path / "uji.db.sementara"
    sisa.write_bytes(b"")
    with pytest.raises(cadangan.KesalahanCadangan) as e:
        cadangan.pulihkan(db_path, sisa)
    assert bahasa.teks(e.value) == (
        "File uji.db.sementara is what is left of a backup stopped before it was fully "
        "written, not a backup; the database was not changed. Choose a backup file ending in "
        ".db (this leftover file may be deleted).")
    assert str(e.value).startswith("Berkas uji.db.sementara adalah sisa cadangan yang terhenti")
    db.execute("PRAGMA user_version = 9999")
    db.close()
    with pytest.raises(sdb.BasisDataTidakBisaDibuka) as e:
        sdb.buka(db_path)
    assert bahasa.teks(e.value).startswith(
        "Database uji.db was made by a newer version of the application (schema 9999, this "
        "application knows up to ")
    assert str(e.value).startswith("Basis data uji.db dibuat oleh versi aplikasi yang lebih baru")
