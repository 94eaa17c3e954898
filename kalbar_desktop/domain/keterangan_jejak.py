"""The notes (``audit_log.keterangan``) the program writes in its own words, made here and read
back here: the window shows them in its language, while the stored row and the exported log
keep the Indonesian text.

Each note of a fixed shape is made by one function below (a :class:`~kalbar_desktop.domain.
pesan.Pesan`, equal to the Indonesian text it stores). :func:`urai` turns a stored note back
into that message when it has one of these shapes, whole or as a part between ``"; "`` (a
note joined to another); anything else (free text typed by a person, a path, a shape of
another module) stays text as stored. A note written as a JSON object (exports, re-imports,
printed documents) is shown by :func:`tampilan` as its keys' labels (:data:`LABEL_KUNCI`) and
values.
"""

from __future__ import annotations

import inspect
import json
import re
import string
from collections.abc import Callable
from functools import cache

from kalbar_desktop.domain.jejak import LABEL_AKSI
from kalbar_desktop.domain.pesan import Label, Pesan

KONTEKS_AKSI = "AksiAudit"
"""The interface's translation context of the action labels (``ui/label.py``)."""


def ekspor(jumlah: object, berkas: object) -> Pesan:
    """An export's rows and file (``storage.audit.catat_ekspor``)."""
    return Pesan("{jumlah} baris ke {berkas}", jumlah=jumlah, berkas=berkas)


def laporan_temuan(nik_penuh: bool = True) -> Pesan:
    """What a findings report with names is, with full or masked NIKs (joined to
    :func:`ekspor`)."""
    if nik_penuh:
        return Pesan("laporan temuan (nama dan NIK)")
    return Pesan("laporan temuan (nama, NIK disamarkan)")


def _laporan_temuan_samar() -> Pesan:
    return laporan_temuan(nik_penuh=False)


def ekspor_audit(jumlah: object, saringan: object, berkas: object) -> Pesan:
    """An export of the audit log: its rows, its filter (:func:`saringan_audit`), its file."""
    return Pesan("{jumlah} baris jejak audit ({saringan}) ke {berkas}", jumlah=jumlah,
                 saringan=saringan, berkas=berkas)


def saringan_audit(pengguna: str | None = None, aksi: str | None = None,
                   id_keluarga: str | None = None, dari: str | None = None,
                   sampai: str | None = None) -> Pesan:
    """The audit log's filter in words (``aksi``, a code, as its label)."""
    nilai = (pengguna, LABEL_AKSI.get(aksi, aksi) if aksi else None, id_keluarga, dari, sampai)
    bagian = [buat(x) for (_awal, buat), x in zip(_BAGIAN_SARINGAN, nilai, strict=True) if x]
    return Pesan.gabung(", ", bagian) if bagian else Pesan("semua baris")


def wilayah(berkas: object, jumlah: object) -> Pesan:
    """An import of the region reference: its file and how many regions it brought."""
    return Pesan("{berkas}: {jumlah} wilayah", berkas=berkas, jumlah=jumlah)


def dipulihkan(sumber: object, versi: object, salinan: object) -> Pesan:
    """A restore from a backup: the backup, its schema and the copy kept of the database."""
    return Pesan("Dipulihkan dari {sumber} (skema {versi}); salinan basis data sebelumnya: "
                 "{salinan}", sumber=sumber, versi=versi, salinan=salinan)


def kelayakan_dikosongkan(nomor: object) -> Pesan:
    """The rows of migration 0012 (a family 'Belum diverifikasi' keeps no kelayakan)."""
    return Pesan("Pembaruan struktur basis data (migrasi {nomor}): keluarga berstatus 'Belum "
                 "diverifikasi' tidak boleh punya kelayakan atau alasan; isian lama "
                 "dikosongkan", nomor=nomor)


_BENTUK: tuple[Callable[..., Pesan], ...] = (
    ekspor, laporan_temuan, _laporan_temuan_samar, ekspor_audit, wilayah, dipulihkan,
    kelayakan_dikosongkan)
"""Every note of a fixed shape :func:`urai` reads back."""

def _label_aksi(teks: str) -> str:
    """An action's label as an argument: translated by the window when it is one of ours."""
    return Label(KONTEKS_AKSI, teks) if teks in LABEL_AKSI.values() else teks


_BAGIAN_SARINGAN: tuple[tuple[str, Callable[[str], Pesan]], ...] = (
    ("pengguna ", lambda x: Pesan("pengguna {nama}", nama=x)),
    ("tindakan ", lambda x: Pesan("tindakan {aksi}", aksi=_label_aksi(x))),
    ("keluarga ", lambda x: Pesan("keluarga {id}", id=x)),
    ("dari ", lambda x: Pesan("dari {tanggal}", tanggal=x)),
    ("sampai ", lambda x: Pesan("sampai {tanggal}", tanggal=x)),
)
"""The parts of :func:`saringan_audit`, in its order: how each starts, how it is made."""


def _urai_saringan(teks: str) -> object:
    if teks == "semua baris":
        return Pesan("semua baris")
    bagian = []
    for b in teks.split(", "):
        awal = next(((a, buat) for a, buat in _BAGIAN_SARINGAN if b.startswith(a)), None)
        bagian.append(awal[1](b[len(awal[0]):]) if awal else b)
    return Pesan.gabung(", ", bagian)


_URAI_ARGUMEN: dict[str, Callable[[str], object]] = {"saringan": _urai_saringan}
"""Arguments that are themselves made of known parts."""


@cache
def _pola() -> tuple[tuple[re.Pattern[str], Callable[..., Pesan]], ...]:
    """A pattern per shape of :data:`_BENTUK`: its template's text, each argument any text."""
    hasil = []
    for buat in _BENTUK:
        nama = list(inspect.signature(buat).parameters)
        templat = buat(**{n: f"{{{n}}}" for n in nama}).templat
        # an argument holds no "; ": that joins a note to another
        pola = "".join(f"(?P<{n}>(?:(?!; ).)+?)" if n else re.escape(teks)
                       for teks, n in _potong(templat))
        hasil.append((re.compile(f"^{pola}$", re.DOTALL), buat))
    return tuple(hasil)


def _potong(templat: str) -> list[tuple[str, str | None]]:
    """``templat`` as (literal text, None) and (placeholder, its name) pieces."""
    hasil: list[tuple[str, str | None]] = []
    for teks, nama, _spek, _ubah in string.Formatter().parse(templat):
        if teks:
            hasil.append((teks, None))
        if nama:
            hasil.append(("", nama))
    return hasil


def _cocok(teks: str) -> Pesan | None:
    for pola, buat in _pola():
        m = pola.match(teks)
        if m:
            return buat(**{k: _URAI_ARGUMEN.get(k, str)(v) for k, v in m.groupdict().items()})
    return None


def urai(teks: str | None) -> str:
    """A stored note as the message it was made from (shown in the window's language), or the
    text itself when it has no known shape. Equal to ``teks`` in every case."""
    if not teks:
        return teks or ""
    utuh = _cocok(teks)
    if utuh is not None:
        return utuh
    bagian = teks.split("; ")
    if len(bagian) == 1:
        return teks
    dikenal = [_cocok(b) or b for b in bagian]
    if all(type(b) is str for b in dikenal):
        return teks
    return Pesan.gabung("; ", dikenal)


LABEL_KUNCI: dict[str, Pesan] = {
    "berkas": Pesan("Berkas"),
    "wilayah": Pesan("Wilayah"),
    "hanya_disetujui": Pesan("Hanya yang disetujui"),
    "nik_penuh": Pesan("NIK lengkap"),
    "terenkripsi": Pesan("Terenkripsi"),
    "baris": Pesan("Baris"),
    "sha256": Pesan("SHA-256"),
    "sha256_data": Pesan("SHA-256 data"),
    "sha256_berkas": Pesan("SHA-256 berkas"),
    "penanda": Pesan("Penanda jejak"),
    "dikenal": Pesan("Penanda yang dikenal"),
    "gagal": Pesan("Gagal"),
    "diterapkan": Pesan("Keluarga diterapkan"),
    "baris_bermasalah": Pesan("Baris bermasalah"),
    "tidak_berwenang": Pesan("Tidak berwenang"),
    "isian": Pesan("Isian diubah"),
    "anggota_baru": Pesan("Anggota baru"),
    "konflik_diputuskan": Pesan("Konflik diputuskan"),
    "menunggu_keputusan": Pesan("Menunggu keputusan"),
    "cadangan": Pesan("Cadangan"),
    "desa": Pesan("Desa"),
    "keluarga": Pesan("Keluarga"),
}
"""The keys of the notes written as JSON (exports, re-imports, printed documents) in the
users' words; a key not here is shown as it is."""


def bagian_json(teks: str | None) -> list[tuple[str, object]] | None:
    """The (key, value) pairs of a note written as a JSON object, in its order; ``None`` for
    any other note."""
    if not teks or not teks.startswith("{"):
        return None
    try:
        isi = json.loads(teks)
    except ValueError:
        return None
    return list(isi.items()) if isinstance(isi, dict) else None


def _nilai_json(kunci: str, nilai: object) -> str:
    if isinstance(nilai, bool):
        return Pesan("ya") if nilai else Pesan("tidak")
    if nilai is None:
        return "-"
    if isinstance(nilai, dict):  # rows per sheet: the workbook's own sheet names
        return ", ".join(f"{k} {v}" for k, v in nilai.items())
    if isinstance(nilai, list):
        return ", ".join(map(str, nilai))
    if kunci == "wilayah" and nilai == "semua":
        return Pesan("semua")
    return str(nilai)


def tampilan(teks: str | None) -> str:
    """A note as the window shows it: one written as JSON as its keys' labels and values
    (``Berkas: a.xlsx; Hanya yang disetujui: tidak; Baris: Rekap 28, ...``), any other as
    :func:`urai` reads it (the stored text itself)."""
    bagian = bagian_json(teks)
    if bagian is None:
        return urai(teks)
    return Pesan.gabung("; ", [Pesan.gabung(": ", [LABEL_KUNCI.get(k, k), _nilai_json(k, v)])
                               for k, v in bagian])
