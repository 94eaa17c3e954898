"""Counts behind the dashboard: progress of verification and approval per kecamatan, families by
desil and by kelayakan, findings by rule, and families visited per day.

Every group carries the household-table filter (:class:`~kalbar_desktop.storage.daftar.Saring`)
that selects exactly its families, so a click on a bar shows the families it counts. The groups
here use the same columns and conditions as :func:`kalbar_desktop.storage.daftar._where`.

A handful of aggregate queries over the whole database (each one pass over ``keluarga`` or
``verifikasi_keluarga``); ``benchmarks/bench_dasbor.py`` measures them on 100,000 families.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlite_utils import Database

from kalbar_desktop.domain.status import Kelayakan, Persetujuan, StatusVerifikasi
from kalbar_desktop.storage.daftar import KOSONG, Saring
from kalbar_desktop.storage.wilayah import nama as nama_wilayah
from kalbar_desktop.storage.wilayah import syarat_lingkup


class DasborDibatalkan(Exception):
    """The computation was cancelled (a newer refresh replaced it, or the window closed)."""


class Tahap(StrEnum):
    """Where a family stands in the work: the segments of a kecamatan's progress bar, disjoint
    and together covering every family (in the order they are drawn)."""

    DISETUJUI = "DISETUJUI"
    """Approved by the verifikator."""
    DIAJUKAN = "DIAJUKAN"
    """Submitted, waiting for approval."""
    DIKEMBALIKAN = "DIKEMBALIKAN"
    """Sent back by the verifikator, to be corrected."""
    DIVERIFIKASI = "DIVERIFIKASI"
    """Visited (status other than 'Belum'), still a draft."""
    BELUM = "BELUM"
    """Not visited yet (draft with status 'Belum')."""


_SQL_TAHAP: dict[Tahap, str] = {
    Tahap.DISETUJUI: f"v.persetujuan = '{Persetujuan.DISETUJUI}'",
    Tahap.DIAJUKAN: f"v.persetujuan = '{Persetujuan.DIAJUKAN}'",
    Tahap.DIKEMBALIKAN: f"v.persetujuan = '{Persetujuan.DIKEMBALIKAN}'",
    Tahap.DIVERIFIKASI: f"v.persetujuan = '{Persetujuan.DRAF}' "
                        f"AND v.status_verifikasi <> '{StatusVerifikasi.BELUM}'",
    Tahap.BELUM: f"v.persetujuan = '{Persetujuan.DRAF}' "
                 f"AND v.status_verifikasi = '{StatusVerifikasi.BELUM}'",
}


def saring_tahap(tahap: Tahap, dasar: Saring) -> Saring:
    """The table filter of the families of ``tahap`` within ``dasar``."""
    if tahap == Tahap.DIVERIFIKASI:
        return replace(dasar, persetujuan=Persetujuan.DRAF, sudah_diverifikasi=True)
    if tahap == Tahap.BELUM:
        return replace(dasar, persetujuan=Persetujuan.DRAF, sudah_diverifikasi=False)
    return replace(dasar, persetujuan=str(tahap))


@dataclass(frozen=True)
class Kelompok:
    """One bar: a group of families, how many, and the filter that shows them."""

    kunci: str | None
    """The stored value the group stands for (``None``: empty)."""
    keluarga: int
    saring: Saring
    tambahan: int = 0
    """A second count where one makes sense (number of findings of a rule)."""


@dataclass(frozen=True)
class Kecamatan:
    """Progress of one kecamatan."""

    kode: str
    nama: str
    kabupaten: str
    keluarga: int
    terverifikasi: int
    """Families whose status is no longer 'Belum' (whatever their approval)."""
    tahap: tuple[Kelompok, ...]
    """One group per :class:`Tahap`, in its order."""
    saring: Saring

    def jumlah(self, tahap: Tahap) -> int:
        """Families of the kecamatan in ``tahap``."""
        return next(k.keluarga for k in self.tahap if k.kunci == tahap)


@dataclass(frozen=True)
class Dasbor:
    """Everything the dashboard shows."""

    keluarga: int = 0
    anggota: int = 0
    terverifikasi: int = 0
    """Families whose status is no longer 'Belum'."""
    diajukan: int = 0
    disetujui: int = 0
    dikembalikan: int = 0
    keluarga_dengan_temuan: int = 0
    tanpa_kecamatan: int = 0
    """Families without a usable kecamatan code (not in :attr:`kecamatan`)."""
    kecamatan: tuple[Kecamatan, ...] = ()
    desil: tuple[Kelompok, ...] = ()
    kelayakan: tuple[Kelompok, ...] = ()
    temuan: tuple[Kelompok, ...] = ()
    """Per rule, most families first; :attr:`Kelompok.tambahan` is the number of findings."""
    kunjungan: tuple[Kelompok, ...] = ()
    """Per visit date (ISO), oldest first; only dates with visits."""
    dihitung_pada: str = ""
    """When the counts were taken (local time, ISO)."""
    wilayah: tuple[str, ...] = ()
    """The user's regions by name (the code where the region reference has none)."""


_KODE_KECAMATAN = "k.kode_kemdagri GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]*'"
_POLA_TANGGAL = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_URUT_KELAYAKAN = {k.value: i for i, k in enumerate(Kelayakan)}


def _syarat_wilayah(wilayah: Sequence[str]) -> tuple[str, list]:
    """The same region condition as the household table's ``wilayah_pengguna``."""
    return syarat_lingkup("k.kode_kemdagri", wilayah)


def _urut_desil(kunci: str | None) -> tuple:
    if kunci is None:
        return (2, 0, "")
    return (0, int(kunci), "") if kunci.isdigit() else (1, 0, kunci)


def hitung(db: Database, wilayah: Sequence[str] = (),
           dibatalkan: Callable[[], bool] | None = None) -> Dasbor:
    """Count everything the dashboard shows, within the user's regions ``wilayah`` (empty: the
    whole database). ``dibatalkan`` is asked between queries; when it answers True,
    :class:`DasborDibatalkan` is raised."""
    wilayah = tuple(wilayah)
    dasar = Saring(wilayah_pengguna=wilayah)
    w, p = _syarat_wilayah(wilayah)
    # Verification columns alone need no join with the family table unless regions restrict.
    dari_v = (f"FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) WHERE {w}"
              if wilayah else "FROM verifikasi_keluarga v WHERE 1")

    def cek() -> None:
        if dibatalkan is not None and dibatalkan():
            raise DasborDibatalkan()

    # One pass over the families: stages per kecamatan (the first six digits of the desa code);
    # families without a usable code form the group NULL. The totals are the sums.
    kecamatan: list[Kecamatan] = []
    tanpa_kecamatan = k = verif = 0
    jumlah_tahap = [0] * len(Tahap)
    for kode, nama, kabupaten, n, verif_kec, *per_tahap in db.execute(f"""
        SELECT g.kode, COALESCE(wk.nama, g.kode), COALESCE(wb.nama, substr(g.kode, 1, 4)),
               g.n, g.verif, {", ".join(f"g.t{i}" for i in range(len(_SQL_TAHAP)))}
        FROM (
            SELECT CASE WHEN {_KODE_KECAMATAN} THEN substr(k.kode_kemdagri, 1, 6) END AS kode,
                   count(*) AS n, total(v.status_verifikasi <> 'BELUM') AS verif,
                   {", ".join(f"total({sql}) AS t{i}" for i, sql in enumerate(_SQL_TAHAP.values()))}
            FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) WHERE {w}
            GROUP BY 1
        ) g
        LEFT JOIN wilayah wk ON wk.kode = g.kode
        LEFT JOIN wilayah wb ON wb.kode = substr(g.kode, 1, 4)
        ORDER BY g.kode""", p):
        k += int(n)
        verif += int(verif_kec)
        for i, j in enumerate(per_tahap):
            jumlah_tahap[i] += int(j)
        if kode is None:
            tanpa_kecamatan = int(n)
            continue
        s = replace(dasar, kode_wilayah=kode)
        kecamatan.append(Kecamatan(
            kode=kode, nama=nama, kabupaten=kabupaten, keluarga=int(n),
            terverifikasi=int(verif_kec),
            tahap=tuple(Kelompok(t.value, int(j), saring_tahap(t, s))
                        for t, j in zip(Tahap, per_tahap, strict=True)),
            saring=s))
    per_tahap_total = dict(zip(Tahap, jumlah_tahap, strict=True))
    if wilayah:
        anggota = db.execute(
            f"SELECT count(*) FROM anggota a JOIN keluarga k USING (id_keluarga) WHERE {w}",
            p).fetchone()[0]
    else:
        anggota = db.execute("SELECT count(*) FROM anggota").fetchone()[0]
    cek()

    desil = [Kelompok(kunci, int(n), replace(dasar, desil=kunci) if kunci is not None
                      else replace(dasar, desil=KOSONG))
             for kunci, n in db.execute(
                 f"SELECT NULLIF(k.desil, ''), count(*) FROM keluarga k WHERE {w} GROUP BY 1", p)]
    desil.sort(key=lambda g: _urut_desil(g.kunci))
    cek()

    kelayakan = [Kelompok(kunci, int(n), replace(dasar, kelayakan=kunci) if kunci is not None
                          else replace(dasar, kelayakan=KOSONG))
                 for kunci, n in db.execute(
                     f"SELECT NULLIF(v.kelayakan, ''), count(*) {dari_v} GROUP BY 1", p)]
    kelayakan.sort(key=lambda g: (g.kunci is None, _URUT_KELAYAKAN.get(g.kunci or "", 99),
                                  g.kunci or ""))
    cek()

    temuan = [Kelompok(aturan, int(n), replace(dasar, aturan_temuan=aturan), int(jumlah))
              for aturan, n, jumlah in db.execute(f"""
                  SELECT t.aturan, count(DISTINCT t.id_keluarga), count(*)
                  FROM temuan t JOIN keluarga k ON k.id_keluarga = t.id_keluarga
                  WHERE {w} GROUP BY t.aturan ORDER BY 2 DESC, 1""", p)]
    dengan_temuan = db.execute(f"""
        SELECT count(*) FROM keluarga k WHERE {w}
        AND k.id_keluarga IN (SELECT id_keluarga FROM temuan)""", p).fetchone()[0]
    cek()

    kunjungan = [Kelompok(tgl, int(n), replace(dasar, tanggal_kunjungan=tgl))
                 for tgl, n in db.execute(f"""
                     SELECT v.tanggal_kunjungan, count(*) {dari_v}
                     AND v.tanggal_kunjungan GLOB {_POLA_TANGGAL}
                     GROUP BY 1 ORDER BY 1""", p)
                 if _tanggal_sah(tgl)]

    return Dasbor(
        keluarga=k, anggota=int(anggota), terverifikasi=verif,
        diajukan=per_tahap_total[Tahap.DIAJUKAN], disetujui=per_tahap_total[Tahap.DISETUJUI],
        dikembalikan=per_tahap_total[Tahap.DIKEMBALIKAN],
        keluarga_dengan_temuan=int(dengan_temuan), tanpa_kecamatan=tanpa_kecamatan,
        kecamatan=tuple(kecamatan), desil=tuple(desil), kelayakan=tuple(kelayakan),
        temuan=tuple(temuan), kunjungan=tuple(kunjungan),
        dihitung_pada=dt.datetime.now().isoformat(timespec="seconds"),
        wilayah=tuple(nama_wilayah(db, kode) or kode for kode in wilayah))


_TANGGAL = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tanggal_sah(teks: str) -> bool:
    try:
        dt.date.fromisoformat(teks)
    except ValueError:
        return False
    return bool(_TANGGAL.fullmatch(teks))
