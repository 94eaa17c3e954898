"""Reading and saving the verification of a family: the one way the window and the command line
change verification data.

Every save checks the permission (:func:`kalbar_desktop.domain.akses.boleh`), the approval
state, the status model's required fields and the version the editor started from (no lost
update), writes one audit row per changed field, and re-runs the data-quality rules for the
family, all in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlite_utils import Database

from kalbar_desktop.domain import codes, keterangan_jejak, nik, status
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.domain.kolom import FIELD_KELUARGA, KOLOM_INDIVIDU, KOLOM_KELUARGA, Jenis
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.domain.status import (
    AksiPersetujuan,
    MasalahIsian,
    Persetujuan,
    StatusAnggota,
    StatusVerifikasi,
    Verifikasi,
)
from kalbar_desktop.domain.tanggal import teks_waktu, urai_tanggal
from kalbar_desktop.domain.wilayah import Tingkat, tingkat
from kalbar_desktop.storage import audit, cari
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.storage.waktu import sekarang


class TidakBerwenang(Exception):
    """The user may not do this (role or region)."""


class PerubahanDitolak(Exception):
    """The change breaks a rule; :attr:`masalah` says which fields and why (Indonesian)."""

    def __init__(self, masalah: Sequence[MasalahIsian]):
        self.masalah = list(masalah)
        super().__init__(Pesan.gabung("; ", (m.pesan for m in self.masalah)))


class KonflikVersi(Exception):
    """Someone saved the family after this editor loaded it."""


class KeluargaTidakAda(Exception):
    """No family with that ID."""


_KOLOM_VERIFIKASI = tuple(f for f in status.FIELD_VERIFIKASI)
FIELD_KOREKSI: frozenset[str] = frozenset(FIELD_KELUARGA) - {
    "dimutakhirkan_tahun", "persentil", "prioritas_verval", "padan_dukcapil"}
"""Source fields of a family that may be corrected locally (the source value is kept)."""
FIELD_ANGGOTA_BARU = ("nama", "nik", "jenis_kelamin", "hubungan", "tanggal_lahir",
                      "status_kawin", "pekerjaan", "pendidikan")
"""Fields entered for a new member."""


@dataclass
class DataKeluarga:
    """A family as the form shows it."""

    id_keluarga: str
    asal: str
    ada_di_sumber: bool
    nilai: dict
    """Source values with local corrections applied (what is in force)."""
    sumber: dict
    """Source values as imported."""
    koreksi: dict
    verifikasi: Verifikasi
    versi: int
    anggota: list[dict] = field(default_factory=list)
    diubah_oleh: str | None = None
    diubah_pada: str | None = None

    @property
    def kode_wilayah(self) -> str | None:
        return self.nilai.get("kode_kemdagri")


@dataclass
class PerubahanAnggota:
    """A change to one member; ``id_individu=None`` adds a new member from ``data_baru``."""

    id_individu: str | None
    status_anggota: str | None = None
    nik_perbaikan: str | None = None
    catatan: str | None = None
    data_baru: dict | None = None
    hubungan: str | None = None
    """A new Hubungan dengan Kepala Keluarga (e.g. the wife becomes the head when he died);
    ``None`` keeps it. The P3KE value stays; the correction is kept beside it."""
    keterangan: str | None = None
    """A new member: where it came from, written in the audit row that adds it (a re-import
    names the ID the member had in the workbook's database)."""


def muat(db: Database, id_keluarga: str) -> DataKeluarga:
    """Load a family with its verification and members."""
    baris = db.execute(
        "SELECT k.*, v.* FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) "
        "WHERE k.id_keluarga = ?", [id_keluarga]).fetchone()
    if baris is None:
        raise KeluargaTidakAda(Pesan("Keluarga {id} tidak ditemukan", id=id_keluarga))
    kolom = [d[0] for d in db.execute(
        "SELECT k.*, v.* FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) LIMIT 0"
    ).description]
    data = dict(zip(kolom, baris, strict=True))
    koreksi = json.loads(data.get("koreksi_json") or "{}")
    sumber = {f: data.get(f) for f in FIELD_KELUARGA}
    anggota = []
    for a in db.query(
            "SELECT a.*, va.status_anggota, va.nik_perbaikan, va.catatan, va.diubah_oleh "
            "AS anggota_diubah_oleh, va.koreksi_json AS anggota_koreksi "
            "FROM anggota a JOIN verifikasi_anggota va "
            "USING (id_individu) WHERE a.id_keluarga = ? ORDER BY a.urutan, a.id_individu",
            [id_keluarga]):
        a.pop("sumber_json", None)
        a["hubungan_sumber"] = a.get("hubungan")
        a.update(json.loads(a.pop("anggota_koreksi", None) or "{}"))
        anggota.append(a)
    return DataKeluarga(
        id_keluarga=id_keluarga, asal=data["asal"], ada_di_sumber=bool(data["ada_di_sumber"]),
        nilai={**sumber, **koreksi}, sumber=sumber, koreksi=koreksi,
        verifikasi=Verifikasi.dari_dict(data), versi=int(data["versi"]), anggota=anggota,
        diubah_oleh=data.get("diubah_oleh"), diubah_pada=data.get("diubah_pada"))


def _izinkan(pengguna: Pengguna, aksi: Aksi, kode_wilayah: str | None) -> None:
    if not boleh(pengguna, aksi, kode_wilayah):
        raise TidakBerwenang(Pesan(
            "{nama} ({peran}) tidak berwenang untuk tindakan ini pada wilayah {wilayah}.",
            nama=pengguna.nama, peran=pengguna.peran, wilayah=kode_wilayah or "-"))


def _angka(n: int) -> str:
    """A count in a message, with the Indonesian thousands separator (``1.250``)."""
    return f"{n:,}".replace(",", ".")


def _teks(nilai: object) -> str | None:
    if nilai is None:
        return None
    teks = str(nilai).strip()
    return teks or None


def _periksa_nilai(f: str, nilai: str | None, kolom_def: dict) -> tuple[str | None,
                                                                       MasalahIsian | None]:
    """Normalise one corrected or new value; return (value, problem)."""
    if nilai is None:
        return None, None
    k = kolom_def.get(f)
    if k is None:
        return nilai, None
    if k.jenis == Jenis.KODE and k.kode:
        cocok = codes.daftar(k.kode).cocokkan(nilai)
        if cocok is None:
            return nilai, MasalahIsian(f, Pesan("{kolom}: pilih nilai dari daftar ({nilai})",
                                                kolom=k.header, nilai=nilai))
        return cocok, None
    if k.jenis == Jenis.TANGGAL:
        tgl = urai_tanggal(nilai)
        if tgl is None:
            return nilai, MasalahIsian(f, Pesan("{kolom}: tanggal tidak sah ({nilai})",
                                                kolom=k.header, nilai=nilai))
        return tgl.isoformat(), None
    if f in ("nik", "nik_kepala"):
        info = nik.urai_nik(nilai)
        if info.punya(nik.PANJANG) or info.punya(nik.BUKAN_ANGKA) or info.punya(nik.ILMIAH):
            return nilai, MasalahIsian(f, Pesan("{kolom}: {masalah}", kolom=k.header,
                                                masalah=info.masalah[0].pesan))
        return info.teks, None
    if f == "no_kk":
        info = nik.urai_no_kk(nilai)
        if info.punya(nik.PANJANG) or info.punya(nik.BUKAN_ANGKA):
            return nilai, MasalahIsian(f, Pesan("{kolom}: {masalah}", kolom="No KK",
                                                masalah=info.masalah[0].pesan))
        return info.teks, None
    if f == "kode_kemdagri" and tingkat(nilai) != Tingkat.DESA_KELURAHAN:
        return nilai, MasalahIsian(f, Pesan("Kode Kemdagri harus 10 digit kode desa/kelurahan"))
    return nilai, None


def periksa_anggota_baru(data_baru: dict | None) -> tuple[dict, list[MasalahIsian]]:
    """A new member's fields (:data:`FIELD_ANGGOTA_BARU`) as they are stored (codes matched
    through their aliases, dates as ISO text, the NIK as text) and what keeps them from being
    saved: Nama and Hubungan are required, a value must fit its column. The checks of the
    form's Tambah anggota; a re-imported workbook's new members go through them too."""
    data = {f: _teks((data_baru or {}).get(f)) for f in FIELD_ANGGOTA_BARU}
    masalah: list[MasalahIsian] = []
    for f in FIELD_ANGGOTA_BARU:
        data[f], m = _periksa_nilai(f, data[f], KOLOM_INDIVIDU)
        if m:
            masalah.append(m)
    if not data["nama"]:
        masalah.append(MasalahIsian("nama", Pesan("Nama anggota baru wajib diisi")))
    if not data["hubungan"]:
        masalah.append(MasalahIsian("hubungan", Pesan("Hubungan anggota baru wajib diisi")))
    return data, masalah


def periksa_nik_baru(nik_baru: Sequence[tuple[str, str | None, str | None]]
                      ) -> list[MasalahIsian]:
    """Problems of the NIKs typed in one save for members (corrections and new members, as
    ``(nik, id_individu or None, nama)``): a birth-date part no calendar has (the NIK is
    mistyped), or one NIK typed for two people in the same save.

    A NIK another person in the database already holds is not refused: the person holding it
    may live in a desa the operator may not edit, and the KTP in hand is the evidence. The save
    goes through and the rules give both people :data:`Aturan.NIK_GANDA`, naming each other,
    for the office to settle with Dukcapil."""
    masalah: list[MasalahIsian] = []
    dipakai: dict[str, str] = {}
    for nilai, id_individu, nama in nik_baru:
        siapa = nama or id_individu or Pesan("anggota baru")
        info = nik.urai_nik(nilai)
        if info.punya(nik.TANGGAL):
            pesan = next(m.pesan for m in info.masalah if m.kode == nik.TANGGAL)
            masalah.append(MasalahIsian("nik_perbaikan", Pesan(
                "NIK {nik} ({siapa}): {masalah}", nik=nilai, siapa=siapa, masalah=pesan)))
        if nilai in dipakai:
            masalah.append(MasalahIsian("nik_perbaikan", Pesan(
                "NIK {nik} diisi untuk dua orang sekaligus: {satu} dan {dua}", nik=nilai,
                satu=dipakai[nilai], dua=siapa)))
            continue
        dipakai[nilai] = siapa
    return masalah


def _periksa_pindah(db: Database, v: Verifikasi) -> list[MasalahIsian]:
    """'Pindah ke' of a save: a desa code of this database given as text (a script, a
    workbook, the old free-text habit) becomes the chosen desa; a chosen desa must be one of
    this database's kabupaten (:func:`kalbar_desktop.storage.wilayah.kode_desa_tujuan`)."""
    if not (v.pindah_ke or v.pindah_ke_kode):
        return []
    dikenal = swilayah.DesaTujuan(db)
    if v.pindah_ke and not v.pindah_ke_kode:
        v.pindah_ke_kode, v.pindah_ke = status.pisah_pindah(v.pindah_ke, dikenal)
    if v.pindah_ke_kode and v.pindah_ke_kode not in dikenal:
        return [MasalahIsian("pindah_ke", Pesan(
            "Desa tujuan pindah {kode} tidak ada di wilayah basis data ini; pilih desa dari "
            "daftar, atau pilih Luar kabupaten dan tulis tujuannya", kode=v.pindah_ke_kode))]
    return []


def _catatan_ubah(pengguna: Pengguna, tabel: str, id_rekaman: str, id_keluarga: str,
                  lama: dict, baru: dict, alasan: str | None = None,
                  aksi: str = "UBAH", keterangan: str | None = None) -> list[audit.Catatan]:
    hasil = []
    for kolom in sorted(set(lama) | set(baru)):
        a, b = lama.get(kolom), baru.get(kolom)
        if (a or None) != (b or None):
            hasil.append(audit.Catatan(
                aksi=aksi, pengguna=pengguna.nama, tabel=tabel, id_rekaman=id_rekaman,
                id_keluarga=id_keluarga, kolom=kolom,
                nilai_lama=None if a is None else str(a),
                nilai_baru=None if b is None else str(b), alasan=alasan,
                keterangan=keterangan))
    return hasil


@sdb.terjemahkan_galat
def simpan(db: Database, id_keluarga: str, pengguna: Pengguna, verifikasi: Verifikasi,
           versi: int, koreksi: dict | None = None,
           anggota: Sequence[PerubahanAnggota] = (), alasan: str | None = None,
           keterangan: str | None = None) -> int:
    """Save the verification (and local corrections and member changes) of a family.

    ``versi`` is the version the editor loaded; returns the new version. ``keterangan`` goes on
    every audited field change (a re-import names the workbook's audit marker there). The
    approval state is not changed here (see :func:`ubah_persetujuan`). Raises
    :class:`TidakBerwenang`, :class:`PerubahanDitolak` (with the field problems) or
    :class:`KonflikVersi`.
    """
    with db.atomic():
        lama = muat(db, id_keluarga)
        _izinkan(pengguna, Aksi.UBAH_VERIFIKASI, lama.kode_wilayah)
        if Persetujuan(lama.verifikasi.persetujuan) not in status.BISA_DIUBAH:
            persetujuan = status.label(lama.verifikasi.persetujuan, Persetujuan)
            raise PerubahanDitolak([MasalahIsian("persetujuan", Pesan(
                "Keluarga berstatus {status} tidak bisa diubah; verifikator harus membukanya "
                "kembali dengan alasan", status=persetujuan)
                if lama.verifikasi.persetujuan == Persetujuan.DISETUJUI else Pesan(
                "Keluarga berstatus {status} tidak bisa diubah", status=persetujuan))])
        if versi != lama.versi:
            raise KonflikVersi(Pesan(
                "Keluarga {id} sudah diubah oleh {oleh} pada {pada} setelah Anda membukanya. "
                "Muat ulang lalu ulangi.", id=id_keluarga,
                oleh=lama.diubah_oleh or Pesan("pengguna lain"),
                pada=teks_waktu(lama.diubah_pada) if lama.diubah_pada else "-"))
        baru = Verifikasi.dari_dict({
            **{k: _teks(v) for k, v in verifikasi.sebagai_dict().items()},
            "persetujuan": lama.verifikasi.persetujuan,
            "catatan_pengembalian": lama.verifikasi.catatan_pengembalian})
        baru.status_verifikasi = baru.status_verifikasi or StatusVerifikasi.BELUM
        masalah = _periksa_pindah(db, baru)
        masalah += status.periksa_verifikasi(
            baru, id_keluarga, tahun=status.tahun_data(lama.nilai.get("dimutakhirkan_tahun")))
        if baru.id_keluarga_ganda and db.execute(
                "SELECT 1 FROM keluarga WHERE id_keluarga = ?",
                [baru.id_keluarga_ganda]).fetchone() is None:
            masalah.append(MasalahIsian("id_keluarga_ganda", Pesan(
                "ID Keluarga {id} tidak ada di basis data", id=baru.id_keluarga_ganda)))

        koreksi_baru = dict(lama.koreksi)
        for f, nilai in (koreksi or {}).items():
            if f not in FIELD_KOREKSI:
                masalah.append(MasalahIsian(f, Pesan("Kolom {kolom} tidak bisa dikoreksi",
                                                     kolom=f)))
                continue
            nilai, m = _periksa_nilai(f, _teks(nilai), KOLOM_KELUARGA)
            if m:
                masalah.append(m)
            if nilai == (lama.sumber.get(f) or None):
                koreksi_baru.pop(f, None)
            else:
                koreksi_baru[f] = nilai

        per_id = {a["id_individu"]: a for a in lama.anggota}
        ubah_anggota: list[tuple[dict, dict]] = []
        anggota_baru: list[tuple[dict, str | None]] = []
        nik_baru: list[tuple[str, str | None, str | None]] = []
        for p in anggota:
            if p.id_individu is None:
                data, masalah_baru = periksa_anggota_baru(p.data_baru)
                masalah += masalah_baru
                if data["nik"] and not any(m.field == "nik" for m in masalah):
                    nik_baru.append((data["nik"], None, data["nama"]))
                data["catatan"] = _teks(p.catatan)
                anggota_baru.append((data, p.keterangan))
                continue
            a = per_id.get(p.id_individu)
            if a is None:
                masalah.append(MasalahIsian("anggota", Pesan(
                    "Anggota {id} bukan anggota keluarga ini", id=p.id_individu)))
                continue
            lama_a = {"status_anggota": a["status_anggota"], "nik_perbaikan": a["nik_perbaikan"],
                      "catatan": a["catatan"], "hubungan": a["hubungan"]}
            baru_a = {
                "status_anggota": _teks(p.status_anggota) or a["status_anggota"],
                "nik_perbaikan": _teks(p.nik_perbaikan),
                "catatan": _teks(p.catatan), "hubungan": a["hubungan"]}
            if _teks(p.hubungan):
                baru_a["hubungan"], m = _periksa_nilai("hubungan", _teks(p.hubungan),
                                                       KOLOM_INDIVIDU)
                if m:
                    masalah.append(m)
            try:
                StatusAnggota(baru_a["status_anggota"])
            except ValueError:
                masalah.append(MasalahIsian("status_anggota", Pesan(
                    "Status anggota tidak dikenal: {status}", status=baru_a["status_anggota"])))
            if baru_a["nik_perbaikan"]:
                baru_a["nik_perbaikan"], m = _periksa_nilai(
                    "nik", baru_a["nik_perbaikan"], KOLOM_INDIVIDU)
                if m:
                    masalah.append(MasalahIsian("nik_perbaikan", Pesan(
                        "NIK perbaikan: {masalah}", masalah=m.pesan)))
                elif baru_a["nik_perbaikan"] == a["nik"]:
                    baru_a["nik_perbaikan"] = None
                elif baru_a["nik_perbaikan"] != a["nik_perbaikan"]:
                    nik_baru.append((baru_a["nik_perbaikan"], a["id_individu"], a.get("nama")))
            if lama_a != baru_a:
                ubah_anggota.append((a, baru_a))
        if nik_baru:
            masalah += periksa_nik_baru(nik_baru)
        # A member who becomes head: the family's head fields follow (as corrections, the P3KE
        # values kept), unless this save corrects them itself (the operator's own entry wins).
        kepala_baru = [{**a, **baru_a} for a, baru_a in ubah_anggota
                       if baru_a["hubungan"] == status.HUBUNGAN_KEPALA
                       and a["hubungan"] != status.HUBUNGAN_KEPALA]
        kepala_baru += [d for d, _k in anggota_baru if d["hubungan"] == status.HUBUNGAN_KEPALA]
        if len(kepala_baru) == 1:
            for f, nilai in status.identitas_kepala(kepala_baru[0]).items():
                if f in (koreksi or {}):
                    continue
                nilai, _m = _periksa_nilai(f, _teks(nilai), KOLOM_KELUARGA)
                if nilai == (lama.sumber.get(f) or None):
                    koreksi_baru.pop(f, None)
                else:
                    koreksi_baru[f] = nilai
        if masalah:
            raise PerubahanDitolak(masalah)

        waktu = sekarang()
        catatan = _catatan_ubah(pengguna, "verifikasi_keluarga", id_keluarga, id_keluarga,
                                {k: getattr(lama.verifikasi, k) for k in _KOLOM_VERIFIKASI},
                                baru.sebagai_dict(), alasan, keterangan=keterangan)
        catatan += _catatan_ubah(pengguna, "keluarga", id_keluarga, id_keluarga,
                                 lama.koreksi, koreksi_baru, alasan, aksi="KOREKSI",
                                 keterangan=keterangan)
        kolom_set = ", ".join(f"{k} = ?" for k in _KOLOM_VERIFIKASI)
        n = db.execute(
            f"UPDATE verifikasi_keluarga SET {kolom_set}, koreksi_json = ?, versi = versi + 1, "
            "diubah_oleh = ?, diubah_pada = ? WHERE id_keluarga = ? AND versi = ?",
            [getattr(baru, k) for k in _KOLOM_VERIFIKASI]
            + [json.dumps(koreksi_baru, ensure_ascii=False) if koreksi_baru else None,
               pengguna.nama, waktu, id_keluarga, versi]).rowcount
        if n != 1:
            raise KonflikVersi(Pesan("Keluarga {id} baru saja diubah pengguna lain.",
                                     id=id_keluarga))
        for a, baru_a in ubah_anggota:
            koreksi_a = ({"hubungan": baru_a["hubungan"]}
                         if baru_a["hubungan"] != a.get("hubungan_sumber") else None)
            db.execute(
                "UPDATE verifikasi_anggota SET status_anggota = ?, nik_perbaikan = ?, "
                "catatan = ?, koreksi_json = ?, diubah_oleh = ?, diubah_pada = ? "
                "WHERE id_individu = ?",
                [baru_a["status_anggota"], baru_a["nik_perbaikan"], baru_a["catatan"],
                 json.dumps(koreksi_a, ensure_ascii=False) if koreksi_a else None,
                 pengguna.nama, waktu, a["id_individu"]])
            catatan += _catatan_ubah(
                pengguna, "verifikasi_anggota", a["id_individu"], id_keluarga,
                {"status_anggota": a["status_anggota"], "nik_perbaikan": a["nik_perbaikan"],
                 "catatan": a["catatan"], "hubungan": a["hubungan"]}, baru_a, alasan,
                keterangan=keterangan)
        urutan = max((a.get("urutan") or 0 for a in lama.anggota), default=0)
        for data, asal_anggota in anggota_baru:
            urutan += 1
            id_individu = _id_anggota_baru(db, id_keluarga, urutan)
            _sisipkan_anggota(db, id_keluarga, id_individu, urutan, data, pengguna, waktu)
            catatan.append(audit.Catatan(
                aksi="TAMBAH_ANGGOTA", pengguna=pengguna.nama, tabel="anggota",
                id_rekaman=id_individu, id_keluarga=id_keluarga,
                nilai_baru=json.dumps({k: v for k, v in data.items() if v},
                                      ensure_ascii=False), alasan=alasan,
                keterangan="; ".join(t for t in (asal_anggota, keterangan) if t) or None))
        audit.tulis(db, catatan)
        stemuan.hitung_ulang_keluarga(db, id_keluarga)
        cari.perbarui_keluarga(db, [id_keluarga])
        return versi + 1


def _id_anggota_baru(db: Database, id_keluarga: str, urutan: int) -> str:
    n = urutan
    while True:
        calon = f"{id_keluarga}-B{n:02d}"
        if db.execute("SELECT 1 FROM anggota WHERE id_individu = ?", [calon]).fetchone() is None:
            return calon
        n += 1


def _sisipkan_anggota(db: Database, id_keluarga: str, id_individu: str, urutan: int,
                      data: dict, pengguna: Pengguna, waktu: str) -> None:
    kolom = [f for f in FIELD_ANGGOTA_BARU]
    db.execute(
        f"INSERT INTO anggota (id_individu, id_keluarga, asal, ada_di_sumber, urutan, "
        f"{', '.join(kolom)}, nik_bentuk, dibuat_pada, diperbarui_pada) "
        f"VALUES (?, ?, 'baru', 0, ?, {', '.join('?' * len(kolom))}, ?, ?, ?)",
        [id_individu, id_keluarga, urutan, *[data.get(f) for f in kolom], nik.BENTUK_TEKS,
         waktu, waktu])
    db.execute(
        "INSERT INTO verifikasi_anggota (id_individu, status_anggota, catatan, diubah_oleh, "
        "diubah_pada) VALUES (?, ?, ?, ?, ?)",
        [id_individu, StatusAnggota.ANGGOTA_BARU, data.get("catatan"), pengguna.nama, waktu])


_AKSI_IZIN = {
    AksiPersetujuan.AJUKAN: Aksi.AJUKAN,
    AksiPersetujuan.SETUJUI: Aksi.SETUJUI,
    AksiPersetujuan.KEMBALIKAN: Aksi.KEMBALIKAN,
    AksiPersetujuan.BUKA_KEMBALI: Aksi.BUKA_KEMBALI,
}


@sdb.terjemahkan_galat
def ubah_persetujuan(db: Database, id_keluarga: str, pengguna: Pengguna,
                     aksi: AksiPersetujuan, versi: int, catatan: str | None = None) -> int:
    """Submit, approve, send back (note required) or reopen (reason required) a family.

    Returns the new version; raises like :func:`simpan`.
    """
    aksi = AksiPersetujuan(aksi)
    with db.atomic():
        lama = muat(db, id_keluarga)
        _izinkan(pengguna, _AKSI_IZIN[aksi], lama.kode_wilayah)
        if versi != lama.versi:
            raise KonflikVersi(Pesan(
                "Keluarga {id} sudah diubah oleh {oleh} setelah Anda membukanya. Muat ulang lalu "
                "ulangi.", id=id_keluarga, oleh=lama.diubah_oleh or Pesan("pengguna lain")))
        masalah = status.periksa_transisi(
            lama.verifikasi, aksi, catatan, id_keluarga,
            tahun=status.tahun_data(lama.nilai.get("dimutakhirkan_tahun")))
        if aksi == AksiPersetujuan.SETUJUI:
            masalah += _periksa_empat_mata(db, id_keluarga, pengguna)
        if masalah:
            raise PerubahanDitolak(masalah)
        baru = status.terapkan_transisi(lama.verifikasi, aksi, _teks(catatan))
        waktu = sekarang()
        db.execute(
            "UPDATE verifikasi_keluarga SET persetujuan = ?, catatan_pengembalian = ?, "
            "versi = versi + 1, diubah_oleh = ?, diubah_pada = ? WHERE id_keluarga = ?",
            [baru.persetujuan, baru.catatan_pengembalian, pengguna.nama, waktu, id_keluarga])
        audit.tulis(db, [audit.Catatan(
            aksi=aksi.value, pengguna=pengguna.nama, tabel="verifikasi_keluarga",
            id_rekaman=id_keluarga, id_keluarga=id_keluarga, kolom="persetujuan",
            nilai_lama=lama.verifikasi.persetujuan, nilai_baru=baru.persetujuan,
            alasan=_teks(catatan))])
        return versi + 1


_AKSI_PENGISIAN = ("UBAH", "KOREKSI", "TAMBAH_ANGGOTA", "TAMBAH_USULAN", "AJUKAN")
ALASAN_IMPOR_ULANG = keterangan_jejak.alasan_impor_ulang()
"""How the reason a re-import writes starts (``keterangan_jejak.alasan_impor_ulang``): the
entries came from a workbook filled in by someone else, not from the user who imported it."""


def _pekerjaan_sendiri(db: Database, id_keluarga: Sequence[str],
                      pengguna: Pengguna) -> dict[str, bool]:
    """The families among ``id_keluarga`` that ``pengguna`` submitted, or whose data they entered
    or corrected, since each was last approved or reopened (ID -> True when they submitted it).
    Empty on a database without accounts (see :func:`_periksa_empat_mata`)."""
    if not spengguna.ada_akun_apa_pun(db):
        # Without accounts a name is typed, not signed in: anyone can be anyone, so the rule
        # could only block the one person who works alone (the demo, a first try).
        return {}
    hasil: dict[str, bool] = {}
    aksi = ", ".join("?" * len(_AKSI_PENGISIAN))
    ids = list(dict.fromkeys(id_keluarga))
    for awal in range(0, len(ids), 500):
        potong = ids[awal:awal + 500]
        for idk, ajukan in db.execute(
                f"SELECT a.id_keluarga, max(a.aksi = 'AJUKAN') FROM audit_log a "
                f"WHERE a.id_keluarga IN ({', '.join('?' * len(potong))}) AND a.pengguna = ? "
                f"AND a.aksi IN ({aksi}) "
                "AND (a.aksi = 'AJUKAN' OR a.alasan IS NULL OR a.alasan NOT LIKE ?) "
                "AND a.id > COALESCE((SELECT max(b.id) FROM audit_log b "
                "WHERE b.id_keluarga = a.id_keluarga AND b.aksi IN ('SETUJUI', 'BUKA_KEMBALI')), "
                "0) GROUP BY a.id_keluarga",
                [*potong, pengguna.nama, *_AKSI_PENGISIAN, ALASAN_IMPOR_ULANG + "%"]):
            hasil[idk] = bool(ajukan)
    return hasil


def _pesan_sendiri(pengguna: Pengguna, id_keluarga: str, ajukan: bool) -> str:
    if ajukan:
        return Pesan("{nama} sendiri yang mengajukan keluarga {id}: pekerjaan sendiri tidak "
                     "boleh disetujui sendiri. Persetujuan harus oleh verifikator lain.",
                     nama=pengguna.nama, id=id_keluarga)
    return Pesan("{nama} sendiri yang mengisi atau mengoreksi data keluarga {id}: pekerjaan "
                 "sendiri tidak boleh disetujui sendiri. Persetujuan harus oleh verifikator "
                 "lain.", nama=pengguna.nama, id=id_keluarga)


def _periksa_empat_mata(db: Database, id_keluarga: str, pengguna: Pengguna) -> list[MasalahIsian]:
    """Nobody approves their own work: the user who submitted the family, or who entered or
    corrected its data since it was last approved or reopened, may not approve it."""
    sendiri = _pekerjaan_sendiri(db, [id_keluarga], pengguna)
    if id_keluarga not in sendiri:
        return []
    return [MasalahIsian("persetujuan",
                         _pesan_sendiri(pengguna, id_keluarga, sendiri[id_keluarga]))]


# ---------------------------------------------------------------------------------------------
# Approving every submitted family of a region at once.
# ---------------------------------------------------------------------------------------------
class SebabDilewati(StrEnum):
    """Why a submitted family is left out of "approve all" (what a single approve refuses)."""

    DIAJUKAN_SENDIRI = "DIAJUKAN_SENDIRI"
    DIISI_SENDIRI = "DIISI_SENDIRI"
    LUAR_WILAYAH = "LUAR_WILAYAH"
    BERUBAH = "BERUBAH"
    TIDAK_DIAJUKAN = "TIDAK_DIAJUKAN"
    TIDAK_ADA = "TIDAK_ADA"


LABEL_SEBAB: dict[SebabDilewati, str] = {
    SebabDilewati.DIAJUKAN_SENDIRI: "diajukan oleh Anda sendiri (pekerjaan sendiri tidak boleh "
                                    "disetujui sendiri)",
    SebabDilewati.DIISI_SENDIRI: "datanya diisi atau dikoreksi oleh Anda sendiri (pekerjaan "
                                 "sendiri tidak boleh disetujui sendiri)",
    SebabDilewati.LUAR_WILAYAH: "di luar wilayah kerja Anda",
    SebabDilewati.BERUBAH: "tidak lagi berstatus Diajukan (diubah pengguna lain setelah "
                           "konfirmasi)",
    SebabDilewati.TIDAK_DIAJUKAN: "tidak berstatus Diajukan (hanya keluarga yang diajukan yang "
                                  "bisa disetujui atau dikembalikan)",
    SebabDilewati.TIDAK_ADA: "ID Keluarga tidak ada di basis data ini",
}
"""Indonesian reason per :class:`SebabDilewati` (the window and the guide use these words)."""


@dataclass(frozen=True)
class KeluargaDilewati:
    """A submitted family that "approve all" leaves as it is, and why."""

    id_keluarga: str
    nama_kepala: str | None
    sebab: SebabDilewati


@dataclass
class RencanaSetujui:
    """What "approve all" would do in a region: the submitted families it approves and the
    ones it leaves (named, with the reason). Families in other approval states are not
    counted at all."""

    kode_wilayah: str | None
    disetujui: list[str]
    dilewati: list[KeluargaDilewati]
    kode_desa: dict[str, str | None] = field(default_factory=dict)
    """ID Keluarga -> desa code of the families to approve."""

    def jumlah_per_sebab(self) -> dict[SebabDilewati, int]:
        hasil: dict[SebabDilewati, int] = {}
        for d in self.dilewati:
            hasil[d.sebab] = hasil.get(d.sebab, 0) + 1
        return hasil


def _diajukan(db: Database, kode_wilayah: str | None,
              id_keluarga: Sequence[str] | None = None) -> list[tuple[str, str | None, str | None]]:
    """(ID Keluarga, desa code, head's name in force) of the submitted families of a region, or
    of the given IDs that are still submitted."""
    kolom = ("SELECT v.id_keluarga, k.kode_kemdagri, COALESCE(json_extract(v.koreksi_json, "
             "'$.nama_kepala'), k.nama_kepala) FROM verifikasi_keluarga v "
             "JOIN keluarga k USING (id_keluarga) WHERE v.persetujuan = 'DIAJUKAN'")
    if id_keluarga is not None:
        hasil = []
        ids = list(id_keluarga)
        for awal in range(0, len(ids), 500):
            potong = ids[awal:awal + 500]
            hasil += db.execute(f"{kolom} AND v.id_keluarga IN ({', '.join('?' * len(potong))})",
                                potong).fetchall()
        return hasil
    if kode_wilayah:
        return db.execute(f"{kolom} AND k.kode_kemdagri >= ? AND k.kode_kemdagri < ? "
                          "ORDER BY k.kode_kemdagri, v.id_keluarga",
                          [kode_wilayah, kode_wilayah + "\uffff"]).fetchall()
    return db.execute(f"{kolom} ORDER BY k.kode_kemdagri, v.id_keluarga").fetchall()


def _pilah(db: Database, pengguna: Pengguna, kode_wilayah: str | None,
           calon: list[tuple[str, str | None, str | None]],
           aksi: AksiPersetujuan = AksiPersetujuan.SETUJUI) -> RencanaSetujui:
    """Sort submitted families into those ``aksi`` (approve, or send back) may be applied to
    and those left out with the reason a single approve or send-back would give."""
    rencana = RencanaSetujui(kode_wilayah, [], [])
    dalam = []
    for idk, kode, nama in calon:
        if not boleh(pengguna, _AKSI_IZIN[aksi], kode):
            # named by ID only: the head's name is personal data of a region not one's own
            rencana.dilewati.append(KeluargaDilewati(idk, None, SebabDilewati.LUAR_WILAYAH))
        else:
            dalam.append((idk, kode, nama))
    # nobody approves their own work; sending it back is allowed (as for a single family)
    sendiri = (_pekerjaan_sendiri(db, [c[0] for c in dalam], pengguna)
               if aksi == AksiPersetujuan.SETUJUI else {})
    # the status model's own check, as a single approve runs it: the same for every submitted
    # family, so asked once (the note a send-back needs is checked by the caller)
    ditolak = bool(status.periksa_transisi(Verifikasi(persetujuan=Persetujuan.DIAJUKAN), aksi,
                                           "-"))
    for idk, kode, nama in dalam:
        if idk in sendiri:
            rencana.dilewati.append(KeluargaDilewati(
                idk, nama, SebabDilewati.DIAJUKAN_SENDIRI if sendiri[idk]
                else SebabDilewati.DIISI_SENDIRI))
            continue
        if ditolak:
            rencana.dilewati.append(KeluargaDilewati(idk, nama, SebabDilewati.BERUBAH))
            continue
        rencana.disetujui.append(idk)
        rencana.kode_desa[idk] = kode
    return rencana


def _pilah_terpilih(db: Database, pengguna: Pengguna, id_keluarga: Sequence[str],
                    aksi: AksiPersetujuan,
                    sela: Callable[[], None] = lambda: None) -> RencanaSetujui:
    """:func:`_pilah` for families named by ID (a selection in the table, ``approve --id``):
    IDs that are not in the database or not submitted are left out, named, in the given
    order. ``sela()`` is called between the reads (a cancel raises from it)."""
    ids = list(dict.fromkeys(i.strip() for i in id_keluarga if i and i.strip()))
    ada: dict[str, tuple[str | None, str | None, str]] = {}
    for awal in range(0, len(ids), 900):
        sela()
        potong = ids[awal:awal + 900]
        for idk, kode, nama, persetujuan in db.execute(
                "SELECT k.id_keluarga, k.kode_kemdagri, COALESCE(json_extract(v.koreksi_json, "
                "'$.nama_kepala'), k.nama_kepala), v.persetujuan FROM keluarga k "
                "JOIN verifikasi_keluarga v USING (id_keluarga) "
                f"WHERE k.id_keluarga IN ({', '.join('?' * len(potong))})", potong):
            ada[idk] = (kode, nama, persetujuan)
    # A family outside the account's regions is only said to be so: neither its head's name
    # nor its approval state.
    luar = {idk for idk, (kode, _nama, _p) in ada.items()
            if not boleh(pengguna, _AKSI_IZIN[aksi], kode)}
    calon = [(idk, ada[idk][0], ada[idk][1]) for idk in ids
             if idk in ada and idk not in luar and ada[idk][2] == Persetujuan.DIAJUKAN]
    urutan = {idk: i for i, idk in enumerate(ids)}
    sela()
    rencana = _pilah(db, pengguna, None, calon, aksi)
    for idk in ids:
        if idk not in ada:
            rencana.dilewati.append(KeluargaDilewati(idk, None, SebabDilewati.TIDAK_ADA))
        elif idk in luar:
            rencana.dilewati.append(KeluargaDilewati(idk, None, SebabDilewati.LUAR_WILAYAH))
        elif ada[idk][2] != Persetujuan.DIAJUKAN:
            rencana.dilewati.append(KeluargaDilewati(idk, ada[idk][1],
                                                     SebabDilewati.TIDAK_DIAJUKAN))
    rencana.dilewati.sort(key=lambda d: urutan[d.id_keluarga])
    return rencana


def rencana_setujui_semua(db: Database, pengguna: Pengguna,
                          kode_wilayah: str | None,
                          dibatalkan: Callable[[], bool] | None = None) -> RencanaSetujui:
    """What :func:`setujui_semua` would do for the submitted families of ``kode_wilayah`` (a
    kabupaten, kecamatan or desa code; ``None``: the whole database). Reads only. Raises
    :class:`TidakBerwenang` when the user may not approve at all (role, read-only session).

    A whole kabupaten takes a second or two: ``dibatalkan`` (asked every few thousand SQLite
    steps and between the steps here) stops it with :class:`SetujuiDibatalkan`."""
    _izinkan(pengguna, Aksi.SETUJUI, None)

    def hitung(sela: Callable[[], None]) -> RencanaSetujui:
        calon = _diajukan(db, kode_wilayah)
        sela()
        return _pilah(db, pengguna, kode_wilayah, calon)

    return _hitung_dapat_dibatalkan(db, hitung, dibatalkan, SetujuiDibatalkan)


def _hitung_dapat_dibatalkan(db: Database,
                             hitung: Callable[[Callable[[], None]], RencanaSetujui],
                             dibatalkan: Callable[[], bool] | None,
                             galat: type[Exception]) -> RencanaSetujui:
    """Run a plan's reads ``hitung(sela)`` so that a cancel stops it: ``dibatalkan`` is asked
    every few thousand SQLite steps (interrupting the query running) and whenever ``hitung``
    calls ``sela()`` between its steps; a cancel raises ``galat`` (nothing was written: a plan
    only reads)."""
    if dibatalkan is None:
        return hitung(lambda: None)

    def sela() -> None:
        if dibatalkan():
            raise galat(Pesan("Penghitungan dibatalkan."))

    sela()
    db.conn.set_progress_handler(lambda: 1 if dibatalkan() else 0, 20_000)
    try:
        return hitung(sela)
    except sqlite3.OperationalError as e:
        if dibatalkan() and "interrupt" in str(e):
            raise galat(Pesan("Penghitungan dibatalkan.")) from None
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def rencana_setujui_terpilih(db: Database, pengguna: Pengguna,
                             id_keluarga: Sequence[str]) -> RencanaSetujui:
    """What :func:`setujui_semua` would do for the families named by ID (``approve --id``):
    the submitted ones it may approve, and the others named with the reason (not submitted, not
    in the database, another region, own work). Reads only."""
    _izinkan(pengguna, Aksi.SETUJUI, None)
    return _pilah_terpilih(db, pengguna, id_keluarga, AksiPersetujuan.SETUJUI)


def rencana_kembalikan(db: Database, pengguna: Pengguna, id_keluarga: Sequence[str] = (),
                       dibatalkan: Callable[[], bool] | None = None, *,
                       rowid: Sequence[int] | None = None) -> RencanaSetujui:
    """What :func:`kembalikan_semua` would do for the families named by ID, or by their row
    id in ``keluarga`` (``rowid``: the rows selected in the table, in table order): the
    submitted ones in the user's region are sent back, the others are named with the reason.
    Reads only. Raises :class:`TidakBerwenang` when the user may not send back at all.

    A whole kabupaten selected takes a second or two: ``dibatalkan`` (asked every few thousand
    SQLite steps and between the steps here) stops it with :class:`KembalikanDibatalkan`."""
    _izinkan(pengguna, Aksi.KEMBALIKAN, None)

    def hitung(sela: Callable[[], None]) -> RencanaSetujui:
        ids = list(id_keluarga)
        if rowid is not None:
            ids = _id_dari_rowid(db, rowid, sela)
        return _pilah_terpilih(db, pengguna, ids, AksiPersetujuan.KEMBALIKAN, sela)

    return _hitung_dapat_dibatalkan(db, hitung, dibatalkan, KembalikanDibatalkan)


def _id_dari_rowid(db: Database, rowid: Sequence[int], sela: Callable[[], None]) -> list[str]:
    """The ID Keluarga of ``keluarga`` rows by row id, in the given order (rows gone since are
    left out)."""
    ada: dict[int, str] = {}
    daftar = list(rowid)
    for awal in range(0, len(daftar), 900):
        sela()
        potong = daftar[awal:awal + 900]
        ada.update(db.execute(
            f"SELECT rowid, id_keluarga FROM keluarga WHERE rowid IN "
            f"({', '.join('?' * len(potong))})", potong).fetchall())
    return [ada[r] for r in daftar if r in ada]


class SetujuiDibatalkan(Exception):
    """The user cancelled "approve all"; nothing was written."""


@dataclass(frozen=True)
class HasilSetujui:
    """What "approve all" did."""

    disetujui: list[str]
    dilewati: list[KeluargaDilewati]


SETIAP_SETUJUI = 1_000
"""Families per step of "approve all" (progress reported and the cancel flag read)."""


@sdb.terjemahkan_galat
def setujui_semua(db: Database, pengguna: Pengguna, rencana: RencanaSetujui,
                  alasan: str | None = None,
                  lapor: Callable[[str, float], None] | None = None,
                  dibatalkan: Callable[[], bool] | None = None) -> HasilSetujui:
    """Approve the families of ``rencana`` (from :func:`rencana_setujui_semua`, as the user
    confirmed it) in one transaction: one audit row ``SETUJUI`` per family, as a single approve
    writes. Each family is checked again inside the transaction (still submitted, in the user's
    region, not their own work); one that changed since is left out with its reason. A cancel
    (``dibatalkan`` returning True) or an error rolls everything back
    (:class:`SetujuiDibatalkan`)."""
    _izinkan(pengguna, Aksi.SETUJUI, None)
    def dibatalkan_(awal: int, semua: int) -> bool:
        if lapor is not None and awal < semua:
            lapor(Pesan("Menyetujui {awal} dari {semua} keluarga", awal=_angka(awal),
                        semua=_angka(semua)),
                  awal / max(semua, 1))
        return dibatalkan is not None and dibatalkan()

    with db.atomic():
        hasil = _terapkan_rencana(
            db, pengguna, rencana, rencana.kode_wilayah, AksiPersetujuan.SETUJUI,
            "UPDATE verifikasi_keluarga SET persetujuan = ?, versi = versi + 1, "
            "diubah_oleh = ?, diubah_pada = ? WHERE persetujuan = ? AND id_keluarga IN ",
            [Persetujuan.DISETUJUI, pengguna.nama, sekarang(), Persetujuan.DIAJUKAN],
            Persetujuan.DISETUJUI, alasan, dibatalkan_)
        if hasil is None:
            raise SetujuiDibatalkan(Pesan("Setujui semua dibatalkan; tidak ada yang disetujui."))
        if lapor is not None:
            lapor(Pesan("Selesai"), 1.0)
        return hasil


def _terapkan_rencana(db: Database, pengguna: Pengguna, rencana: RencanaSetujui,
                      kode_wilayah: str | None, aksi: AksiPersetujuan, sql_ubah: str,
                      param_ubah: list, nilai_baru: str, alasan: str | None,
                      dibatalkan: Callable[[int, int], bool]) -> HasilSetujui | None:
    """Inside the caller's transaction: check each family of ``rencana`` again (still
    submitted, in the user's region, not their own work; one changed since is left out with
    its reason), then apply ``sql_ubah`` (ending in ``id_keluarga IN``) and write one audit row
    ``aksi`` per family, in slices. ``dibatalkan(done, all)`` is asked before each slice and at
    the end (it also reports progress); ``None`` when it said yes (the caller rolls back)."""
    calon = _diajukan(db, kode_wilayah, rencana.disetujui)
    ulang = _pilah(db, pengguna, kode_wilayah, calon, aksi)
    ada = {c[0] for c in calon}
    nama = {d.id_keluarga: d.nama_kepala for d in rencana.dilewati}
    dilewati = list(rencana.dilewati) + ulang.dilewati + [
        KeluargaDilewati(idk, nama.get(idk), SebabDilewati.BERUBAH)
        for idk in rencana.disetujui if idk not in ada]
    urutan = {idk: i for i, idk in enumerate(rencana.disetujui)}
    ids = sorted(ulang.disetujui, key=urutan.__getitem__)
    for awal in range(0, len(ids), SETIAP_SETUJUI):
        if dibatalkan(awal, len(ids)):
            return None
        potong = ids[awal:awal + SETIAP_SETUJUI]
        db.execute(f"{sql_ubah}({', '.join('?' * len(potong))})", [*param_ubah, *potong])
        audit.tulis(db, (audit.Catatan(
            aksi=aksi.value, pengguna=pengguna.nama, tabel="verifikasi_keluarga",
            id_rekaman=idk, id_keluarga=idk, kolom="persetujuan",
            nilai_lama=Persetujuan.DIAJUKAN, nilai_baru=nilai_baru, alasan=alasan)
            for idk in potong))
    if dibatalkan(len(ids), len(ids)):
        return None
    return HasilSetujui(ids, dilewati)


class KembalikanDibatalkan(Exception):
    """The user cancelled sending several families back; nothing was written."""


@sdb.terjemahkan_galat
def kembalikan_semua(db: Database, pengguna: Pengguna, rencana: RencanaSetujui, catatan: str,
                     lapor: Callable[[str, float], None] | None = None,
                     dibatalkan: Callable[[], bool] | None = None) -> HasilSetujui:
    """Send the families of ``rencana`` (from :func:`rencana_kembalikan`, as the user confirmed
    it) back to the operator with one note, in one transaction: each gets the state and note a
    single send-back gives and one audit row ``KEMBALIKAN`` (:func:`ubah_persetujuan`). Each is
    checked again inside the transaction; one changed since is left out with its reason. The
    note is required (:class:`PerubahanDitolak`). A cancel or an error rolls everything back
    (:class:`KembalikanDibatalkan`). ``HasilSetujui.disetujui`` holds the families sent
    back."""
    _izinkan(pengguna, Aksi.KEMBALIKAN, None)
    catatan_ = _teks(catatan)
    masalah = status.periksa_transisi(Verifikasi(persetujuan=Persetujuan.DIAJUKAN),
                                      AksiPersetujuan.KEMBALIKAN, catatan_)
    if masalah:
        raise PerubahanDitolak(masalah)
    def dibatalkan_(awal: int, semua: int) -> bool:
        if lapor is not None and awal < semua:
            lapor(Pesan("Mengembalikan {awal} dari {semua} keluarga", awal=_angka(awal),
                        semua=_angka(semua)),
                  awal / max(semua, 1))
        return dibatalkan is not None and dibatalkan()

    with db.atomic():
        hasil = _terapkan_rencana(
            db, pengguna, rencana, None, AksiPersetujuan.KEMBALIKAN,
            "UPDATE verifikasi_keluarga SET persetujuan = ?, catatan_pengembalian = ?, "
            "versi = versi + 1, diubah_oleh = ?, diubah_pada = ? WHERE persetujuan = ? "
            "AND id_keluarga IN ",
            [Persetujuan.DIKEMBALIKAN, catatan_, pengguna.nama, sekarang(),
             Persetujuan.DIAJUKAN], Persetujuan.DIKEMBALIKAN, catatan_, dibatalkan_)
        if hasil is None:
            raise KembalikanDibatalkan(Pesan("Pengembalian dibatalkan; tidak ada keluarga yang "
                                             "dikembalikan."))
        if lapor is not None:
            lapor(Pesan("Selesai"), 1.0)
        return hasil


@sdb.terjemahkan_galat
def usulan_ditambah(db: Database, id_keluarga: str) -> tuple[int, str] | None:
    """The audit row (number, time) that recorded the creation of proposed new family
    ``id_keluarga`` in this database, or ``None`` (not an usulan made here, or made before the
    audit trail recorded it)."""
    b = db.execute("SELECT id, waktu FROM audit_log WHERE id_keluarga = ? "
                   "AND aksi = 'TAMBAH_USULAN' ORDER BY id LIMIT 1", [id_keluarga]).fetchone()
    return (b[0], b[1]) if b else None


def usulan_dibuat_pada(db: Database, id_keluarga: str) -> str | None:
    """When proposed new family ``id_keluarga`` was stored, by its own row (ISO text), or
    ``None``: for an usulan whose creation the audit trail does not hold."""
    b = db.execute("SELECT dibuat_pada FROM keluarga WHERE id_keluarga = ? "
                   "AND asal = 'usulan_baru'", [id_keluarga]).fetchone()
    return b[0] if b else None


def tambah_usulan_baru(db: Database, pengguna: Pengguna, keluarga: dict,
                       anggota: Sequence[dict] = (),
                       verifikasi: Verifikasi | None = None) -> str:
    """Enter a family that is not in P3KE (usulan baru); returns its new ID Keluarga.

    ``keluarga`` holds family fields (at least ``kode_kemdagri`` of the desa and
    ``nama_kepala``); ``anggota`` the members (``nama``, ``hubungan``, ``nik``...).
    """
    with db.atomic():
        masalah: list[MasalahIsian] = []
        nilai: dict = {}
        for f in FIELD_KELUARGA:
            nilai[f], m = _periksa_nilai(f, _teks(keluarga.get(f)), KOLOM_KELUARGA)
            if m:
                masalah.append(m)
        kode = nilai.get("kode_kemdagri")
        if not kode:
            masalah.append(MasalahIsian("kode_kemdagri", "Desa/kelurahan wajib dipilih"))
        if not nilai.get("nama_kepala"):
            masalah.append(MasalahIsian("nama_kepala", "Nama kepala keluarga wajib diisi"))
        v = verifikasi or Verifikasi(status_verifikasi=StatusVerifikasi.USULAN_BARU)
        v.status_verifikasi = StatusVerifikasi.USULAN_BARU
        v.persetujuan = Persetujuan.DRAF
        masalah += status.periksa_verifikasi(v)
        data_anggota = []
        for a in anggota:
            d = {}
            for f in FIELD_ANGGOTA_BARU:
                d[f], m = _periksa_nilai(f, _teks(a.get(f)), KOLOM_INDIVIDU)
                if m:
                    masalah.append(m)
            if not d["nama"]:
                masalah.append(MasalahIsian("nama", "Nama anggota wajib diisi"))
            data_anggota.append(d)
        if masalah:
            raise PerubahanDitolak(masalah)
        _izinkan(pengguna, Aksi.TAMBAH_USULAN, kode)
        nomor = db.execute("SELECT count(*) FROM keluarga WHERE asal = 'usulan_baru' "
                           "AND kode_kemdagri = ?", [kode]).fetchone()[0] + 1
        while True:
            idk = f"UB-{kode}-{nomor:04d}"
            if db.execute("SELECT 1 FROM keluarga WHERE id_keluarga = ?", [idk]).fetchone() is None:
                break
            nomor += 1
        waktu = sekarang()
        kolom = list(FIELD_KELUARGA)
        db.execute(
            f"INSERT INTO keluarga (id_keluarga, asal, ada_di_sumber, kode_kecamatan, "
            f"kode_kabupaten, {', '.join(kolom)}, nik_kepala_bentuk, dibuat_pada, "
            f"diperbarui_pada) VALUES (?, 'usulan_baru', 0, ?, ?, "
            f"{', '.join('?' * len(kolom))}, ?, ?, ?)",
            [idk, kode[:6], kode[:4], *[nilai.get(f) for f in kolom], nik.BENTUK_TEKS, waktu,
             waktu])
        tanda = ", ".join("?" * len(_KOLOM_VERIFIKASI))
        db.execute(
            f"INSERT INTO verifikasi_keluarga (id_keluarga, {', '.join(_KOLOM_VERIFIKASI)}, "
            f"versi, diubah_oleh, diubah_pada) VALUES (?, {tanda}, 0, ?, ?)",
            [idk, *[getattr(v, k) for k in _KOLOM_VERIFIKASI], pengguna.nama, waktu])
        for i, d in enumerate(data_anggota, start=1):
            _sisipkan_anggota(db, idk, f"{idk}-{i:02d}", i, d, pengguna, waktu)
        audit.tulis(db, [audit.Catatan(
            aksi="TAMBAH_USULAN", pengguna=pengguna.nama, tabel="keluarga", id_rekaman=idk,
            id_keluarga=idk, nilai_baru=json.dumps(
                {k: v for k, v in nilai.items() if v}, ensure_ascii=False))])
        stemuan.hitung_ulang_keluarga(db, idk)
        cari.perbarui_keluarga(db, [idk])
        return idk
