"""The audit trail: append-only (triggers refuse UPDATE and DELETE) and hash-chained.

Each row stores the hash of the row before it and its own hash over its content, so an edit or a
removal made with an outside SQLite tool breaks the chain and :func:`periksa_rantai` says where.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

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


def periksa_rantai(db: Database) -> list[PutusRantai]:
    """Verify the whole chain; an empty list means no row was edited, removed or inserted."""
    masalah: list[PutusRantai] = []
    sebelumnya = HASH_AWAL
    id_sebelumnya = 0
    kolom = ", ".join(_KOLOM)
    sql = f"SELECT id, {kolom}, hash_sebelumnya, hash FROM audit_log ORDER BY id"
    for baris in db.execute(sql):
        id_ = baris[0]
        isi = dict(zip(_KOLOM, baris[1:-2], strict=True))
        hash_sebelumnya, h = baris[-2], baris[-1]
        if hash_sebelumnya != sebelumnya:
            masalah.append(PutusRantai(
                id_, f"baris audit sebelum #{id_} (setelah #{id_sebelumnya}) hilang atau diubah"))
        if _hash(hash_sebelumnya, isi) != h:
            masalah.append(PutusRantai(id_, f"isi baris audit #{id_} diubah"))
        sebelumnya, id_sebelumnya = h, id_
    return masalah


def riwayat_keluarga(db: Database, id_keluarga: str) -> list[dict]:
    """The audit rows about one family, newest first."""
    return list(db.query(
        "SELECT id, waktu, pengguna, aksi, tabel, id_rekaman, kolom, nilai_lama, nilai_baru, "
        "alasan, keterangan FROM audit_log WHERE id_keluarga = ? ORDER BY id DESC",
        [id_keluarga]))
