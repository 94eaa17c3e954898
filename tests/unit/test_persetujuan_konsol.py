"""``approve`` and ``send-back`` on the console, on a desa written with openpyxl: the window's
rules (own work left out on a database with accounts, region limits, one transaction, one
audit row per family), the account's password read from standard input, ``--dry-run`` writing
nothing, ``--json``, and refusals with an Indonesian message, a non-zero exit status and the
database unchanged. Also the storage functions behind the bulk send-back of the window."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import DESA, OPERATOR_A, VERIFIKATOR, db_desa

SANDI = "Sandi-Kuat-123"
HARI_INI = dt.date.today()
S = sv.SebabDilewati


def _id(i: int) -> str:
    return f"0061729{i:03d}"


def _ajukan(db, idk: str, pengguna: Pengguna) -> None:
    v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                   tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator=pengguna.nama)
    versi = sv.simpan(db, idk, pengguna, v, sv.muat(db, idk).versi)
    sv.ubah_persetujuan(db, idk, pengguna, AksiPersetujuan.AJUKAN, versi)


@pytest.fixture(scope="module")
def _induk(tmp_path_factory) -> dict[bool, Path]:
    return {akun: _buat(tmp_path_factory.mktemp(f"induk{int(akun)}"), akun)
            for akun in (True, False)}


@pytest.fixture
def siapkan(_induk, tmp_path):
    """A copy of the prepared database (building it, accounts' hashes and all, takes a
    second)."""

    def salin(akun: bool = True) -> Path:
        tujuan = tmp_path / "kantor.db"
        shutil.copyfile(_induk[akun], tujuan)
        return tujuan

    return salin


def _buat(tmp_path, akun: bool = True) -> Path:
    """Ten families: 1-6 submitted by the operator Ani, 7 by the verifikator Rina herself,
    8-10 as imported (Draf)."""
    path = db_desa(tmp_path, jumlah=10)
    with sdb.terbuka(path) as db:
        if akun:
            spengguna.tambah(db, "admin", "admin", SANDI, oleh="uji")
            spengguna.tambah(db, "Ani", "operator", SANDI, wilayah=[DESA], oleh="uji")
            spengguna.tambah(db, "Rina", "verifikator", SANDI, oleh="uji")
            spengguna.tambah(db, "Luar", "verifikator", SANDI, wilayah=["6172021001"],
                             oleh="uji")
            spengguna.tambah(db, "Dua", "verifikator", SANDI, wilayah=["617201", DESA],
                             oleh="uji")
        for i in range(1, 7):
            _ajukan(db, _id(i), OPERATOR_A)
        _ajukan(db, _id(7), VERIFIKATOR)
    return path


def _jalan(path, *args, sandi: str | None = SANDI):
    return CliRunner().invoke(main, ["--db", str(path), *args],
                              input=None if sandi is None else sandi + "\n",
                              prog_name="kalbar-desktop")


def _persetujuan(path) -> dict[str, str]:
    with sdb.terbuka(path) as db:
        return dict(db.execute("SELECT id_keluarga, persetujuan FROM verifikasi_keluarga"))


def _audit(path, aksi: str) -> list[tuple]:
    with sdb.terbuka(path) as db:
        return db.execute("SELECT id_keluarga, pengguna, alasan, nilai_lama, nilai_baru "
                          "FROM audit_log WHERE aksi = ? ORDER BY id", [aksi]).fetchall()


def _data(path) -> dict:
    """Everything but the sign-in rows a command for an account writes."""
    with sdb.terbuka(path) as db:
        isi = cuplikan(db)
        isi["audit_log"] = db.execute(
            "SELECT aksi, id_keluarga, kolom, nilai_baru FROM audit_log "
            "WHERE aksi NOT IN ('MASUK', 'MASUK_GAGAL') ORDER BY id").fetchall()
        isi.pop("pengguna")  # terakhir_masuk
        isi.pop("audit_segel")  # the seal follows the sign-in rows
    return isi


def test_approve_id_dry_run_lalu_setujui_melewati_pekerjaan_sendiri(siapkan):
    path = siapkan()
    sebelum = _data(path)
    r = _jalan(path, "approve", "--id", f"{_id(1)},{_id(2)}", "--id", _id(7), "--id", _id(8),
               "--id", "0061729999", "--dry-run", "--json", "--user", "Rina")
    assert r.exit_code == 0, r.output
    hasil = json.loads(r.output[r.output.index("{"):])
    assert hasil["dry_run"] is True and hasil["disetujui"] == [_id(1), _id(2)]
    assert [(d["id_keluarga"], d["sebab"]) for d in hasil["dilewati"]] == [
        (_id(7), "DIAJUKAN_SENDIRI"), (_id(8), "TIDAK_DIAJUKAN"), ("0061729999", "TIDAK_ADA")]
    assert hasil["dilewati"][0]["pesan"].startswith("diajukan oleh Anda sendiri")
    assert _data(path) == sebelum  # --dry-run writes nothing

    r = _jalan(path, "approve", "--id", f"{_id(1)},{_id(2)},{_id(7)}", "--user", "Rina")
    assert r.exit_code == 3, r.output  # a named family was left out; the others approved
    assert "2 keluarga disetujui (keluarga yang disebut):" in r.output
    assert (f"1 keluarga tidak disetujui:\n  {_id(7)} (Kepala 7): diajukan oleh Anda sendiri "
            "(pekerjaan sendiri tidak boleh disetujui sendiri)") in r.output
    status = _persetujuan(path)
    assert [status[_id(i)] for i in range(1, 11)] == (
        ["DISETUJUI"] * 2 + ["DIAJUKAN"] * 5 + ["DRAF"] * 3)
    assert _audit(path, "SETUJUI") == [
        (_id(1), "Rina", "Setujui lewat konsol: keluarga yang disebut", "DIAJUKAN", "DISETUJUI"),
        (_id(2), "Rina", "Setujui lewat konsol: keluarga yang disebut", "DIAJUKAN", "DISETUJUI")]
    with sdb.terbuka(path) as db:
        assert audit.periksa_rantai(db) == []


def test_approve_wilayah_dan_semua(siapkan):
    path = siapkan()
    r = _jalan(path, "approve", "--wilayah", "61.72.01.1001", "--user", "Rina")
    assert r.exit_code == 0, r.output
    assert "6 keluarga disetujui (wilayah 6172011001):" in r.output
    assert f"  {_id(7)} (Kepala 7): diajukan oleh Anda sendiri" in r.output
    assert [a[0] for a in _audit(path, "SETUJUI")] == [_id(i) for i in range(1, 7)]
    # an account limited to another region: --semua finds nothing of this desa to list
    r = _jalan(path, "approve", "--semua", "--json", "--user", "Luar")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output[r.output.index("{"):]) == {
        "dry_run": False, "disetujui": [], "dilewati": []}
    # ... and named by ID the family is outside its region (by ID only: not its head's name)
    r = _jalan(path, "approve", "--id", _id(7), "--user", "Luar")
    assert r.exit_code == 3 and f"{_id(7)} (-): di luar wilayah kerja Anda" in r.output
    assert _persetujuan(path)[_id(7)] == "DIAJUKAN"
    # an account with overlapping regions (a kecamatan and one of its desa): each family once
    for coba in (True, False):
        r = _jalan(path, "approve", "--semua", "--json", "--user", "Dua",
                   *(["--dry-run"] if coba else []))
        assert r.exit_code == 0, r.output
        assert json.loads(r.output[r.output.index("{"):]) == {
            "dry_run": coba, "disetujui": [_id(7)], "dilewati": []}


@pytest.mark.parametrize("args, sandi, pesan", [
    (("approve", "--semua", "--user", "Ani"), SANDI,
     "Ani (operator) tidak berwenang untuk tindakan ini pada wilayah -. Menyetujui hanya boleh "
     "oleh verifikator."),
    (("approve", "--semua", "--user", "Rina"), "salah-sandi-99",
     "Nama pengguna atau kata sandi salah, atau akun tidak aktif."),
    (("approve", "--semua", "--user", "Rina"), None,
     "Kata sandi untuk Rina tidak diberikan."),
    (("approve", "--user", "Rina"), SANDI,
     "Pilih tepat satu: --id ID_KELUARGA, --wilayah KODE atau --semua."),
    (("approve", "--semua", "--wilayah", DESA, "--user", "Rina"), SANDI,
     "Pilih tepat satu: --id ID_KELUARGA, --wilayah KODE atau --semua."),
    (("approve", "--wilayah", "6172", "--user", "Rina"), SANDI,
     "Kode wilayah '6172' tidak sah: gunakan kode kecamatan (6 digit) atau desa/kelurahan "
     "(10 digit)"),
    (("approve", "--wilayah", "6172059999", "--user", "Rina"), SANDI,
     "Tidak ada satu keluarga pun di wilayah 6172059999 di basis data ini; periksa kodenya."),
    (("send-back", _id(1), "--alasan", "Foto rumah belum ada", "--user", "Ani"), SANDI,
     "Ani (operator) tidak berwenang untuk tindakan ini pada wilayah 6172011001. "
     "Mengembalikan hanya boleh oleh verifikator."),
    (("send-back", _id(1), "--alasan", "Foto", "--user", "Luar"), SANDI,
     "Luar (verifikator) tidak berwenang untuk tindakan ini pada wilayah 6172011001."),
    (("send-back", _id(8), "--alasan", "Foto", "--user", "Rina"), SANDI,
     f"Keluarga {_id(8)}: Kembalikan tidak bisa dilakukan pada keluarga berstatus Draf."),
    (("send-back", _id(1), "--alasan", "   ", "--user", "Rina"), SANDI,
     "Alasan pengembalian wajib diisi"),
    (("send-back", "0061729999", "--alasan", "Foto", "--user", "Rina"), SANDI,
     "ID Keluarga 0061729999 tidak ada di basis data ini."),
])
def test_penolakan_keluar_1_dan_data_tidak_berubah(siapkan, args, sandi, pesan):
    path = siapkan()
    sebelum = _data(path)
    r = _jalan(path, *args, sandi=sandi)
    assert r.exit_code == 1, r.output
    assert r.output.startswith("Gagal: ") or "\nGagal: " in r.output, r.output
    assert pesan in " ".join(r.output.split()), r.output
    assert _data(path) == sebelum


def test_send_back_mengembalikan_dengan_alasan_dan_satu_baris_audit(siapkan):
    path = siapkan()
    r = _jalan(path, "send-back", _id(3), "--alasan", "Foto rumah belum ada", "--json",
               "--user", "Rina")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output[r.output.index("{"):]) == {
        "id_keluarga": _id(3), "persetujuan": "DIKEMBALIKAN", "alasan": "Foto rumah belum ada"}
    with sdb.terbuka(path) as db:
        v = sv.muat(db, _id(3)).verifikasi
        assert (v.persetujuan, v.catatan_pengembalian) == ("DIKEMBALIKAN", "Foto rumah belum ada")
    assert _audit(path, "KEMBALIKAN") == [
        (_id(3), "Rina", "Foto rumah belum ada", "DIAJUKAN", "DIKEMBALIKAN")]
    # her own submission may be sent back (as in the window); the operator can submit again
    r = _jalan(path, "send-back", _id(7), "--alasan", "Salah tanggal", "--user", "Rina")
    assert r.exit_code == 0 and f"Keluarga {_id(7)} dikembalikan ke operator" in r.output


def test_tanpa_akun_tanpa_sandi(siapkan):
    """Without accounts the named user works as verifikator (as in the window); no password is
    read and own work is not refused."""
    path = siapkan(akun=False)
    r = _jalan(path, "approve", "--semua", "--user", "Rina", sandi=None)
    assert r.exit_code == 0, r.output
    assert "7 keluarga disetujui (seluruh wilayah kerja):" in r.output
    r = _jalan(path, "approve", "--semua", "--user", "Rina", "--dry-run", sandi=None)
    assert r.exit_code == 0 and r.output == (
        "Tidak ada keluarga berstatus Diajukan (seluruh wilayah kerja); tidak ada yang "
        "disetujui.\n")
    sebelum = _data(path)
    r = _jalan(path, "send-back", _id(1), "--alasan", "x", "--user", "Rina", sandi=None)
    assert r.exit_code == 1
    assert "Kembalikan tidak bisa dilakukan pada keluarga berstatus Disetujui" in r.output
    assert _data(path) == sebelum



def test_daftar_panjang_dipotong_json_lengkap(siapkan, monkeypatch):
    """A kabupaten's 100,000 approved IDs are not all printed: the first ones, then a count
    and where the whole list is (``--json``)."""
    from kalbar_desktop.cli import persetujuan

    monkeypatch.setattr(persetujuan, "BARIS_DAFTAR", 2)
    path = siapkan(akun=False)
    r = _jalan(path, "approve", "--semua", "--user", "Rina", "--dry-run", sandi=None)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1:] == [
        f"  {_id(1)}", f"  {_id(2)}", "  ... dan 5 keluarga lainnya (daftar lengkap: --json)"]
    r = _jalan(path, "approve", "--semua", "--user", "Rina", "--json", sandi=None)
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["disetujui"] == [_id(i) for i in range(1, 8)]

# -- the storage functions of the window's bulk send-back ------------------------------------
def test_kembalikan_semua_satu_transaksi_satu_audit_per_keluarga(siapkan):
    path = siapkan()
    luar = Pengguna("Luar", Peran.VERIFIKATOR, ("6172021001",))
    with sdb.terbuka(path) as db:
        rencana = sv.rencana_kembalikan(db, VERIFIKATOR, [_id(2), _id(7), _id(9), _id(1)])
        assert rencana.disetujui == [_id(2), _id(7), _id(1)]  # own work may be sent back
        assert [(d.id_keluarga, d.sebab) for d in rencana.dilewati] == [(_id(9),
                                                                          S.TIDAK_DIAJUKAN)]
        assert [d.sebab for d in sv.rencana_kembalikan(db, luar, [_id(1)]).dilewati] == [
            S.LUAR_WILAYAH]
        with pytest.raises(sv.TidakBerwenang):
            sv.rencana_kembalikan(db, OPERATOR_A, [_id(1)])
        sebelum = cuplikan(db)
        with pytest.raises(sv.PerubahanDitolak, match="catatan/alasan wajib diisi"):
            sv.kembalikan_semua(db, VERIFIKATOR, rencana, "  ")
        with pytest.raises(sv.KembalikanDibatalkan):
            sv.kembalikan_semua(db, VERIFIKATOR, rencana, "Foto", dibatalkan=lambda: True)
        assert cuplikan(db) == sebelum
        # family 1 approved by someone else after the confirmation: left out, named
        sv.ubah_persetujuan(db, _id(1), Pengguna("Yohanes", Peran.VERIFIKATOR),
                            AksiPersetujuan.SETUJUI, sv.muat(db, _id(1)).versi)
        hasil = sv.kembalikan_semua(db, VERIFIKATOR, rencana, " Foto rumah belum ada ")
        assert hasil.disetujui == [_id(2), _id(7)]
        assert [(d.id_keluarga, d.sebab) for d in hasil.dilewati] == [
            (_id(9), S.TIDAK_DIAJUKAN), (_id(1), S.BERUBAH)]
        for idk in (_id(2), _id(7)):
            v = sv.muat(db, idk).verifikasi
            assert (v.persetujuan, v.catatan_pengembalian) == ("DIKEMBALIKAN",
                                                              "Foto rumah belum ada")
        assert audit.periksa_rantai(db) == []
    assert _audit(path, "KEMBALIKAN") == [
        (idk, "Rina", "Foto rumah belum ada", "DIAJUKAN", "DIKEMBALIKAN")
        for idk in (_id(2), _id(7))]


# -- users add: the first account is the admin ------------------------------------------------
def test_akun_pertama_harus_admin(tmp_path):
    path = db_desa(tmp_path, jumlah=2)
    with sdb.terbuka(path) as db:
        sebelum = cuplikan(db)
    for peran, wilayah in (("operator", ["--wilayah", DESA]), ("verifikator", [])):
        r = _jalan(path, "users", "add", "ani", "--role", peran, *wilayah)
        assert r.exit_code == 1, r.output
        assert (f"Gagal: Akun {peran} 'ani' tidak dibuat: basis data ini belum punya admin "
                "aktif, dan akun pertama harus admin") in r.output
        assert "Buat admin dulu: kalbar-desktop users add NAMA_ADMIN --role admin" in r.output
        with sdb.terbuka(path) as db:
            assert cuplikan(db) == sebelum
    assert _jalan(path, "users", "add", "kepala", "--role", "admin").exit_code == 0
    r = _jalan(path, "users", "add", "ani", "--role", "operator", "--wilayah", DESA)
    assert r.exit_code == 0, r.output
    # a disabled admin does not count
    with sdb.terbuka(path) as db:
        db.execute("UPDATE pengguna SET aktif = 0 WHERE nama = 'kepala'")
        db.conn.commit()
    r = _jalan(path, "users", "add", "budi", "--role", "verifikator")
    assert r.exit_code == 1 and "belum punya admin aktif" in r.output
