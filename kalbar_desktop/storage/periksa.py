"""Is the database sound? ``PRAGMA integrity_check`` (or the quicker ``quick_check``), the
foreign keys, the audit trail (chain, seal, protecting triggers) and the schema version, with
an Indonesian verdict. Used by ``kalbar-desktop check``, by the window at start (quick form),
and before a backup is restored.

A big database is checked after the window has shown its data (:class:`PemeriksaanTertunda`):
``PRAGMA quick_check`` reads the whole file (seconds for a few hundred MB) and the window must
not wait for it; writes wait instead (:meth:`BasisData.tahan_tulis_sampai_diperiksa`)."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import audit, migrations
from kalbar_desktop.storage import db as sdb

MAKS_PESAN = 20
TABEL_WAJIB = ("pengaturan", "wilayah", "pengguna", "pengguna_wilayah", "impor", "impor_file",
               "keluarga", "verifikasi_keluarga", "anggota", "verifikasi_anggota", "temuan",
               "audit_log")
TRIGGER_AUDIT = ("audit_log_tanpa_ubah", "audit_log_tanpa_hapus")
TRIGGER_SEGEL = ("audit_log_segel", "audit_segel_tanpa_hapus", "audit_segel_hanya_dari_log")
TRIGGER_IDENTITAS = ("identitas_basis_data_tanpa_ubah", "identitas_basis_data_tanpa_hapus")


@dataclass(frozen=True)
class Masalah:
    """One finding: which part of the check, the Indonesian message, and whether it makes the
    database unfit to write to."""

    bagian: str
    pesan: str
    serius: bool = True


LABEL_BAGIAN = {
    "berkas": Pesan("Berkas"),
    "integritas": Pesan("Integritas SQLite"),
    "kunci_asing": Pesan("Hubungan antar tabel"),
    "jejak_audit": Pesan("Jejak audit"),
    "skema": Pesan("Skema"),
}


@dataclass
class HasilPeriksa:
    """The outcome of a check."""

    berkas: str
    cepat: bool
    masalah: list[Masalah] = field(default_factory=list)
    versi_skema: int | None = None

    @property
    def sehat(self) -> bool:
        return not any(m.serius for m in self.masalah)

    def ringkasan(self, cadangan: bool = False) -> str:
        """The verdict and the problems, as printed by ``kalbar-desktop check``.

        ``cadangan``: the file checked is a backup about to be restored; its verdict then says
        to choose another backup instead of telling to stop working on (the current) database.
        """
        jenis = Pesan("cepat") if self.cepat else Pesan("lengkap")
        benda = Pesan("cadangan") if cadangan else Pesan("basis data")
        baris: list[str] = []
        serius = [m for m in self.masalah if m.serius]
        if not serius and self.versi_skema:
            baris.append(Pesan("SEHAT: {benda} {berkas} lolos pemeriksaan {jenis} (integritas, "
                               "hubungan antar tabel, jejak audit, skema versi {versi}).",
                               benda=benda, berkas=self.berkas, jenis=jenis,
                               versi=self.versi_skema))
        elif not serius:
            baris.append(Pesan("SEHAT: {benda} {berkas} lolos pemeriksaan {jenis} (integritas, "
                               "hubungan antar tabel, jejak audit, skema).", benda=benda,
                               berkas=self.berkas, jenis=jenis))
        else:
            baris.append(Pesan("RUSAK: {benda} {berkas} gagal pemeriksaan {jenis}: {jumlah} "
                               "masalah.", benda=benda, berkas=self.berkas, jenis=jenis,
                               jumlah=len(serius)))
        for m in self.masalah:
            tanda = "-" if m.serius else Pesan("catatan:")
            baris.append(Pesan("  {tanda} [{bagian}] {pesan}", tanda=tanda,
                               bagian=LABEL_BAGIAN.get(m.bagian, m.bagian), pesan=m.pesan))
        if serius and cadangan:
            baris.append(Pesan("Pilih cadangan lain (Berkas > Pulihkan dari cadangan..., atau "
                               "'kalbar-desktop backups' untuk daftarnya). Basis data yang "
                               "sedang dipakai tidak diubah."))
        elif serius:
            baris.append(Pesan("Jangan lanjutkan bekerja di basis data ini. Pulihkan dari "
                               "cadangan yang sehat (menu Berkas > Pulihkan dari cadangan..., "
                               "atau 'kalbar-desktop restore BERKAS')."))
        return Pesan.gabung("\n", baris)


def _integritas(db: Database, cepat: bool) -> list[Masalah]:
    pragma = "quick_check" if cepat else "integrity_check"
    hasil = [r[0] for r in db.execute(f"PRAGMA {pragma}({MAKS_PESAN})")]
    if hasil == ["ok"]:
        return []
    return [Masalah("integritas", Pesan("SQLite melaporkan kerusakan: {laporan}", laporan=h))
            for h in hasil]


def _nilai_kunci(db: Database, tabel: str, rowid: int | None, fkid: int) -> str:
    """'id_keluarga 6172000000002': the orphan row's own reference, so the row can be found
    by the identifier people know (empty when it cannot be read)."""
    kolom = [r[3] for r in db.execute(f'PRAGMA foreign_key_list("{tabel}")') if r[0] == fkid]
    if rowid is None or not kolom:
        return ""
    pilih = ", ".join(f'"{k}"' for k in kolom)
    nilai = db.execute(f'SELECT {pilih} FROM "{tabel}" WHERE rowid = ?', [rowid]).fetchone()
    if nilai is None:
        return ""
    return ", ".join(f"{k} {v}" for k, v in zip(kolom, nilai, strict=True))


def _kunci_asing(db: Database) -> list[Masalah]:
    masalah = []
    n = 0
    for tabel, rowid, induk, fkid in db.execute("PRAGMA foreign_key_check").fetchall():
        n += 1
        if n > MAKS_PESAN:
            continue
        kunci = _nilai_kunci(db, tabel, rowid, fkid)
        masalah.append(Masalah("kunci_asing", Pesan(
            "baris {rowid} di tabel {tabel} ({kunci}) menunjuk ke {induk} yang tidak ada",
            rowid=rowid, tabel=tabel, kunci=kunci, induk=induk) if kunci else Pesan(
            "baris {rowid} di tabel {tabel} menunjuk ke {induk} yang tidak ada",
            rowid=rowid, tabel=tabel, induk=induk)))
    if n > MAKS_PESAN:
        masalah.append(Masalah("kunci_asing", Pesan("... dan {jumlah} baris lain",
                                                    jumlah=n - MAKS_PESAN)))
    return masalah


def _skema(db: Database) -> tuple[list[Masalah], int]:
    versi = migrations.versi_terpasang(db)
    nama = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in nama or "keluarga" not in nama:
        return [Masalah("skema", Pesan("berkas ini bukan basis data Kalbar Desktop (tabel "
                                       "keluarga/_sqlite_migrations tidak ada)"))], versi
    terpasang = {r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'kalbar_desktop'")}
    masalah = []
    if "0001_dasar" not in terpasang:
        masalah.append(Masalah("skema", Pesan("berkas ini bukan basis data Kalbar Desktop "
                                              "(migrasi 0001 tidak tercatat)")))
        return masalah, versi
    dikenal = set(migrations.nama_migrasi())
    asing = sorted(terpasang - dikenal)
    if versi > migrations.versi_terbaru() or asing:
        masalah.append(Masalah("skema", Pesan(
            "dibuat oleh versi aplikasi yang lebih baru (skema {versi}, migrasi {migrasi}); "
            "perbarui Kalbar Desktop", versi=versi, migrasi=", ".join(asing)) if asing else Pesan(
            "dibuat oleh versi aplikasi yang lebih baru (skema {versi}); perbarui Kalbar "
            "Desktop", versi=versi)))
    tercatat = [m for m in migrations.nama_migrasi() if m in terpasang]
    if tercatat and versi < int(tercatat[-1][:4]):
        masalah.append(Masalah("skema", Pesan(
            "versi skema {versi} lebih rendah dari migrasi terakhir yang tercatat ({migrasi}): "
            "diubah dengan alat di luar aplikasi", versi=versi, migrasi=tercatat[-1])))
    belum = [m for m in migrations.nama_migrasi() if m not in terpasang]
    # Only migration N sets version N: its record missing means the record was deleted, and
    # opening would run it a second time and fail.
    sudah = [m for m in belum if int(m[:4]) == versi]
    if sudah:
        masalah.append(Masalah("skema", Pesan(
            "migrasi {migrasi} tidak tercatat padahal versi skema {versi} sudah memuatnya: "
            "catatan migrasi dihapus dengan alat di luar aplikasi; aplikasi tidak dapat "
            "membuka basis data ini", versi=versi, migrasi=", ".join(sudah))))
        belum = [m for m in belum if m not in sudah]
    if belum:
        masalah.append(Masalah(
            "skema", Pesan("skema versi lama ({versi}); akan dinaikkan otomatis saat dibuka "
                           "(migrasi {migrasi})", versi=versi, migrasi=", ".join(belum)),
            serius=False))
    for t in TABEL_WAJIB:
        if t not in nama:
            masalah.append(Masalah("skema", Pesan("tabel {tabel} hilang", tabel=t)))
    trigger = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    wajib = TRIGGER_AUDIT + (TRIGGER_SEGEL if "0005_keamanan" in terpasang else ())
    hilang = [t for t in wajib if t not in trigger]
    if hilang:
        masalah.append(Masalah(
            "jejak_audit", Pesan("pelindung jejak audit dihapus dengan alat di luar aplikasi "
                                 "(trigger {trigger})", trigger=", ".join(hilang))))
    if "0011_identitas" in terpasang:
        masalah += _identitas(db, nama, trigger)
    return masalah, versi


def _identitas(db: Database, tabel: set[str], trigger: set[str]) -> list[Masalah]:
    """The database's id (migration 0011): one row holding a uuid4, protected by triggers."""
    if "identitas_basis_data" not in tabel:
        return [Masalah("skema", Pesan("tabel identitas_basis_data hilang"))]
    masalah = []
    baris = db.execute("SELECT id, uuid FROM identitas_basis_data").fetchall()
    if len(baris) != 1 or baris[0][0] != 1 or not _uuid4(baris[0][1]):
        masalah.append(Masalah("skema", Pesan(
            "identitas basis data (tabel identitas_basis_data) dihapus atau diubah dengan alat "
            "di luar aplikasi")))
    hilang = [t for t in TRIGGER_IDENTITAS if t not in trigger]
    if hilang:
        masalah.append(Masalah("skema", Pesan(
            "pelindung identitas basis data dihapus dengan alat di luar aplikasi (trigger "
            "{trigger})", trigger=", ".join(hilang))))
    return masalah


def _uuid4(teks: object) -> bool:
    """``teks`` is a uuid4 written as :func:`uuid.uuid4` writes it (lower case, with dashes)."""
    if not isinstance(teks, str):
        return False
    try:
        u = uuid.UUID(teks)
    except ValueError:
        return False
    return u.version == 4 and str(u) == teks


def _jejak(db: Database, cepat: bool) -> list[Masalah]:
    putus = audit.periksa_segel(db) if cepat else audit.periksa_jejak(db)
    hasil = [Masalah("jejak_audit", p.pesan) for p in putus[:MAKS_PESAN]]
    if len(putus) > MAKS_PESAN:
        hasil.append(Masalah("jejak_audit", Pesan("... dan {jumlah} masalah lain",
                                                  jumlah=len(putus) - MAKS_PESAN)))
    return hasil


def periksa(db: Database, cepat: bool = False, nama_berkas: str = "") -> HasilPeriksa:
    """Check an open database. The quick form (at start of the window) runs ``quick_check``
    and the audit seal; the full form adds the foreign keys and the whole audit chain."""
    hasil = HasilPeriksa(nama_berkas or Path(getattr(db, "path", None) or "").name, cepat)
    try:
        masalah, hasil.versi_skema = _skema(db)
        hasil.masalah += masalah
        if any(m.serius and "bukan basis data" in m.pesan for m in masalah):
            return hasil
        hasil.masalah += _integritas(db, cepat)
        if not cepat:
            hasil.masalah += _kunci_asing(db)
        hasil.masalah += _jejak(db, cepat)
    except sqlite3.DatabaseError as e:
        hasil.masalah.append(Masalah("integritas", Pesan(
            "SQLite tidak bisa membaca basis data: {galat}", galat=str(e))))
    return hasil


_SELAMA_PERIKSA: Callable[[], None] | None = None
"""Called from a cancellable check's progress handler (tests slow the check down with it, as
a big file on a slow USB stick would)."""

LANGKAH_BATAL = 1000
"""SQLite virtual-machine steps between two looks at the cancel flag (microseconds)."""


def periksa_berkas(path: str | Path, cepat: bool = False,
                   batal: Callable[[], bool] | None = None) -> HasilPeriksa:
    """Check the database file at ``path`` without changing it (opened read-only, no
    migration), even while another program writes to it. ``batal`` is asked every
    :data:`LANGKAH_BATAL` steps of SQLite's work: once it says yes, the check stops at once
    (SQLite interrupts the statement) and the result says it could not read the file, so the
    caller must ask ``batal`` before trusting it."""
    path = Path(path)
    if not path.is_file():
        return HasilPeriksa(path.name, cepat, [Masalah("berkas", Pesan("berkas {path} tidak ada",
                                                                       path=str(path)))])
    try:
        db = sdb.buka(path, baca_saja=True, migrasi=False)
    except sdb.BasisDataTidakBisaDibuka as e:
        if "lebih baru" in str(e):
            return HasilPeriksa(path.name, cepat, [Masalah("skema", str(e))])
        return HasilPeriksa(path.name, cepat, [Masalah("berkas", str(e))])
    if batal is not None:
        def langkah() -> int:
            if _SELAMA_PERIKSA is not None:
                _SELAMA_PERIKSA()
            return 1 if batal() else 0  # non-zero: SQLite stops the statement ("interrupted")

        db.conn.set_progress_handler(langkah, LANGKAH_BATAL)
    try:
        return periksa(db, cepat, path.name)
    finally:
        db.close()


class PemeriksaanTertunda:
    """The quick check of a database whose window opened before the check ran.

    :meth:`jalankan` runs it once, on whichever thread calls first (the window starts it on a
    worker thread after its first paint); later callers, e.g. a write that
    :meth:`~kalbar_desktop.storage.db.BasisData.izinkan_tulis` holds back, wait for that result.
    The check reads through its own read-only connection, so it can run beside the window's
    connection on another thread.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.hasil: HasilPeriksa | None = None
        self._kunci = threading.Lock()
        self._selesai = threading.Event()
        self._dimulai = False

    @property
    def dimulai(self) -> bool:
        return self._dimulai

    @property
    def selesai(self) -> bool:
        return self._selesai.is_set()

    def jalankan(self) -> HasilPeriksa:
        """Run the check (the first call) or wait for the run in progress; the result."""
        with self._kunci:
            pertama = not self._dimulai
            self._dimulai = True
        if not pertama:
            self._selesai.wait()
            assert self.hasil is not None
            return self.hasil
        try:
            hasil = periksa_berkas(self.path, cepat=True)
        except Exception as e:  # the check itself broke: do not write on a guess
            hasil = HasilPeriksa(self.path.name, True, [
                Masalah("berkas", Pesan("pemeriksaan tidak dapat diselesaikan ({jenis}: "
                                        "{galat})", jenis=type(e).__name__, galat=str(e)))])
        self.hasil = hasil
        self._selesai.set()
        return hasil

    tunggu = jalankan
