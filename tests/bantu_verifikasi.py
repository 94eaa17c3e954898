"""Test helper: put families of a database into known verification and approval states through
the storage API that the window uses (``storage/verifikasi.simpan`` and ``ubah_persetujuan``),
and say what the dashboard must count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage.dasbor import Tahap

VERIFIKATOR = Pengguna("Bu Rina", Peran.VERIFIKATOR)
OPERATOR = Pengguna("Pak Darto", Peran.OPERATOR)
"""Enters and submits; the verifikator approves (nobody approves their own work)."""

# (stage reached, status verifikasi, kelayakan) in a cycle over the chosen families
_POLA = (
    (Tahap.DIVERIFIKASI, "DITEMUKAN", "LAYAK"),
    (Tahap.DIAJUKAN, "DITEMUKAN", "LAYAK_INTERVENSI"),
    (Tahap.DISETUJUI, "DITEMUKAN", "TIDAK_LAYAK"),
    (Tahap.DIKEMBALIKAN, "DITEMUKAN", "LAYAK"),
    (Tahap.DISETUJUI, "DITEMUKAN", "LAYAK"),
    (Tahap.DIVERIFIKASI, "TIDAK_DITEMUKAN", None),
)


@dataclass(frozen=True)
class Rencana:
    """What was done to one family."""

    id_keluarga: str
    tahap: Tahap
    kelayakan: str | None
    tanggal_kunjungan: str


def verifikasi_contoh(db, jumlah: int = 30, hari_ini: dt.date | None = None,
                      langkah: int = 3) -> list[Rencana]:
    """Verify ``jumlah`` families (every ``langkah``-th by ID, so every kecamatan gets some),
    visited over the last four days, and move them through the approval states."""
    hari_ini = hari_ini or dt.date.today()
    semua = [b[0] for b in db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga")]
    dipilih = semua[::langkah][:jumlah]
    hasil = []
    for i, idk in enumerate(dipilih):
        tahap, status, kelayakan = _POLA[i % len(_POLA)]
        tanggal = (hari_ini - dt.timedelta(days=i % 4)).isoformat()
        v = Verifikasi(status_verifikasi=status, kelayakan=kelayakan,
                       alasan="MAMPU" if kelayakan == "TIDAK_LAYAK" else None,
                       tanggal_kunjungan=tanggal, nama_verifikator="Pak Darto")
        versi = sv.simpan(db, idk, OPERATOR, v, sv.muat(db, idk).versi)
        if tahap != Tahap.DIVERIFIKASI:
            versi = sv.ubah_persetujuan(db, idk, OPERATOR, AksiPersetujuan.AJUKAN, versi)
        if tahap == Tahap.DISETUJUI:
            sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI, versi)
        if tahap == Tahap.DIKEMBALIKAN:
            sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, versi,
                                "Foto rumah belum ada")
        hasil.append(Rencana(idk, tahap, kelayakan, tanggal))
    return hasil
