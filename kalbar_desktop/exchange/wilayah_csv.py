"""Import of a region reference CSV in the shape of ``wilayah_61_all.csv``:
``code,name,parent_code,level`` (codes without dots, read as text)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kalbar_desktop.domain import wilayah as dw
from kalbar_desktop.exchange.impor_p3ke import KesalahanImpor
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import temuan as simpan_temuan
from kalbar_desktop.storage import wilayah as sw
from kalbar_desktop.storage.db import BasisData, transaksi

_TINGKAT = {
    "provinsi": dw.Tingkat.PROVINSI, "kabupaten_kota": dw.Tingkat.KABUPATEN_KOTA,
    "kabupaten": dw.Tingkat.KABUPATEN_KOTA, "kota": dw.Tingkat.KABUPATEN_KOTA,
    "kecamatan": dw.Tingkat.KECAMATAN, "desa_kelurahan": dw.Tingkat.DESA_KELURAHAN,
    "desa": dw.Tingkat.DESA_KELURAHAN, "kelurahan": dw.Tingkat.DESA_KELURAHAN,
}


def baca(path: str | Path) -> list[sw.Wilayah]:
    """Read and check a reference CSV; raise :class:`KesalahanImpor` naming the row."""
    path = Path(path)
    try:
        teks = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as e:
        raise KesalahanImpor(f"Berkas tidak ditemukan: {path}") from e
    except UnicodeDecodeError as e:
        raise KesalahanImpor(f"Berkas {path.name} bukan CSV UTF-8.") from e
    pembaca = csv.DictReader(io.StringIO(teks))
    header = [h.strip().lower() for h in (pembaca.fieldnames or [])]
    wajib = {"code", "name", "parent_code", "level"}
    if not wajib <= set(header):
        raise KesalahanImpor(
            f"Berkas {path.name} bukan referensi wilayah: header harus "
            f"code,name,parent_code,level (tertulis: {','.join(header) or 'kosong'}).")
    pembaca.fieldnames = header
    hasil: list[sw.Wilayah] = []
    for nomor, baris in enumerate(pembaca, start=2):
        kode = dw.bersihkan_kode(baris.get("code"))
        nama = (baris.get("name") or "").strip()
        tingkat = _TINGKAT.get((baris.get("level") or "").strip().lower())
        induk = dw.bersihkan_kode(baris.get("parent_code")) or None
        if tingkat is None or dw.tingkat(kode) != tingkat or not nama:
            raise KesalahanImpor(
                f"Berkas {path.name}, baris {nomor}: kode '{baris.get('code')}', tingkat "
                f"'{baris.get('level')}' atau nama tidak sah.")
        if induk != dw.induk(kode):
            raise KesalahanImpor(
                f"Berkas {path.name}, baris {nomor}: induk {induk} tidak cocok dengan kode {kode}.")
        hasil.append(sw.Wilayah(kode, nama, tingkat.value, induk))
    if not hasil:
        raise KesalahanImpor(f"Berkas {path.name} tidak berisi satu pun wilayah.")
    return hasil


def impor(db: BasisData, path: str | Path, pengguna: str | None = None) -> int:
    """Load the reference into ``db`` and re-run the quality rules; returns the row count."""
    daftar = baca(path)
    with transaksi(db):
        n = sw.simpan_referensi(db, daftar)
        simpan_temuan.hitung_ulang_semua(db)
        audit.tulis(db, [audit.Catatan(
            aksi="IMPOR_WILAYAH", pengguna=pengguna, keterangan=f"{Path(path).name}: {n} wilayah")])
    return n
