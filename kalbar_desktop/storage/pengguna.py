"""User accounts: names, roles, region scope and argon2 password hashes, and signing in.

Passwords are never stored; ``hash_sandi`` holds an argon2id hash (argon2-cffi). Every account
change and every sign-in, failed or not, is written to the audit trail. A database without any
account works as before accounts existed (a name chosen at start-up stands for the user); the
window asks to create the first admin account on such a database.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlite_utils import Database

from kalbar_desktop.domain import jejak, keterangan_jejak
from kalbar_desktop.domain.akses import Pengguna, Peran, periksa_nama_akun, periksa_sandi
from kalbar_desktop.domain.mirip import uraian_nama_asing
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.domain.wilayah import Tingkat, bersihkan_kode, tingkat
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage.waktu import sekarang

_HASHER = PasswordHasher()


@functools.cache
def _hash_palsu() -> str:
    # Verifying against this when the name is unknown keeps the answer time the same, so
    # timing does not tell which names exist.
    return _HASHER.hash("bukan-kata-sandi-siapa-pun")


class KesalahanAkun(Exception):
    """An account change that cannot be made; the message is Indonesian."""


class GagalMasuk(Exception):
    """Wrong name or password, or a disabled account (the message does not say which)."""


class AkunTidakAda(KesalahanAkun):
    """No active account with that name."""


class AdminBelumAda(KesalahanAkun):
    """A first account that is not an admin: the database would have accounts and nobody to
    manage them. The message says so; the window and the console add how to go on."""


@dataclass(frozen=True)
class Akun:
    """An account as listed for the administrator."""

    nama: str
    nama_lengkap: str | None
    peran: Peran
    wilayah: tuple[str, ...]
    aktif: bool
    dibuat_pada: str
    terakhir_masuk: str | None


def ada_akun(db: Database) -> bool:
    """True when at least one active account exists."""
    return db.execute("SELECT 1 FROM pengguna WHERE aktif = 1 LIMIT 1").fetchone() is not None


def ada_akun_apa_pun(db: Database) -> bool:
    """True when any account exists, active or not (accounts are then in force)."""
    return db.execute("SELECT 1 FROM pengguna LIMIT 1").fetchone() is not None


def _wilayah(db: Database, pengguna_id: int) -> tuple[str, ...]:
    return tuple(b[0] for b in db.execute(
        "SELECT kode_wilayah FROM pengguna_wilayah WHERE pengguna_id = ? ORDER BY kode_wilayah",
        [pengguna_id]))


def cari(db: Database, nama: str) -> Pengguna | None:
    """The active account called ``nama`` (case-insensitive), with its regions."""
    baris = db.execute("SELECT id, nama, peran FROM pengguna WHERE nama = ? AND aktif = 1",
                       [nama.strip()]).fetchone()
    if baris is None:
        return None
    return Pengguna(baris[1], Peran(baris[2]), _wilayah(db, baris[0]))


def daftar(db: Database) -> list[Akun]:
    """Every account, active or not, by name."""
    hasil = []
    for b in db.query("SELECT * FROM pengguna ORDER BY nama COLLATE NOCASE"):
        hasil.append(Akun(b["nama"], b["nama_lengkap"], Peran(b["peran"]), _wilayah(db, b["id"]),
                          bool(b["aktif"]), b["dibuat_pada"], b.get("terakhir_masuk")))
    return hasil


def pengguna_sesi(db: Database, nama: str, peran: Peran | str | None = None) -> Pengguna:
    """The user of a session started with a name, without a password (tests, automation, the
    demo).

    An existing account gives its own role and regions. Without accounts in the database
    (before accounts are set up) the named user works with ``peran`` (default verifikator,
    who may do all verification work). When accounts exist, an unknown name raises
    :class:`AkunTidakAda`: a name alone gives no rights on a database with accounts.
    """
    akun = cari(db, nama)
    if akun is not None:
        return akun
    if ada_akun_apa_pun(db):
        raise AkunTidakAda(Pesan("Tidak ada akun aktif bernama '{nama}' di basis data ini.",
                                 nama=nama))
    return Pengguna(nama, Peran(peran) if peran else Peran.VERIFIKATOR)


def _periksa_wilayah(db: Database, peran: Peran, wilayah: Sequence[str]) -> tuple[str, ...]:
    kode = tuple(dict.fromkeys(bersihkan_kode(w) for w in wilayah if w and w.strip()))
    for w in kode:
        if tingkat(w) not in (Tingkat.KABUPATEN_KOTA, Tingkat.KECAMATAN, Tingkat.DESA_KELURAHAN):
            raise KesalahanAkun(Pesan(
                "Kode wilayah {kode!r} tidak sah: gunakan kode kabupaten/kota (4 digit), "
                "kecamatan (6 digit) atau desa/kelurahan (10 digit), misalnya 617201.", kode=w))
    if peran == Peran.OPERATOR and not kode:
        raise KesalahanAkun(Pesan(
            "Operator wajib diberi wilayah kerja (kode kecamatan atau desa), "
            "misalnya --wilayah 6172011001."))
    if peran == Peran.ADMIN and kode:
        raise KesalahanAkun(Pesan("Admin mengelola seluruh basis data; jangan beri wilayah."))
    ada_referensi = db.execute(
        "SELECT 1 FROM wilayah WHERE sumber = 'referensi' LIMIT 1").fetchone() is not None
    if ada_referensi:
        for w in kode:
            if db.execute("SELECT 1 FROM wilayah WHERE kode = ?", [w]).fetchone() is None:
                raise KesalahanAkun(Pesan("Kode wilayah {kode} tidak dikenal di basis data ini.",
                                          kode=w))
    return kode


def _id(db: Database, nama: str) -> tuple[int, str, bool]:
    baris = db.execute("SELECT id, nama, aktif FROM pengguna WHERE nama = ?",
                       [nama.strip()]).fetchone()
    if baris is None:
        raise AkunTidakAda(Pesan("Tidak ada akun bernama '{nama}'.", nama=nama.strip()))
    return baris[0], baris[1], bool(baris[2])


def ada_admin(db: Database) -> bool:
    """True when an active admin account exists."""
    return db.execute("SELECT 1 FROM pengguna WHERE peran = 'admin' AND aktif = 1 "
                      "LIMIT 1").fetchone() is not None


def tambah(db: Database, nama: str, peran: Peran | str, sandi: str,
           wilayah: Sequence[str] = (), nama_lengkap: str | None = None,
           oleh: str | None = None, admin_dulu: bool = True) -> Pengguna:
    """Create an account (raises :class:`KesalahanAkun` with the reason).

    An account other than an admin is refused while no active admin exists
    (:class:`AdminBelumAda`): the first account is the admin, whoever creates it (the
    console's ``users add``, the window's account dialogs, a script). ``admin_dulu=False``
    lifts this for a test fixture or a benchmark that sets up a database without an admin on
    purpose; no program path passes it."""
    nama = nama.strip()
    masalah = periksa_nama_akun(nama)
    if masalah:
        raise KesalahanAkun(masalah)
    try:
        peran = Peran(peran)
    except ValueError:
        raise KesalahanAkun(Pesan(
            "Peran {peran!r} tidak dikenal; pilihan: operator, verifikator, admin.",
            peran=peran)) from None
    masalah = periksa_sandi(sandi, nama)
    if masalah:
        raise KesalahanAkun(masalah)
    kode = _periksa_wilayah(db, peran, wilayah)
    if db.execute("SELECT 1 FROM pengguna WHERE nama = ?", [nama]).fetchone():
        raise KesalahanAkun(_nama_dipakai(nama))
    if admin_dulu and peran != Peran.ADMIN and not ada_admin(db):
        raise _admin_belum_ada(nama, peran)
    hash_sandi = _HASHER.hash(sandi)
    with db.atomic():
        if db.execute("SELECT 1 FROM pengguna WHERE nama = ?", [nama]).fetchone():
            raise KesalahanAkun(_nama_dipakai(nama))
        if admin_dulu and peran != Peran.ADMIN and not ada_admin(db):
            raise _admin_belum_ada(nama, peran)
        waktu = sekarang()
        id_ = db.execute(
            "INSERT INTO pengguna (nama, nama_lengkap, peran, hash_sandi, aktif, dibuat_pada, "
            "diubah_pada) VALUES (?, ?, ?, ?, 1, ?, ?)",
            [nama, (nama_lengkap or "").strip() or None, peran.value, hash_sandi, waktu, waktu]
        ).lastrowid
        for w in kode:
            db.execute("INSERT INTO pengguna_wilayah (pengguna_id, kode_wilayah) VALUES (?, ?)",
                       [id_, w])
        audit.tulis(db, [audit.Catatan(
            aksi=jejak.AKUN_DIBUAT, pengguna=oleh, tabel="pengguna", id_rekaman=nama,
            nilai_baru=keterangan_jejak.peran_wilayah(peran.value, ", ".join(kode)))])
    return Pengguna(nama, peran, kode)


def _nama_dipakai(nama: str) -> Pesan:
    return Pesan("Nama pengguna '{nama}' sudah dipakai.", nama=nama)


def _admin_belum_ada(nama: str, peran: Peran) -> AdminBelumAda:
    return AdminBelumAda(Pesan(
        "Akun {peran} '{nama}' tidak dibuat: basis data ini belum punya admin aktif, "
        "dan akun pertama harus admin (admin yang membuat dan mengelola akun lain).",
        peran=peran.value, nama=nama))


def _admin_aktif_lain(db: Database, kecuali_id: int) -> bool:
    return db.execute("SELECT 1 FROM pengguna WHERE peran = 'admin' AND aktif = 1 AND id != ?",
                      [kecuali_id]).fetchone() is not None


def nonaktifkan(db: Database, nama: str, oleh: str | None = None) -> None:
    """Disable an account (it can no longer sign in; its history stays)."""
    with db.atomic():
        id_, nama, aktif = _id(db, nama)
        if not aktif:
            return
        peran = db.execute("SELECT peran FROM pengguna WHERE id = ?", [id_]).fetchone()[0]
        if peran == Peran.ADMIN and not _admin_aktif_lain(db, id_):
            raise KesalahanAkun(Pesan(
                "'{nama}' adalah admin aktif terakhir; buat admin lain dulu sebelum "
                "menonaktifkannya.", nama=nama))
        db.execute("UPDATE pengguna SET aktif = 0, diubah_pada = ? WHERE id = ?",
                   [sekarang(), id_])
        audit.tulis(db, [audit.Catatan(aksi=jejak.AKUN_DINONAKTIFKAN, pengguna=oleh,
                                       tabel="pengguna", id_rekaman=nama)])


def aktifkan(db: Database, nama: str, oleh: str | None = None) -> None:
    """Enable a disabled account again."""
    with db.atomic():
        id_, nama, aktif = _id(db, nama)
        if aktif:
            return
        db.execute("UPDATE pengguna SET aktif = 1, diubah_pada = ? WHERE id = ?",
                   [sekarang(), id_])
        audit.tulis(db, [audit.Catatan(aksi=jejak.AKUN_DIAKTIFKAN, pengguna=oleh,
                                       tabel="pengguna", id_rekaman=nama)])


def ubah(db: Database, nama: str, peran: Peran | str | None = None,
         wilayah: Sequence[str] | None = None, oleh: str | None = None) -> Pengguna:
    """Change an account's role and/or regions."""
    with db.atomic():
        id_, nama, _aktif = _id(db, nama)
        lama_peran = Peran(db.execute("SELECT peran FROM pengguna WHERE id = ?",
                                      [id_]).fetchone()[0])
        lama_wilayah = _wilayah(db, id_)
        try:
            baru_peran = Peran(peran) if peran else lama_peran
        except ValueError:
            raise KesalahanAkun(Pesan(
                "Peran {peran!r} tidak dikenal; pilihan: operator, verifikator, admin.",
                peran=peran)) from None
        if lama_peran == Peran.ADMIN and baru_peran != Peran.ADMIN \
                and not _admin_aktif_lain(db, id_):
            raise KesalahanAkun(Pesan("'{nama}' adalah admin aktif terakhir; perannya tidak "
                                      "bisa diubah sebelum ada admin lain.", nama=nama))
        baru_wilayah = _periksa_wilayah(
            db, baru_peran, lama_wilayah if wilayah is None and baru_peran != Peran.ADMIN
            else (wilayah or ()))
        db.execute("UPDATE pengguna SET peran = ?, diubah_pada = ? WHERE id = ?",
                   [baru_peran.value, sekarang(), id_])
        db.execute("DELETE FROM pengguna_wilayah WHERE pengguna_id = ?", [id_])
        for w in baru_wilayah:
            db.execute("INSERT INTO pengguna_wilayah (pengguna_id, kode_wilayah) VALUES (?, ?)",
                       [id_, w])
        catatan = []
        if baru_peran != lama_peran:
            catatan.append(audit.Catatan(
                aksi=jejak.AKUN_DIUBAH, pengguna=oleh, tabel="pengguna", id_rekaman=nama,
                kolom="peran", nilai_lama=lama_peran.value, nilai_baru=baru_peran.value))
        if baru_wilayah != lama_wilayah:
            catatan.append(audit.Catatan(
                aksi=jejak.AKUN_DIUBAH, pengguna=oleh, tabel="pengguna", id_rekaman=nama,
                kolom="wilayah", nilai_lama=", ".join(lama_wilayah) or None,
                nilai_baru=", ".join(baru_wilayah) or None))
        if catatan:
            audit.tulis(db, catatan)
    return Pengguna(nama, baru_peran, baru_wilayah)


def ganti_sandi(db: Database, nama: str, sandi_baru: str, oleh: str | None = None) -> None:
    """Set a new password for ``nama`` (by the user, or reset by an admin)."""
    id_, nama, _aktif = _id(db, nama)
    masalah = periksa_sandi(sandi_baru, nama)
    if masalah:
        raise KesalahanAkun(masalah)
    hash_sandi = _HASHER.hash(sandi_baru)
    with db.atomic():
        db.execute("UPDATE pengguna SET hash_sandi = ?, diubah_pada = ? WHERE id = ?",
                   [hash_sandi, sekarang(), id_])
        audit.tulis(db, [audit.Catatan(aksi=jejak.SANDI_DIGANTI, pengguna=oleh or nama,
                                       tabel="pengguna", id_rekaman=nama)])


def _cocok(hash_sandi: str | None, sandi: str) -> bool:
    try:
        return _HASHER.verify(hash_sandi or _hash_palsu(), sandi) and hash_sandi is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


NAMA_TIDAK_DIKENAL = "nama tidak dikenal"
"""How the record of a failed sign-in under a name that is no account begins (what follows:
:func:`kalbar_desktop.domain.mirip.uraian_nama_asing`)."""


def _catatan_gagal(db: Database, nama: str, baris: tuple | None, keterangan: str | None
                   ) -> audit.Catatan:
    """The audit entry of a failed sign-in: under the account's own spelling (so the log's
    user filter finds the attempts) when an account of that name exists; otherwise under no
    name and without the typed text, which may be a password typed into the name field: only
    the account it nearly is (a typing slip away) and its length, so an admin can tell a
    mistyped name from something else."""
    if baris is None:
        nama_akun = [b[0] for b in db.execute("SELECT nama FROM pengguna")]
        sebab = uraian_nama_asing(nama, nama_akun)
    else:
        sebab = None if baris[4] else keterangan_jejak.akun_nonaktif()
    return audit.Catatan(aksi=jejak.MASUK_GAGAL, pengguna=baris[1] if baris else None,
                         tabel="pengguna",
                         keterangan="; ".join(filter(None, (keterangan, sebab))) or None)


def periksa(db: Database, nama: str, sandi: str, keterangan: str | None = None,
            catat: bool = True) -> Pengguna:
    """Check a name and password; return the user or raise :class:`GagalMasuk`.

    Success and failure are written to the audit trail (``catat=False`` for a read-only
    session, which cannot write) with ``keterangan`` saying where (login, unlocking). A name
    that is no account is not written as typed (see :func:`_catatan_gagal`).
    """
    nama = nama.strip()
    baris = db.execute("SELECT id, nama, peran, hash_sandi, aktif FROM pengguna WHERE nama = ?",
                       [nama]).fetchone()
    ok = baris is not None and bool(baris[4]) and _cocok(baris[3], sandi)
    if baris is None or not baris[4]:
        _cocok(None, sandi)
    if not ok:
        if catat:
            audit.tulis(db, [_catatan_gagal(db, nama, baris, keterangan)])
        raise GagalMasuk(Pesan("Nama pengguna atau kata sandi salah, atau akun tidak aktif."))
    id_, nama_asli, peran, hash_sandi = baris[0], baris[1], Peran(baris[2]), baris[3]
    if catat:
        with db.atomic():
            if _HASHER.check_needs_rehash(hash_sandi):
                db.execute("UPDATE pengguna SET hash_sandi = ? WHERE id = ?",
                           [_HASHER.hash(sandi), id_])
            db.execute("UPDATE pengguna SET terakhir_masuk = ? WHERE id = ?", [sekarang(), id_])
            audit.tulis(db, [audit.Catatan(aksi=jejak.MASUK, pengguna=nama_asli,
                                           tabel="pengguna", keterangan=keterangan)])
    return Pengguna(nama_asli, peran, _wilayah(db, id_))


@sdb.terjemahkan_galat
def catat_keluar(db: Database, pengguna: Pengguna) -> None:
    """Record the end of a session."""
    audit.tulis(db, [audit.Catatan(aksi=jejak.KELUAR, pengguna=pengguna.nama, tabel="pengguna")])
