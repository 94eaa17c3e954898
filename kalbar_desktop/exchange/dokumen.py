"""Printed documents of one desa, prepared as HTML (Qt's rich-text subset); the window and the
command line render them to PDF with Qt's own printing (:mod:`kalbar_desktop.ui.cetak`).

* **Berita Acara Hasil Verifikasi**: counts by status verifikasi and kelayakan, the list of
  families with their result, and signature blocks (operator, verifikator, kepala desa), for the
  village meeting (musyawarah desa).
* **Daftar Kunjungan**: the families to visit with address, head and members, and empty boxes
  for the result, for operators who go out without a laptop. NIKs are masked.

Printing a document with names is recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from kalbar_desktop import APP_NAME, __version__
from kalbar_desktop.domain import nik, status
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.domain.status import (
    AlasanTidakLayak,
    Kelayakan,
    Persetujuan,
    StatusAnggota,
    StatusVerifikasi,
)
from kalbar_desktop.domain.wilayah import Tingkat, tingkat
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage.db import BasisData, transaksi

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
KOSONG = "...................."


class KesalahanDokumen(Exception):
    """A document that cannot be made (Indonesian message)."""


class Orientasi(StrEnum):
    POTRET = "potret"
    LANSKAP = "lanskap"


@dataclass
class Dokumen:
    """A document ready to render: its title, HTML and page orientation."""

    judul: str
    html: str
    orientasi: Orientasi
    jumlah_keluarga: int
    nama_berkas: str
    """A suggested file name (``.pdf``)."""


@dataclass(frozen=True)
class OpsiBeritaAcara:
    kode_desa: str
    nomor: str | None = None
    tanggal: dt.date | None = None
    """Date of the musyawarah desa (empty lines to fill in by hand when not given)."""
    tempat: str | None = None
    nama_operator: str | None = None
    nama_verifikator: str | None = None
    nama_kepala_desa: str | None = None
    kantor: str | None = None


@dataclass(frozen=True)
class OpsiDaftarKunjungan:
    kode_desa: str
    semua: bool = False
    """All families; by default only those not yet visited (status Belum diverifikasi) and
    those sent back by the verifikator."""
    nama_petugas: str | None = None


def _e(teks: object) -> str:
    return html.escape("" if teks is None else str(teks))


def tanggal_panjang(tanggal: dt.date) -> str:
    """``23 November 2026``."""
    return f"{tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}"


def _tanggal_iso(teks: str | None) -> str:
    if not teks:
        return ""
    try:
        return dt.date.fromisoformat(teks).strftime("%d/%m/%Y")
    except ValueError:
        return teks


def _usia(lahir: str | None, pada: dt.date) -> str:
    try:
        t = dt.date.fromisoformat(lahir or "")
    except ValueError:
        return ""
    return str(pada.year - t.year - ((pada.month, pada.day) < (t.month, t.day)))


def _periksa_desa(db: BasisData, kode: str, pengguna: Pengguna) -> tuple[str, str, str]:
    """Check the code and the permission; returns (desa, kecamatan, kabupaten/kota) names."""
    if tingkat(kode or "") != Tingkat.DESA_KELURAHAN:
        raise KesalahanDokumen(f"Kode desa/kelurahan {kode!r} tidak sah: pakai kode 10 digit.")
    if not boleh(pengguna, Aksi.LIHAT, kode):
        raise KesalahanDokumen(f"{pengguna.nama} ({pengguna.peran}) tidak berwenang untuk "
                               f"desa/kelurahan {kode}.")
    nama = sekspor.nama_desa_dan_kecamatan(db, [kode])
    kab = sekspor.nama_wilayah(db, kode[:4]) or kode[:4]
    return nama.get(kode, kode), nama.get(kode[:6], kode[:6]), kab


def _jenis_desa(kode: str) -> str:
    return "Kelurahan" if kode[6:7] == "1" else "Desa"


def _catat(db: BasisData, pengguna: Pengguna, aksi: str, kode: str, jumlah: int) -> None:
    with transaksi(db):
        audit.tulis(db, [audit.Catatan(
            aksi=aksi, pengguna=pengguna.nama, tabel="dokumen", id_rekaman=kode,
            keterangan=json.dumps({"desa": kode, "keluarga": jumlah}, ensure_ascii=False))])


_TABEL = "<table border='1' cellspacing='0' style='border-collapse: collapse'"
_GAYA = """
<style>
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; text-align: center; margin: 0; }
h2 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
td, th { padding: 3px; vertical-align: top; }
th { background-color: #dde6f0; font-weight: bold; }
.angka { text-align: right; }
.tengah { text-align: center; }
.kecil { font-size: 7.5pt; color: #333333; }
</style>
"""


def _tabel_hitung(judul: str, baris: list[tuple[str, int, int]]) -> str:
    isi = "".join(f"<tr><td>{_e(n)}</td><td class='angka'>{k}</td><td class='angka'>{j}</td></tr>"
                  for n, k, j in baris)
    total_k = sum(k for _n, k, _j in baris)
    total_j = sum(j for _n, _k, j in baris)
    return (f"{_TABEL} cellpadding='3' width='75%'>"
            f"<thead><tr><th>{_e(judul)}</th><th>Jumlah keluarga</th><th>Jumlah jiwa</th></tr>"
            f"</thead>{isi}<tr><td><b>Jumlah</b></td><td class='angka'><b>{total_k}</b></td>"
            f"<td class='angka'><b>{total_j}</b></td></tr></table>")


def berita_acara(db: BasisData, opsi: OpsiBeritaAcara, pengguna: Pengguna) -> Dokumen:
    """The Berita Acara Hasil Verifikasi of one desa (recorded in the audit log)."""
    kode = opsi.kode_desa
    desa, kec, kab = _periksa_desa(db, kode, pengguna)
    keluarga = sekspor.keluarga_desa(db, kode)
    if not keluarga:
        raise KesalahanDokumen(f"Tidak ada keluarga di desa/kelurahan {desa} ({kode}).")
    jenis = _jenis_desa(kode)
    per_status: Counter = Counter()
    jiwa_status: Counter = Counter()
    per_layak: Counter = Counter()
    jiwa_layak: Counter = Counter()
    for k in keluarga:
        per_status[k["status_verifikasi"]] += 1
        jiwa_status[k["status_verifikasi"]] += k["jumlah_anggota"]
        per_layak[k["kelayakan"] or ""] += 1
        jiwa_layak[k["kelayakan"] or ""] += k["jumlah_anggota"]
    tabel_status = _tabel_hitung("Status verifikasi", [
        (status.LABEL[s], per_status[s.value], jiwa_status[s.value]) for s in StatusVerifikasi])
    tabel_layak = _tabel_hitung("Kelayakan", [
        *((status.LABEL[s], per_layak[s.value], jiwa_layak[s.value]) for s in Kelayakan),
        ("Belum ditentukan", per_layak[""], jiwa_layak[""])])
    disetujui = sum(1 for k in keluarga if k["persetujuan"] == Persetujuan.DISETUJUI)

    baris = []
    for i, k in enumerate(keluarga, start=1):
        ket = []
        if k["alasan"]:
            ket.append(status.label(k["alasan"], AlasanTidakLayak))
        if k["alasan_lainnya"]:
            ket.append(k["alasan_lainnya"])
        if k["pindah_ke"]:
            ket.append(f"pindah ke {k['pindah_ke']}")
        if k["id_keluarga_ganda"]:
            ket.append(f"ganda dengan {k['id_keluarga_ganda']}")
        baris.append(
            f"<tr><td class='angka'>{i}</td><td>{_e(k['id_keluarga'])}</td>"
            f"<td>{_e(k['nama_kepala'])}</td><td>{_e(k['alamat'])}</td>"
            f"<td class='tengah'>{_e(k['desil'])}</td>"
            f"<td class='angka'>{k['jumlah_anggota']}</td>"
            f"<td>{_e(status.label(k['status_verifikasi'], StatusVerifikasi))}</td>"
            f"<td>{_e(status.label(k['kelayakan'], Kelayakan))}</td>"
            f"<td>{_e('; '.join(ket))}</td>"
            f"<td>{_e(status.label(k['persetujuan'], Persetujuan))}</td></tr>")

    if opsi.tanggal:
        t = opsi.tanggal
        pembuka = (f"Pada hari ini {HARI[t.weekday()]} tanggal {t.day} bulan {BULAN[t.month - 1]}"
                   f" tahun {t.year}")
    else:
        pembuka = f"Pada hari ini {KOSONG} tanggal {KOSONG} bulan {KOSONG} tahun {KOSONG}"
    tempat = _e(opsi.tempat) if opsi.tempat else KOSONG
    tanggal_ttd = tanggal_panjang(opsi.tanggal) if opsi.tanggal else KOSONG
    kepala_desa = "Lurah" if jenis == "Kelurahan" else "Kepala Desa"

    def ttd(jabatan: str, nama: str | None, atas: str = "") -> str:
        return (f"<td width='33%' class='tengah'>{atas}<br>{_e(jabatan)}<br><br><br><br><br>"
                f"( {_e(nama) if nama else '.' * 34} )</td>")

    isi = f"""<html><head>{_GAYA}</head><body>
<h1>BERITA ACARA<br>HASIL VERIFIKASI DATA P3KE</h1>
<p class='tengah'><b>{_e(jenis.upper())} {_e(desa.upper())} KECAMATAN {_e(kec.upper())}<br>
{_e(kab.upper())}</b></p>
<p class='tengah'>Nomor: {_e(opsi.nomor) if opsi.nomor else KOSONG * 2}</p>
<p>{pembuka}, bertempat di {tempat}, telah dilaksanakan musyawarah {jenis.lower()} untuk
membahas hasil verifikasi data Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem (P3KE)
{_e(jenis)} {_e(desa)} (kode {_e(kode)}), dengan hasil sebagai berikut.</p>
<h2>A. Rekapitulasi hasil verifikasi ({len(keluarga)} keluarga)</h2>
{tabel_status}
<p></p>
{tabel_layak}
<p>Keluarga yang sudah disetujui verifikator: {disetujui} dari {len(keluarga)}.</p>
<h2>B. Daftar keluarga dan hasil verifikasi</h2>
{_TABEL} cellpadding='2' width='100%'>
<thead><tr><th>No</th><th>ID Keluarga</th><th>Kepala keluarga</th><th>Alamat</th><th>Desil</th>
<th>Jml jiwa</th><th>Status verifikasi</th><th>Kelayakan</th><th>Keterangan</th>
<th>Persetujuan</th></tr></thead>
{''.join(baris)}
</table>
<p>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.
</p>
<p align='right'>{tempat}, {tanggal_ttd}</p>
<table width='100%' cellpadding='4'><tr>
{ttd('Operator', opsi.nama_operator, 'Dibuat oleh,')}
{ttd('Verifikator', opsi.nama_verifikator, 'Diperiksa oleh,')}
{ttd(f'{kepala_desa} {desa}', opsi.nama_kepala_desa, 'Mengetahui,')}
</tr></table>
<p class='kecil'>Dicetak dengan {APP_NAME} {__version__} oleh {_e(pengguna.nama)} pada
{dt.datetime.now().strftime('%d/%m/%Y %H:%M')}{(' - ' + _e(opsi.kantor)) if opsi.kantor else ''}.
</p>
</body></html>"""
    _catat(db, pengguna, "CETAK_BERITA_ACARA", kode, len(keluarga))
    return Dokumen(f"Berita Acara Hasil Verifikasi - {jenis} {desa}", isi, Orientasi.LANSKAP,
                   len(keluarga), f"Berita_Acara_{kode}.pdf")


_KOTAK = "&#9744;"  # a ballot box to tick by hand


def daftar_kunjungan(db: BasisData, opsi: OpsiDaftarKunjungan, pengguna: Pengguna) -> Dokumen:
    """The field list of one desa: families to visit with their members and boxes for the
    result (recorded in the audit log). NIKs are masked."""
    kode = opsi.kode_desa
    desa, kec, kab = _periksa_desa(db, kode, pengguna)
    keluarga = sekspor.keluarga_desa(db, kode, dengan_anggota=True)
    if not opsi.semua:
        keluarga = [k for k in keluarga if k["status_verifikasi"] == StatusVerifikasi.BELUM
                    or k["persetujuan"] == Persetujuan.DIKEMBALIKAN]
    if not keluarga:
        raise KesalahanDokumen(
            f"Tidak ada keluarga yang perlu dikunjungi di {_jenis_desa(kode).lower()} {desa} "
            f"({kode}).")
    hari_ini = dt.date.today()
    hasil = "<br>".join(f"{_KOTAK}&nbsp;{_e(status.LABEL[s]).replace(' ', '&nbsp;')}" for s in (
        StatusVerifikasi.DITEMUKAN, StatusVerifikasi.TIDAK_DITEMUKAN, StatusVerifikasi.PINDAH,
        StatusVerifikasi.MENINGGAL, StatusVerifikasi.GANDA))
    layak = "<br>".join(f"{_KOTAK}&nbsp;{_e(status.LABEL[s])}" for s in Kelayakan)
    baris = []
    for i, k in enumerate(keluarga, start=1):
        anggota = []
        for a in k.get("anggota", []):
            jk = {"Laki-laki": "L", "Perempuan": "P"}.get(a["jenis_kelamin"] or "", "")
            usia = _usia(a["tanggal_lahir"], hari_ini)
            tanda = ""
            if a["status_anggota"] and a["status_anggota"] != StatusAnggota.ADA:
                tanda = f" [{_e(status.label(a['status_anggota'], StatusAnggota))}]"
            anggota.append(
                f"{_e(a['nama'])} - {_e(a['hubungan'] or '')}, {jk}"
                f"{', ' + usia + ' th' if usia else ''}"
                f" <span class='kecil'>{_e(nik.samarkan_nik(a['nik']))}</span>{tanda}")
        kembali = ""
        if k["persetujuan"] == Persetujuan.DIKEMBALIKAN:
            kembali = (f"<br><b>Dikembalikan:</b> {_e(k.get('catatan_pengembalian') or '')}")
        baris.append(
            f"<tr><td class='angka'>{i}</td>"
            f"<td><b>{_e(k['nama_kepala'])}</b><br>{_e(k['alamat'])}<br>"
            f"<span class='kecil'>ID {_e(k['id_keluarga'])} - desil {_e(k['desil'])}</span>"
            f"{kembali}</td>"
            f"<td>{'<br>'.join(anggota) or '-'}</td>"
            f"<td>{hasil}<br>Pindah ke: __________</td>"
            f"<td>{layak}<br>Alasan: ___________</td>"
            f"<td width='16%'>&nbsp;</td></tr>")
    saring = ("keluarga (semua keluarga di desa ini)" if opsi.semua
              else "keluarga yang belum diverifikasi atau dikembalikan verifikator")
    jenis = _jenis_desa(kode)
    isi = f"""<html><head>{_GAYA}</head><body>
<h1>DAFTAR KUNJUNGAN VERIFIKASI P3KE</h1>
<p class='tengah'><b>{_e(jenis)} {_e(desa)} ({_e(kode)}) - Kecamatan {_e(kec)} - {_e(kab)}</b></p>
<p>Isi: {len(keluarga)} {saring}. Dicetak {tanggal_panjang(hari_ini)}.
&nbsp;&nbsp; Petugas: {_e(opsi.nama_petugas) if opsi.nama_petugas else KOSONG * 2}
&nbsp;&nbsp; Tanggal kunjungan: {KOSONG}</p>
<p class='kecil'>Beri tanda centang pada hasil kunjungan dan kelayakan; tulis catatan di kolom
terakhir. NIK ditampilkan tersamar (6 digit awal dan 4 digit akhir); cocokkan dengan KTP/KK.</p>
{_TABEL} cellpadding='3' width='100%'>
<thead><tr><th width='3%'>No</th><th width='20%'>Kepala keluarga / alamat</th>
<th width='26%'>Anggota keluarga</th><th width='17%'>Hasil kunjungan</th>
<th width='14%'>Kelayakan</th><th>Catatan</th></tr></thead>
{''.join(baris)}
</table>
<p class='kecil'>Dicetak dengan {APP_NAME} {__version__} oleh {_e(pengguna.nama)}.</p>
</body></html>"""
    _catat(db, pengguna, "CETAK_DAFTAR_KUNJUNGAN", kode, len(keluarga))
    return Dokumen(f"Daftar Kunjungan - {jenis} {desa}", isi, Orientasi.LANSKAP,
                   len(keluarga), f"Daftar_Kunjungan_{kode}.pdf")
