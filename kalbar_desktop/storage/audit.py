"""The audit trail: append-only (triggers refuse UPDATE and DELETE) and hash-chained.

Each row stores the hash of the row before it and its own hash over its content, so an edit or a
removal made with an outside SQLite tool breaks the chain and :func:`periksa_rantai` says where.
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage.waktu import sekarang

HASH_AWAL = "0" * 64
_KOLOM = ("waktu", "pengguna", "aksi", "tabel", "id_rekaman", "id_keluarga", "kolom",
          "nilai_lama", "nilai_baru", "alasan", "keterangan", "mesin")


@dataclass(frozen=True)
class Catatan:
    """One audit entry to write."""

    aksi: str
    pengguna: str | None = None
    tabel: str | None = None
    id_rekaman: str | None = None
    id_keluarga: str | None = None
    kolom: str | None = None
    nilai_lama: str | None = None
    nilai_baru: str | None = None
    alasan: str | None = None
    keterangan: str | None = None


def _hash(sebelumnya: str, isi: dict) -> str:
    teks = json.dumps([isi.get(k) for k in _KOLOM], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((sebelumnya + teks).encode("utf-8")).hexdigest()


def _hash_terakhir(db: Database) -> str:
    baris = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return baris[0] if baris else HASH_AWAL


def tulis(db: Database, catatan: Iterable[Catatan]) -> int:
    """Append entries (inside the caller's transaction, or in one of their own)."""
    mesin = platform.node() or None
    waktu = sekarang()
    jumlah = 0
    with db.atomic():
        sebelumnya = _hash_terakhir(db)
        for c in catatan:
            isi = {
                "waktu": waktu, "pengguna": c.pengguna, "aksi": c.aksi, "tabel": c.tabel,
                "id_rekaman": c.id_rekaman, "id_keluarga": c.id_keluarga, "kolom": c.kolom,
                "nilai_lama": c.nilai_lama, "nilai_baru": c.nilai_baru, "alasan": c.alasan,
                "keterangan": c.keterangan, "mesin": mesin,
            }
            h = _hash(sebelumnya, isi)
            db.execute(
                f"INSERT INTO audit_log ({', '.join(_KOLOM)}, hash_sebelumnya, hash) "
                f"VALUES ({', '.join('?' * len(_KOLOM))}, ?, ?)",
                [isi[k] for k in _KOLOM] + [sebelumnya, h],
            )
            sebelumnya = h
            jumlah += 1
    return jumlah


@dataclass(frozen=True)
class PutusRantai:
    """Where the chain breaks: the row id and what is wrong there."""

    id: int
    pesan: str


def catatan_terbaru(db: Database) -> tuple[str, str | None, str | None] | None:
    """``(waktu, mesin, pengguna)`` of the audit row with the latest time (by the time written,
    not by number: a row written while a clock was behind comes after a later one), or ``None``
    when the log is empty. Uses the index on ``waktu``."""
    baris = db.execute(
        "SELECT waktu, mesin, pengguna FROM audit_log ORDER BY waktu DESC LIMIT 1").fetchone()
    return (baris[0], baris[1], baris[2]) if baris else None


def periksa_rantai(db: Database) -> list[PutusRantai]:
    """Verify the whole chain; an empty list means no row was edited, removed or inserted.

    Where a row does not link to the one before it, what happened is told from the rows
    themselves: a gap in the numbers is rows removed (numbers are given out one after another
    and never again), unless the row that belongs in the gap stands further on under another
    number (renumbered); a row that does not link, whose own hash does not fit its content
    either, or that the next row skips, was inserted by an outside tool; a row that fits its
    own hash but not the link is a changed link (its own, or the hash of the row before it)."""
    return _periksa_rantai(db)[0]


def _periksa_rantai(db: Database) -> tuple[list[PutusRantai], set[int]]:
    """:func:`periksa_rantai`, and the numbers of the rows found renumbered (moved further on:
    the seal's check leaves them out of "the last row")."""
    masalah: list[PutusRantai] = []
    pindahan: set[int] = set()
    sebelumnya = HASH_AWAL
    id_sebelumnya = 0
    harus = 1  # the number the next row should have
    kolom = ", ".join(_KOLOM)
    sql = f"SELECT id, {kolom}, hash_sebelumnya, hash FROM audit_log ORDER BY id"
    baris_baris = iter(db.execute(sql))
    baris = next(baris_baris, None)
    while baris is not None:
        berikut = next(baris_baris, None)
        id_ = baris[0]
        if id_ in pindahan:  # told where it belongs; the chain went on without it
            baris = berikut
            continue
        isi = dict(zip(_KOLOM, baris[1:-2], strict=True))
        hash_sebelumnya, h = baris[-2], baris[-1]
        utuh = _hash(hash_sebelumnya, isi) == h
        if hash_sebelumnya != sebelumnya:
            pindah = (_dipindah(db, hash_sebelumnya, sebelumnya, id_)
                      if id_ > id_sebelumnya + 1 else None)
            if pindah is not None:
                # the row of the gap stands further on: it links the two rows around the gap
                pindahan.add(pindah)
                masalah.append(PutusRantai(pindah, _nomor_dipindah(id_sebelumnya, id_, pindah)))
            elif id_ > id_sebelumnya + 1:
                masalah.append(PutusRantai(id_sebelumnya + 1, _hilang(id_sebelumnya, id_)))
            elif not utuh or (berikut is not None and berikut[-2] == sebelumnya):
                sisip = (Pesan("baris audit #{id} disisipkan di luar aplikasi: tidak tersambung "
                               "ke baris #{sebelumnya}", id=id_, sebelumnya=id_sebelumnya)
                         if id_sebelumnya else
                         Pesan("baris audit #{id} disisipkan di luar aplikasi: bukan awal "
                               "rantai", id=id_))
                masalah.append(PutusRantai(id_, sisip))
                if berikut is not None and berikut[-2] == sebelumnya:
                    baris, harus = berikut, id_ + 1  # the chain goes on past the inserted row
                    continue
                utuh = True  # never the chain's: not also told as a changed row
            else:
                masalah.append(PutusRantai(id_, Pesan(
                    "sambungan baris audit #{id} ke #{sebelumnya} diubah (hash baris #{sebelumnya} "
                    "atau penghubung baris #{id})", id=id_, sebelumnya=id_sebelumnya)))
        elif id_ != harus:
            masalah.append(PutusRantai(id_, _nomor_diubah(id_sebelumnya, id_)))
        if not utuh:
            masalah.append(PutusRantai(id_, Pesan("isi baris audit #{id} diubah", id=id_)))
        sebelumnya, id_sebelumnya, harus = h, id_, id_ + 1
        baris = berikut
    return masalah, pindahan


def _dipindah(db: Database, hash_: str, hash_sebelumnya: str, setelah: int) -> int | None:
    """The number of the row, after row ``setelah``, whose hash is ``hash_`` and which links to
    ``hash_sebelumnya`` (a row renumbered away from a gap in the numbers); ``None`` when there
    is none. Asked only where the chain breaks at a gap (a scan of the log)."""
    baris = db.execute("SELECT id FROM audit_log WHERE hash = ? AND hash_sebelumnya = ? "
                       "AND id > ? ORDER BY id LIMIT 1", [hash_, hash_sebelumnya, setelah]
                       ).fetchone()
    return int(baris[0]) if baris else None


def _nomor_dipindah(id_sebelumnya: int, id_: int, baru: int) -> Pesan:
    """The row between ``id_sebelumnya`` and ``id_`` in the chain now carries number ``baru``."""
    if id_ - id_sebelumnya == 2:
        return Pesan("baris audit #{asli} sekarang bernomor #{baru}: nomornya diubah di luar "
                     "aplikasi (isinya tetap tersambung antara #{sebelumnya} dan #{id})",
                     asli=id_sebelumnya + 1, baru=baru, sebelumnya=id_sebelumnya, id=id_)
    return Pesan("baris audit di antara #{sebelumnya} dan #{id} sekarang bernomor #{baru}: "
                 "nomornya diubah di luar aplikasi, dan nomor #{dari} sampai #{sampai} tidak ada "
                 "lagi", sebelumnya=id_sebelumnya, id=id_, baru=baru, dari=id_sebelumnya + 1,
                 sampai=id_ - 1)


def _nomor_diubah(id_sebelumnya: int, id_: int) -> Pesan:
    """Row ``id_`` links to the row before it, yet its number does not follow that row's. The
    application numbers rows one after another from #1 and never removes one (``id INTEGER
    PRIMARY KEY``, triggers refuse DELETE), so the number was changed with an outside tool
    (the hash does not cover it), or rows were removed and the chain computed again."""
    if id_sebelumnya == 0:
        return Pesan("baris audit pertama bernomor #{id}, bukan #1: nomor baris diubah di luar "
                     "aplikasi, atau baris sebelumnya dihapus dan rantainya dihitung ulang",
                     id=id_)
    return Pesan("nomor baris audit melompat dari #{sebelumnya} ke #{id} padahal rantainya "
                 "tersambung: nomor baris diubah di luar aplikasi, atau baris di antaranya "
                 "dihapus dan rantainya dihitung ulang", sebelumnya=id_sebelumnya, id=id_)


def _hilang(id_sebelumnya: int, id_: int) -> Pesan:
    """Rows between ``id_sebelumnya`` and ``id_`` removed (a gap in the numbers)."""
    if id_sebelumnya == 0 and id_ == 2:
        return Pesan("baris audit #1 hilang (baris pertama dihapus): log mulai di #2")
    if id_sebelumnya == 0:
        return Pesan("baris audit #1 sampai #{sampai} hilang ({jumlah} baris pertama dihapus): "
                     "log mulai di #{id}", sampai=id_ - 1, jumlah=id_ - 1, id=id_)
    if id_ - id_sebelumnya == 2:
        return Pesan("baris audit #{hilang} hilang (dihapus): nomor melompat dari #{sebelumnya} "
                     "ke #{id}", hilang=id_ - 1, sebelumnya=id_sebelumnya, id=id_)
    return Pesan("baris audit #{dari} sampai #{sampai} hilang ({jumlah} baris dihapus): nomor "
                 "melompat dari #{sebelumnya} ke #{id}", dari=id_sebelumnya + 1,
                 sampai=id_ - 1, jumlah=id_ - id_sebelumnya - 1, sebelumnya=id_sebelumnya,
                 id=id_)


def riwayat_keluarga(db: Database, id_keluarga: str) -> list[dict]:
    """The audit rows about one family, newest first."""
    return list(db.query(
        "SELECT id, waktu, pengguna, aksi, tabel, id_rekaman, kolom, nilai_lama, nilai_baru, "
        "alasan, keterangan FROM audit_log WHERE id_keluarga = ? ORDER BY id DESC",
        [id_keluarga]))


def periksa_segel(db: Database, pindahan: set[int] | frozenset[int] = frozenset()
                  ) -> list[PutusRantai]:
    """Compare the log with its seal (``audit_segel``: number and hash of the last row, kept by a
    trigger). The chain alone cannot see rows removed from the end of the log; the seal can.
    ``pindahan``: rows the chain found renumbered further on (not the log's last row)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_segel'"
                  ).fetchone() is None:
        if _migrasi_segel_terpasang(db):
            return [PutusRantai(0, Pesan("tabel segel jejak audit (audit_segel) dihapus"))]
        return []  # a database from before the seal (migration 0005); it gets one on upgrade
    segel = db.execute(
        "SELECT id_terakhir, hash_terakhir, jumlah FROM audit_segel WHERE id = 1").fetchone()
    if segel is None:
        return [PutusRantai(0, Pesan("segel jejak audit hilang (tabel audit_segel kosong)"))]
    id_segel, hash_segel, jumlah_segel = segel
    kecuali = ",".join(str(int(i)) for i in sorted(pindahan))
    terakhir = db.execute(
        "SELECT id, hash FROM audit_log "
        + (f"WHERE id NOT IN ({kecuali}) " if kecuali else "")
        + "ORDER BY id DESC LIMIT 1").fetchone()
    jumlah = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    id_akhir, hash_akhir = terakhir if terakhir else (0, HASH_AWAL)
    masalah = []
    if id_akhir < id_segel:
        masalah.append(PutusRantai(
            id_akhir + 1, Pesan("baris audit terakhir hilang: log berakhir di #{akhir}, segel "
                                "mencatat sampai #{segel} ({jumlah} baris terakhir dihapus)",
                                akhir=id_akhir, segel=id_segel, jumlah=id_segel - id_akhir)))
    elif id_akhir > id_segel and hash_akhir == hash_segel:
        masalah.append(PutusRantai(id_akhir, Pesan(
            "baris audit terakhir #{segel} sekarang bernomor #{akhir}: nomornya diubah di luar "
            "aplikasi", segel=id_segel, akhir=id_akhir)))
    elif id_akhir > id_segel and jumlah == jumlah_segel:
        # as many rows as the seal counted, the last beyond the seal's number: a row renumbered
        # (the quick check does not walk the chain to say which one)
        masalah.append(PutusRantai(id_akhir, Pesan(
            "nomor baris audit diubah di luar aplikasi: log berakhir di #{akhir}, segel mencatat "
            "#{segel}, jumlah barisnya sama ({jumlah})", akhir=id_akhir, segel=id_segel,
            jumlah=jumlah)))
    elif id_akhir > id_segel:
        dari, banyak = db.execute("SELECT min(id), count(*) FROM audit_log WHERE id > ?",
                                  [id_segel]).fetchone()
        pesan = (Pesan("baris audit #{id} ditambahkan di luar aplikasi (tidak tercatat di "
                       "segel)", id=dari) if banyak == 1 else
                 Pesan("baris audit #{dari} sampai #{sampai} ditambahkan di luar aplikasi "
                       "(tidak tercatat di segel)", dari=dari, sampai=id_akhir))
        masalah.append(PutusRantai(dari, pesan))
    elif hash_akhir != hash_segel:
        masalah.append(PutusRantai(id_akhir, Pesan(
            "baris audit terakhir #{id} tidak cocok dengan segel (diubah atau diganti)",
            id=id_akhir)))
    if jumlah != jumlah_segel and not masalah:
        masalah.append(PutusRantai(
            id_akhir, Pesan("jumlah baris audit {jumlah}, segel mencatat {segel}",
                            jumlah=jumlah, segel=jumlah_segel)))
    return masalah


def _migrasi_segel_terpasang(db: Database) -> bool:
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                  "AND name = '_sqlite_migrations'").fetchone() is None:
        return False
    return db.execute("SELECT 1 FROM _sqlite_migrations WHERE name = '0005_keamanan'"
                      ).fetchone() is not None


def periksa_jejak(db: Database) -> list[PutusRantai]:
    """The whole audit check: the chain and the seal."""
    rantai, pindahan = _periksa_rantai(db)
    return rantai + periksa_segel(db, pindahan)


def penanda(db: Database) -> tuple[int, str]:
    """(id, hash) of the last audit row: changes whenever anything is recorded."""
    baris = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (baris[0], baris[1]) if baris else (0, HASH_AWAL)


def waktu_baris(db: Database, nomor: int) -> str | None:
    """When audit row ``nomor`` was written (ISO text), or ``None`` when there is none."""
    b = db.execute("SELECT waktu FROM audit_log WHERE id = ?", [nomor]).fetchone()
    return b[0] if b else None


def ada_catatan_sejak(db: Database, nomor: int, kecuali: Iterable[str] = ()) -> bool:
    """Whether a row after audit row ``nomor`` records an action other than ``kecuali``."""
    kecuali = list(kecuali)
    syarat = f" AND aksi NOT IN ({', '.join('?' * len(kecuali))})" if kecuali else ""
    return db.execute(f"SELECT 1 FROM audit_log WHERE id > ?{syarat} LIMIT 1",
                      [nomor, *kecuali]).fetchone() is not None


def punya_penanda(db: Database, nomor: int, hash_: str) -> bool:
    """Whether this database's audit row ``nomor`` has a hash that starts with ``hash_`` (a
    marker taken by :func:`penanda` here, or in a copy of this database before it went its own
    way)."""
    if not hash_:
        return False
    if nomor == 0:
        return HASH_AWAL.startswith(hash_)
    baris = db.execute("SELECT hash FROM audit_log WHERE id = ?", [nomor]).fetchone()
    return baris is not None and baris[0].startswith(hash_)


PANJANG_SIDIK = 12
"""Hex characters of a row hash written beside its number in a workbook (a marker)."""
MAKS_PENANDA_DIKENAL = 300
"""At most this many markers are handed on in a workbook (newest first)."""
_POLA_PENANDA = re.compile(r"^(\d+):([0-9a-f]{6,64})$")


def token_penanda(nomor: int, hash_: str) -> str:
    """A marker as text: ``"<row number>:<first 12 hex characters of its hash>"``."""
    return f"{nomor}:{hash_[:PANJANG_SIDIK]}"


def urai_token(teks: str) -> tuple[int, str] | None:
    """``(number, hash prefix)`` of a marker written by :func:`token_penanda`, or ``None``."""
    m = _POLA_PENANDA.match(teks.strip())
    return (int(m.group(1)), m.group(2)) if m else None


def penanda_dikenal(db: Database) -> list[str]:
    """The markers whose state this database holds, newest first, for a workbook to carry
    (so a database that reads the workbook back knows what the workbook already knew):

    - samples of this database's own chain (rows last, last-1, last-3, last-7, ...): a laptop
      whose database is a copy of the office's shares the start of the office's chain, and the
      office finds where they parted;
    - the markers of this database's earlier by-name exports (audit ``EKSPOR_NAMA``);
    - the markers of workbooks re-imported here and those they carried in turn
      (audit ``IMPOR_KOREKSI``).
    """
    nomor, _hash = penanda(db)
    hasil: list[str] = []
    contoh = sorted({nomor - (2 ** i - 1) for i in range(48) if nomor - (2 ** i - 1) >= 1},
                    reverse=True)
    if contoh:
        tanda = ", ".join("?" * len(contoh))
        hasil += [token_penanda(i, h) for i, h in db.execute(
            f"SELECT id, hash FROM audit_log WHERE id IN ({tanda}) ORDER BY id DESC", contoh)]
    for (keterangan,) in db.execute(
            "SELECT keterangan FROM audit_log WHERE aksi IN ('EKSPOR_NAMA', 'IMPOR_KOREKSI') "
            "AND keterangan LIKE '%penanda%' ORDER BY id DESC LIMIT 2000"):
        try:
            isi = json.loads(keterangan)
        except (TypeError, ValueError):
            continue
        if not isinstance(isi, dict):
            continue
        for t in [isi.get("penanda"), *(isi.get("dikenal") or [])]:
            if isinstance(t, str) and urai_token(t) and t not in hasil:
                hasil.append(t)
        if len(hasil) >= MAKS_PENANDA_DIKENAL:
            break
    return hasil[:MAKS_PENANDA_DIKENAL]


def batas_dikenal(db: Database, token: Iterable[str]) -> int:
    """The highest row number of this database's chain among the markers ``token`` (0 when
    none is this database's): every row up to it was known where the markers came from."""
    calon = [t for t in (urai_token(x) for x in token) if t]
    if not calon:
        return 0
    nomor = sorted({n for n, _h in calon})
    hash_ = {}
    for awal in range(0, len(nomor), 500):
        bagian = nomor[awal:awal + 500]
        hash_.update(db.execute(
            f"SELECT id, hash FROM audit_log WHERE id IN ({', '.join('?' * len(bagian))})",
            bagian).fetchall())
    return max((n for n, h in calon if n in hash_ and hash_[n].startswith(h)), default=0)


@dataclass(frozen=True)
class SaringAudit:
    """A filter over the audit log. Empty fields do not filter."""

    pengguna: str | None = None
    aksi: str | None = None
    id_keluarga: str | None = None
    dari: str | None = None
    """First day (``YYYY-MM-DD``), inclusive."""
    sampai: str | None = None
    """Last day (``YYYY-MM-DD``), inclusive."""


KOLOM_LOG = ("id", "waktu", "pengguna", "aksi", "tabel", "id_rekaman", "id_keluarga", "kolom",
             "nilai_lama", "nilai_baru", "alasan", "keterangan", "mesin")
"""Columns of the audit log as the log window and its export show them."""


def _where(s: SaringAudit) -> tuple[str, list]:
    syarat, params = [], []
    if s.pengguna:
        syarat.append("pengguna = ?")
        params.append(s.pengguna)
    if s.aksi:
        syarat.append("aksi = ?")
        params.append(s.aksi)
    if s.id_keluarga:
        syarat.append("id_keluarga = ?")
        params.append(s.id_keluarga.strip())
    if s.dari:
        syarat.append("waktu >= ?")
        params.append(s.dari)
    if s.sampai:
        # waktu is ISO text with the time after the date: anything of that day sorts before
        # the day followed by a character above 'T'.
        syarat.append("waktu < ?")
        params.append(s.sampai + "U")
    return (" WHERE " + " AND ".join(syarat)) if syarat else "", params


def cari(db: Database, saring: SaringAudit, batas: int = 5000) -> list[tuple]:
    """Matching rows (:data:`KOLOM_LOG` order), newest first, at most ``batas``."""
    where, params = _where(saring)
    return db.execute(
        f"SELECT {', '.join(KOLOM_LOG)} FROM audit_log{where} ORDER BY id DESC LIMIT ?",
        [*params, int(batas)]).fetchall()


def hitung(db: Database, saring: SaringAudit) -> int:
    """Number of matching rows."""
    where, params = _where(saring)
    return db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def semua(db: Database, saring: SaringAudit) -> Iterable[tuple]:
    """Every matching row (:data:`KOLOM_LOG` order), oldest first, lazily (for exports)."""
    where, params = _where(saring)
    return db.execute(
        f"SELECT {', '.join(KOLOM_LOG)} FROM audit_log{where} ORDER BY id", params)


def nilai_berbeda(db: Database, kolom: str) -> list[str]:
    """The distinct users or actions in the log (for the filter lists)."""
    if kolom not in ("pengguna", "aksi"):
        raise ValueError(kolom)
    return [r[0] for r in db.execute(
        f"SELECT DISTINCT {kolom} FROM audit_log WHERE {kolom} IS NOT NULL ORDER BY {kolom}")]


def catat_ekspor(db: Database, pengguna: str | None, berkas: str, jumlah: int,
                 alasan: str | None = None, keterangan: str | None = None,
                 id_keluarga: str | None = None) -> None:
    """Record an export of personal data (a by-name list, a printout): who, which file, how
    many rows and the stated reason (UU 27/2022 asks for a record of every processing)."""
    tulis(db, [Catatan(aksi="EKSPOR", pengguna=pengguna, tabel="ekspor", id_rekaman=berkas,
                       id_keluarga=id_keluarga, alasan=alasan,
                       keterangan=Pesan.gabung("; ", [keterangan_jejak.ekspor(jumlah, berkas),
                                                       *filter(None, [keterangan])]))])
