"""The domain's labels as the interface shows them: translated.

The domain (``domain/status.py``, ``domain/temuan.py``, ``domain/akses.py``...) keeps its
Indonesian labels and stays free of Qt; the provincial workbook and the printed documents use
them as they are. The window shows them through Qt's translation system: the tables below mark
the same texts with ``QT_TRANSLATE_NOOP`` (so ``pyside6-lupdate`` puts them in the ``.ts``),
and the functions translate them when they are shown. ``tests/ui/test_bahasa_lengkap.py``
checks that every domain label has its entry here with the same Indonesian text, so a label
added to the domain without one fails the tests.

P3KE code values (``Laki-laki``, ``Tamat SLTA/Sederajat``...) are data, stored and exported as
the official Indonesian labels; the window shows them translated through
:mod:`kalbar_desktop.ui.label_kode`.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kalbar_desktop.domain import jejak
from kalbar_desktop.domain import status as ds
from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.domain.temuan import Aturan
from kalbar_desktop.storage.migrations import migrasi_penulis

S, K, A, P, G = (ds.StatusVerifikasi, ds.Kelayakan, ds.AlasanTidakLayak, ds.Persetujuan,
                 ds.StatusAnggota)

LABEL_STATUS: dict[tuple[type[StrEnum], str], str] = {
    (S, S.BELUM): QT_TRANSLATE_NOOP("StatusVerifikasi", "Belum diverifikasi"),
    (S, S.DITEMUKAN): QT_TRANSLATE_NOOP("StatusVerifikasi", "Ditemukan"),
    (S, S.TIDAK_DITEMUKAN): QT_TRANSLATE_NOOP("StatusVerifikasi", "Tidak ditemukan"),
    (S, S.PINDAH): QT_TRANSLATE_NOOP("StatusVerifikasi", "Pindah"),
    (S, S.MENINGGAL): QT_TRANSLATE_NOOP("StatusVerifikasi", "Meninggal (seluruh anggota)"),
    (S, S.GANDA): QT_TRANSLATE_NOOP("StatusVerifikasi", "Ganda"),
    (S, S.USULAN_BARU): QT_TRANSLATE_NOOP("StatusVerifikasi", "Usulan baru"),
    (K, K.LAYAK): QT_TRANSLATE_NOOP("Kelayakan", "Layak"),
    (K, K.LAYAK_INTERVENSI): QT_TRANSLATE_NOOP("Kelayakan", "Layak dengan intervensi"),
    (K, K.TIDAK_LAYAK): QT_TRANSLATE_NOOP("Kelayakan", "Tidak layak"),
    (A, A.MAMPU): QT_TRANSLATE_NOOP("AlasanTidakLayak", "Mampu"),
    (A, A.ASN_TNI_POLRI): QT_TRANSLATE_NOOP("AlasanTidakLayak", "ASN/TNI/Polri"),
    (A, A.MENINGGAL): QT_TRANSLATE_NOOP("AlasanTidakLayak", "Meninggal"),
    (A, A.PINDAH): QT_TRANSLATE_NOOP("AlasanTidakLayak", "Pindah"),
    (A, A.TIDAK_DITEMUKAN): QT_TRANSLATE_NOOP("AlasanTidakLayak", "Tidak ditemukan"),
    (A, A.LAINNYA): QT_TRANSLATE_NOOP("AlasanTidakLayak", "Lainnya"),
    (P, P.DRAF): QT_TRANSLATE_NOOP("Persetujuan", "Draf"),
    (P, P.DIAJUKAN): QT_TRANSLATE_NOOP("Persetujuan", "Diajukan"),
    (P, P.DISETUJUI): QT_TRANSLATE_NOOP("Persetujuan", "Disetujui"),
    (P, P.DIKEMBALIKAN): QT_TRANSLATE_NOOP("Persetujuan", "Dikembalikan"),
    (G, G.ADA): QT_TRANSLATE_NOOP("StatusAnggota", "Ada"),
    (G, G.MENINGGAL): QT_TRANSLATE_NOOP("StatusAnggota", "Meninggal"),
    (G, G.PINDAH_KELUAR): QT_TRANSLATE_NOOP("StatusAnggota", "Pindah/keluar"),
    (G, G.MENIKAH_KELUAR): QT_TRANSLATE_NOOP("StatusAnggota", "Menikah keluar"),
    (G, G.ANGGOTA_BARU): QT_TRANSLATE_NOOP("StatusAnggota", "Anggota baru"),
    (ds.JenisPindah, ds.JenisPindah.DALAM_KABUPATEN): QT_TRANSLATE_NOOP(
        "JenisPindah", "Pindah dalam kabupaten"),
    (ds.JenisPindah, ds.JenisPindah.LUAR_KABUPATEN): QT_TRANSLATE_NOOP(
        "JenisPindah", "Pindah keluar kabupaten"),
}
"""The labels of :data:`kalbar_desktop.domain.status.LABEL`, keyed by (enum, code): codes such
as ``MENINGGAL`` exist in several enums with different labels (and equal ``StrEnum`` members
are one dict key). The translation context is the enum's name."""

LABEL_FIELD: dict[str, str] = {
    "status_verifikasi": QT_TRANSLATE_NOOP("IsianVerifikasi", "Status verifikasi"),
    "kelayakan": QT_TRANSLATE_NOOP("IsianVerifikasi", "Kelayakan"),
    "alasan": QT_TRANSLATE_NOOP("IsianVerifikasi", "Alasan tidak layak"),
    "alasan_lainnya": QT_TRANSLATE_NOOP("IsianVerifikasi", "Alasan lainnya"),
    "pindah_ke": QT_TRANSLATE_NOOP("IsianVerifikasi", "Pindah ke"),
    "id_keluarga_ganda": QT_TRANSLATE_NOOP("IsianVerifikasi",
                                           "ID Keluarga ganda (yang dipertahankan)"),
    "tanggal_kunjungan": QT_TRANSLATE_NOOP("IsianVerifikasi", "Tanggal kunjungan"),
    "nama_verifikator": QT_TRANSLATE_NOOP("IsianVerifikasi", "Nama verifikator"),
    "catatan": QT_TRANSLATE_NOOP("IsianVerifikasi", "Catatan"),
    "no_musdes": QT_TRANSLATE_NOOP("IsianVerifikasi", "Nomor BA musdes"),
    "tanggal_musdes": QT_TRANSLATE_NOOP("IsianVerifikasi", "Tanggal musdes"),
    "persetujuan": QT_TRANSLATE_NOOP("IsianVerifikasi", "Persetujuan"),
    "catatan_pengembalian": QT_TRANSLATE_NOOP("IsianVerifikasi", "Catatan pengembalian"),
    "pindah_ke_kode": QT_TRANSLATE_NOOP("IsianVerifikasi", "Kode desa tujuan pindah"),
}
"""Mirror of :data:`kalbar_desktop.domain.status.LABEL_FIELD`."""

LABEL_ISIAN_P3KE: dict[str, str] = {
    "id_keluarga": QT_TRANSLATE_NOOP("IsianP3KE", "ID Keluarga"),
    "dimutakhirkan_tahun": QT_TRANSLATE_NOOP("IsianP3KE", "Dimutakhirkan tahun"),
    "provinsi": QT_TRANSLATE_NOOP("IsianP3KE", "Provinsi"),
    "kabupaten": QT_TRANSLATE_NOOP("IsianP3KE", "Kabupaten/kota"),
    "kecamatan": QT_TRANSLATE_NOOP("IsianP3KE", "Kecamatan"),
    "desa": QT_TRANSLATE_NOOP("IsianP3KE", "Desa/kelurahan"),
    "kode_kemdagri": QT_TRANSLATE_NOOP("IsianP3KE", "Kode wilayah Kemendagri"),
    "desil": QT_TRANSLATE_NOOP("IsianP3KE", "Desil"),
    "persentil": QT_TRANSLATE_NOOP("IsianP3KE", "Persentil"),
    "alamat": QT_TRANSLATE_NOOP("IsianP3KE", "Alamat"),
    "prioritas_verval": QT_TRANSLATE_NOOP("IsianP3KE", "Prioritas verval"),
    "no_kk": QT_TRANSLATE_NOOP("IsianP3KE", "No KK"),
    "nama_kepala": QT_TRANSLATE_NOOP("IsianP3KE", "Nama kepala keluarga"),
    "nik_kepala": QT_TRANSLATE_NOOP("IsianP3KE", "NIK kepala keluarga"),
    "padan_dukcapil": QT_TRANSLATE_NOOP("IsianP3KE", "Padan Dukcapil"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("IsianP3KE", "Jenis kelamin"),
    "tanggal_lahir": QT_TRANSLATE_NOOP("IsianP3KE", "Tanggal lahir"),
    "status_kawin": QT_TRANSLATE_NOOP("IsianP3KE", "Status kawin"),
    "pekerjaan": QT_TRANSLATE_NOOP("IsianP3KE", "Pekerjaan"),
    "status_pekerjaan": QT_TRANSLATE_NOOP("IsianP3KE", "Status pekerjaan"),
    "pendidikan": QT_TRANSLATE_NOOP("IsianP3KE", "Pendidikan"),
    "kepemilikan_rumah": QT_TRANSLATE_NOOP("IsianP3KE", "Kepemilikan rumah"),
    "memiliki_simpanan": QT_TRANSLATE_NOOP("IsianP3KE", "Memiliki simpanan"),
    "jenis_atap": QT_TRANSLATE_NOOP("IsianP3KE", "Jenis atap"),
    "kualitas_atap": QT_TRANSLATE_NOOP("IsianP3KE", "Kualitas atap"),
    "jenis_dinding": QT_TRANSLATE_NOOP("IsianP3KE", "Jenis dinding"),
    "kualitas_dinding": QT_TRANSLATE_NOOP("IsianP3KE", "Kualitas dinding"),
    "jenis_lantai": QT_TRANSLATE_NOOP("IsianP3KE", "Jenis lantai"),
    "kualitas_lantai": QT_TRANSLATE_NOOP("IsianP3KE", "Kualitas lantai"),
    "sumber_penerangan": QT_TRANSLATE_NOOP("IsianP3KE", "Penerangan"),
    "daya_listrik": QT_TRANSLATE_NOOP("IsianP3KE", "Daya listrik"),
    "bahan_bakar_memasak": QT_TRANSLATE_NOOP("IsianP3KE", "Bahan bakar masak"),
    "sumber_air_minum": QT_TRANSLATE_NOOP("IsianP3KE", "Sumber air minum"),
    "fasilitas_bab": QT_TRANSLATE_NOOP("IsianP3KE", "Fasilitas BAB"),
    "resiko_stunting": QT_TRANSLATE_NOOP("IsianP3KE", "Risiko stunting"),
    "penerima_bpnt": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima BPNT"),
    "penerima_bpum": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima BPUM"),
    "penerima_bst": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima BST"),
    "penerima_pkh": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima PKH"),
    "penerima_sembako": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima Sembako"),
    "penerima_prakerja": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima Prakerja"),
    "penerima_kur": QT_TRANSLATE_NOOP("IsianP3KE", "Penerima KUR"),
    "pensasaran": QT_TRANSLATE_NOOP("IsianP3KE", "Pensasaran"),
    # members (anggota)
    "id_individu": QT_TRANSLATE_NOOP("IsianP3KE", "ID Individu"),
    "nama": QT_TRANSLATE_NOOP("IsianP3KE", "Nama"),
    "nik": QT_TRANSLATE_NOOP("IsianP3KE", "NIK"),
    "hubungan": QT_TRANSLATE_NOOP("IsianP3KE", "Hubungan dengan kepala keluarga"),
}
"""Mirror of :data:`kalbar_desktop.domain.kolom.LABEL_ISIAN`: the short labels of the P3KE
fields (families and members) for the form, the history and the audit window; the exact P3KE
header (``domain/kolom.py``) is shown in the tooltip."""

LABEL_KOLOM_LAIN: dict[str, str] = {
    "status_anggota": QT_TRANSLATE_NOOP("IsianP3KE", "Status anggota"),
    "nik_perbaikan": QT_TRANSLATE_NOOP("IsianP3KE", "NIK perbaikan"),
    "peran": QT_TRANSLATE_NOOP("IsianP3KE", "Peran"),
    "wilayah": QT_TRANSLATE_NOOP("IsianP3KE", "Wilayah kerja"),
}
"""Mirror of :data:`kalbar_desktop.domain.jejak.LABEL_KOLOM_LAIN` (a member's and an account's
fields)."""

LABEL_PERAN: dict[Peran, str] = {
    Peran.OPERATOR: QT_TRANSLATE_NOOP("Peran", "Operator"),
    Peran.VERIFIKATOR: QT_TRANSLATE_NOOP("Peran", "Verifikator"),
    Peran.ADMIN: QT_TRANSLATE_NOOP("Peran", "Admin"),
}
"""Mirror of :data:`kalbar_desktop.domain.akses.LABEL_PERAN`."""

NAMA_ATURAN: dict[Aturan, str] = {
    Aturan.NIK_FORMAT: QT_TRANSLATE_NOOP("Temuan", "NIK tidak sah"),
    Aturan.NIK_RUSAK_EXCEL: QT_TRANSLATE_NOOP("Temuan", "NIK rusak oleh Excel"),
    Aturan.NIK_GANDA: QT_TRANSLATE_NOOP("Temuan", "NIK ganda"),
    Aturan.NIK_TGL_LAHIR: QT_TRANSLATE_NOOP("Temuan", "Tanggal lahir beda NIK"),
    Aturan.NIK_JENIS_KELAMIN: QT_TRANSLATE_NOOP("Temuan", "Jenis kelamin beda NIK"),
    Aturan.NIK_KOSONG: QT_TRANSLATE_NOOP("Temuan", "NIK kosong"),
    Aturan.KK_TANPA_KEPALA: QT_TRANSLATE_NOOP("Temuan", "Tanpa kepala keluarga"),
    Aturan.KK_KEPALA_GANDA: QT_TRANSLATE_NOOP("Temuan", "Kepala keluarga ganda"),
    Aturan.WILAYAH_TIDAK_DIKENAL: QT_TRANSLATE_NOOP("Temuan", "Wilayah tidak dikenal"),
    Aturan.KODE_TIDAK_DIKENAL: QT_TRANSLATE_NOOP("Temuan", "Kode isian tidak dikenal"),
    Aturan.TANGGAL_TIDAK_VALID: QT_TRANSLATE_NOOP("Temuan", "Tanggal tidak sah"),
    Aturan.NO_KK_FORMAT: QT_TRANSLATE_NOOP("Temuan", "No KK tidak sah"),
    Aturan.ID_RUSAK_EXCEL: QT_TRANSLATE_NOOP("Temuan", "ID rusak oleh Excel"),
    Aturan.ID_INDIVIDU_KOSONG: QT_TRANSLATE_NOOP("Temuan", "ID Individu kosong"),
    Aturan.NO_KK_KOSONG: QT_TRANSLATE_NOOP("Temuan", "No KK kosong"),
    Aturan.NIK_KEPALA_BERBEDA: QT_TRANSLATE_NOOP("Temuan", "NIK kepala berbeda"),
    Aturan.SEL_GALAT_EXCEL: QT_TRANSLATE_NOOP("Temuan", "Sel galat Excel"),
    Aturan.NAMA_KOSONG: QT_TRANSLATE_NOOP("Temuan", "Nama kosong"),
}
"""Short names of the finding rules (dashboard bars, the form's list)."""

PENJELASAN_ATURAN: dict[Aturan, str] = {
    Aturan.NIK_FORMAT: QT_TRANSLATE_NOOP(
        "Temuan", "NIK tidak 16 digit angka, atau bagiannya tidak mungkin (kode provinsi, "
                  "tanggal, nomor urut 0000)."),
    Aturan.NIK_RUSAK_EXCEL: QT_TRANSLATE_NOOP(
        "Temuan", "NIK tersimpan sebagai angka atau notasi ilmiah oleh Excel; digit terakhir "
                  "bisa sudah hilang. Cek ke Dukcapil."),
    Aturan.NIK_GANDA: QT_TRANSLATE_NOOP("Temuan", "NIK yang sama dipakai lebih dari satu orang."),
    Aturan.NIK_TGL_LAHIR: QT_TRANSLATE_NOOP(
        "Temuan", "Tanggal lahir di NIK berbeda dengan kolom Tanggal Lahir."),
    Aturan.NIK_JENIS_KELAMIN: QT_TRANSLATE_NOOP(
        "Temuan", "Jenis kelamin menurut NIK (tanggal +40 untuk perempuan) berbeda dengan kolom "
                  "Jenis Kelamin."),
    Aturan.NIK_KOSONG: QT_TRANSLATE_NOOP(
        "Temuan", "NIK kosong, atau tertulis sebagai tanda kosong (-, NULL, 0, KOSONG, TIDAK "
                  "ADA, N/A)."),
    Aturan.KK_TANPA_KEPALA: QT_TRANSLATE_NOOP(
        "Temuan", "Keluarga tanpa anggota berhubungan Kepala Keluarga."),
    Aturan.KK_KEPALA_GANDA: QT_TRANSLATE_NOOP(
        "Temuan", "Keluarga dengan lebih dari satu Kepala Keluarga."),
    Aturan.WILAYAH_TIDAK_DIKENAL: QT_TRANSLATE_NOOP(
        "Temuan", "Kode Kemdagri tidak ada di referensi wilayah yang dimuat."),
    Aturan.KODE_TIDAK_DIKENAL: QT_TRANSLATE_NOOP(
        "Temuan", "Nilai di luar daftar kode P3KE; disimpan apa adanya."),
    Aturan.TANGGAL_TIDAK_VALID: QT_TRANSLATE_NOOP(
        "Temuan", "Tanggal tidak bisa dibaca atau tidak mungkin."),
    Aturan.NO_KK_FORMAT: QT_TRANSLATE_NOOP(
        "Temuan", "No KK tidak 16 digit angka atau bagiannya tidak mungkin."),
    Aturan.ID_RUSAK_EXCEL: QT_TRANSLATE_NOOP(
        "Temuan", "ID Keluarga atau ID Individu tersimpan sebagai angka oleh Excel; nol di "
                  "depannya bisa sudah hilang. Ubah sel menjadi Teks di berkas sumber. Teks "
                  "berakhiran .0 (0061720001.0): .0 dibuang, nol di depannya utuh."),
    Aturan.ID_INDIVIDU_KOSONG: QT_TRANSLATE_NOOP(
        "Temuan", "ID Individu kosong di berkas sumber; aplikasi memakai ID sementara sampai "
                  "berkas berikutnya membawa ID aslinya."),
    Aturan.NO_KK_KOSONG: QT_TRANSLATE_NOOP(
        "Temuan", "No KK di berkas sumber tertulis sebagai tanda kosong (-, NULL, 0, KOSONG, "
                  "TIDAK ADA, N/A), atau selnya kosong di berkas yang punya kolom No KK. Minta "
                  "No KK ke Dukcapil."),
    Aturan.NIK_KEPALA_BERBEDA: QT_TRANSLATE_NOOP(
        "Temuan", "NIK Kepala Keluarga di berkas keluarga tidak sama dengan NIK anggota "
                  "berhubungan Kepala Keluarga di berkas individu."),
    Aturan.SEL_GALAT_EXCEL: QT_TRANSLATE_NOOP(
        "Temuan", "Sel di berkas sumber berisi galat Excel (#N/A, #REF!, #VALUE!, ...), "
                  "biasanya rumus seperti VLOOKUP yang gagal: nilai aslinya tidak ada di "
                  "berkas. Perbaiki rumusnya di Excel (atau minta berkas yang bersih), lalu "
                  "impor lagi."),
    Aturan.NAMA_KOSONG: QT_TRANSLATE_NOOP(
        "Temuan", "Nama anggota atau kepala keluarga kosong, atau tertulis sebagai tanda "
                  "kosong (-, NULL, 0, KOSONG, TIDAK ADA, N/A). Minta namanya ke Dukcapil."),
}
"""Mirror of :data:`kalbar_desktop.domain.temuan.PENJELASAN`."""

LABEL_DESIL: dict[str, str] = {
    "1": QT_TRANSLATE_NOOP("Desil", "Sangat miskin"),
    "2": QT_TRANSLATE_NOOP("Desil", "Miskin"),
    "3": QT_TRANSLATE_NOOP("Desil", "Hampir miskin"),
    "4": QT_TRANSLATE_NOOP("Desil", "Rentan miskin"),
}
"""Mirror of :data:`kalbar_desktop.domain.codes.LABEL_DESIL`."""

LABEL_AKSI_AUDIT: dict[str, str] = {
    "MASUK": QT_TRANSLATE_NOOP("AksiAudit", "Masuk"),
    "MASUK_GAGAL": QT_TRANSLATE_NOOP("AksiAudit", "Gagal masuk"),
    "KELUAR": QT_TRANSLATE_NOOP("AksiAudit", "Keluar"),
    "KUNCI_LAYAR": QT_TRANSLATE_NOOP("AksiAudit", "Layar dikunci"),
    "AKUN_DIBUAT": QT_TRANSLATE_NOOP("AksiAudit", "Akun dibuat"),
    "AKUN_DINONAKTIFKAN": QT_TRANSLATE_NOOP("AksiAudit", "Akun dinonaktifkan"),
    "AKUN_DIAKTIFKAN": QT_TRANSLATE_NOOP("AksiAudit", "Akun diaktifkan"),
    "AKUN_DIUBAH": QT_TRANSLATE_NOOP("AksiAudit", "Akun diubah"),
    "SANDI_DIGANTI": QT_TRANSLATE_NOOP("AksiAudit", "Kata sandi diganti"),
    "CADANGAN": QT_TRANSLATE_NOOP("AksiAudit", "Cadangan dibuat"),
    "PULIHKAN": QT_TRANSLATE_NOOP("AksiAudit", "Dipulihkan dari cadangan"),
    "PENGATURAN": QT_TRANSLATE_NOOP("AksiAudit", "Pengaturan diubah"),
    "EKSPOR_AUDIT": QT_TRANSLATE_NOOP("AksiAudit", "Ekspor jejak audit"),
    "IMPOR": QT_TRANSLATE_NOOP("AksiAudit", "Impor"),
    "EKSPOR": QT_TRANSLATE_NOOP("AksiAudit", "Ekspor"),
    "UBAH": QT_TRANSLATE_NOOP("AksiAudit", "Ubah verifikasi"),
    "KOREKSI": QT_TRANSLATE_NOOP("AksiAudit", "Koreksi data"),
    "TAMBAH_ANGGOTA": QT_TRANSLATE_NOOP("AksiAudit", "Tambah anggota"),
    "TAMBAH_USULAN": QT_TRANSLATE_NOOP("AksiAudit", "Tambah usulan baru"),
    "AJUKAN": QT_TRANSLATE_NOOP("AksiAudit", "Ajukan"),
    "SETUJUI": QT_TRANSLATE_NOOP("AksiAudit", "Setujui"),
    "KEMBALIKAN": QT_TRANSLATE_NOOP("AksiAudit", "Kembalikan"),
    "BUKA_KEMBALI": QT_TRANSLATE_NOOP("AksiAudit", "Buka kembali"),
    "IMPOR_KOREKSI": QT_TRANSLATE_NOOP("AksiAudit", "Impor workbook koreksi"),
    "PILIH_KONFLIK": QT_TRANSLATE_NOOP("AksiAudit", "Pilih nilai konflik impor ulang"),
    "IMPOR_WILAYAH": QT_TRANSLATE_NOOP("AksiAudit", "Impor referensi wilayah"),
    "EKSPOR_NAMA": QT_TRANSLATE_NOOP("AksiAudit", "Ekspor dengan nama"),
    "EKSPOR_REKAP": QT_TRANSLATE_NOOP("AksiAudit", "Ekspor rekap"),
    "EKSPOR_NAMA_GAGAL": QT_TRANSLATE_NOOP("AksiAudit", "Ekspor dengan nama gagal"),
    "EKSPOR_REKAP_GAGAL": QT_TRANSLATE_NOOP("AksiAudit", "Ekspor rekap gagal"),
    "CETAK_BERITA_ACARA": QT_TRANSLATE_NOOP("AksiAudit", "Cetak Berita Acara"),
    "CETAK_DAFTAR_KUNJUNGAN": QT_TRANSLATE_NOOP("AksiAudit", "Cetak Daftar Kunjungan"),
    "MIGRASI": QT_TRANSLATE_NOOP("AksiAudit", "Pembaruan struktur basis data"),
}

LABEL_TABEL_AUDIT: dict[str, str] = {
    "keluarga": QT_TRANSLATE_NOOP("TabelAudit", "Data P3KE keluarga"),
    "anggota": QT_TRANSLATE_NOOP("TabelAudit", "Anggota keluarga"),
    "verifikasi_keluarga": QT_TRANSLATE_NOOP("TabelAudit", "Verifikasi keluarga"),
    "verifikasi_anggota": QT_TRANSLATE_NOOP("TabelAudit", "Verifikasi anggota"),
    "pengguna": QT_TRANSLATE_NOOP("TabelAudit", "Akun pengguna"),
    "impor": QT_TRANSLATE_NOOP("TabelAudit", "Impor"),
    "ekspor": QT_TRANSLATE_NOOP("TabelAudit", "Ekspor"),
    "dokumen": QT_TRANSLATE_NOOP("TabelAudit", "Dokumen"),
    "pengaturan": QT_TRANSLATE_NOOP("TabelAudit", "Pengaturan"),
}
"""Mirror of :data:`kalbar_desktop.domain.jejak.LABEL_TABEL` (the window's Tabel column)."""

JUDUL_AUDIT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("KolomAudit", "No"),
    QT_TRANSLATE_NOOP("KolomAudit", "Waktu"),
    QT_TRANSLATE_NOOP("KolomAudit", "Pengguna"),
    QT_TRANSLATE_NOOP("KolomAudit", "Tindakan"),
    QT_TRANSLATE_NOOP("KolomAudit", "Kode tindakan"),
    QT_TRANSLATE_NOOP("KolomAudit", "Tabel"),
    QT_TRANSLATE_NOOP("KolomAudit", "ID rekaman"),
    QT_TRANSLATE_NOOP("KolomAudit", "ID Keluarga"),
    QT_TRANSLATE_NOOP("KolomAudit", "Kolom"),
    QT_TRANSLATE_NOOP("KolomAudit", "Nilai lama"),
    QT_TRANSLATE_NOOP("KolomAudit", "Nilai baru"),
    QT_TRANSLATE_NOOP("KolomAudit", "Alasan"),
    QT_TRANSLATE_NOOP("KolomAudit", "Keterangan"),
    QT_TRANSLATE_NOOP("KolomAudit", "Komputer"),
)
"""Mirror of :data:`kalbar_desktop.exchange.ekspor_audit.JUDUL` (the audit window's columns;
the exported workbook keeps the Indonesian headers)."""

LABEL_SETELAN: dict[str, str] = {
    "kunci_layar_menit": QT_TRANSLATE_NOOP(
        "Setelan", "Kunci layar setelah tidak ada aktivitas (menit; 0 = tidak pernah)"),
    "jumlah_cadangan": QT_TRANSLATE_NOOP("Setelan", "Jumlah cadangan otomatis yang disimpan"),
}
"""Mirror of :data:`kalbar_desktop.domain.jejak.LABEL_SETELAN` (the labels of
:data:`kalbar_desktop.storage.pengaturan.SETELAN`)."""

LABEL_ALASAN_CADANGAN: dict[str, str] = {
    "sebelum-impor": QT_TRANSLATE_NOOP("AlasanCadangan", "sebelum impor"),
    "saat-keluar": QT_TRANSLATE_NOOP("AlasanCadangan", "saat aplikasi ditutup"),
    "manual": QT_TRANSLATE_NOOP("AlasanCadangan", "dibuat pengguna"),
    "sebelum-pulih": QT_TRANSLATE_NOOP("AlasanCadangan", "salinan sebelum pemulihan"),
    "sebelum-wal": QT_TRANSLATE_NOOP(
        "AlasanCadangan", "salinan sebelum perubahan tertinggal (berkas -wal) diterapkan"),
}
"""Mirror of :data:`kalbar_desktop.storage.cadangan.LABEL_ALASAN`."""


def _tr(konteks: str, teks: str) -> str:
    return QCoreApplication.translate(konteks, teks)


def label(kode: str | None, jenis: type[StrEnum]) -> str:
    """The translated label of a stored status code (``jenis``: an enum of
    ``domain/status.py``); an unknown code is returned as it is, an empty one as ''."""
    if not kode:
        return ""
    try:
        anggota = jenis(kode)
    except ValueError:
        return str(kode)
    teks = LABEL_STATUS.get((jenis, anggota.value))
    return _tr(jenis.__name__, teks) if teks else ds.label(kode, jenis)


def pilihan(jenis: type[StrEnum], kecuali: tuple = ()) -> list[tuple[str, str]]:
    """(code, translated label) of every member of ``jenis`` (for combo boxes)."""
    return [(a.value, label(a.value, jenis)) for a in jenis if a not in kecuali]


def label_field(nama: str) -> str:
    """The translated label of a field or an audited column: a verification field, a member's
    or an account's field, a setting, a P3KE field; else as the audit export names it
    (:func:`kalbar_desktop.domain.jejak.label_kolom`: the P3KE header, else the name). In
    Indonesian the same words as the exported audit log."""
    if nama in LABEL_FIELD:
        return _tr("IsianVerifikasi", LABEL_FIELD[nama])
    if nama in LABEL_KOLOM_LAIN:
        return _tr("IsianP3KE", LABEL_KOLOM_LAIN[nama])
    if nama in LABEL_SETELAN:
        return label_setelan(nama)
    if nama in LABEL_ISIAN_P3KE:
        return _tr("IsianP3KE", LABEL_ISIAN_P3KE[nama])
    return jejak.label_kolom(nama)


def label_id_rekaman(tabel: str | None, id_rekaman: str | None) -> str:
    """What an audit row's ID rekaman names, translated where it is a setting's key
    (:func:`kalbar_desktop.domain.jejak.label_id_rekaman`); anything else as stored."""
    if tabel == "pengaturan" and id_rekaman in LABEL_SETELAN:
        return label_setelan(id_rekaman)
    return id_rekaman or ""


def label_peran(peran: str) -> str:
    """The translated name of a role."""
    try:
        return _tr("Peran", LABEL_PERAN[Peran(peran)])
    except ValueError:
        return str(peran)


def nama_aturan(kode: str) -> str:
    """The translated short name of a finding rule (the code when unknown)."""
    try:
        return _tr("Temuan", NAMA_ATURAN[Aturan(kode)])
    except ValueError:
        return str(kode)


def penjelasan_aturan(kode: str) -> str:
    """What a finding rule means, translated ('' when the rule is unknown)."""
    try:
        return _tr("Temuan", PENJELASAN_ATURAN[Aturan(kode)])
    except ValueError:
        return ""


def label_desil(desil: str) -> str:
    """The translated name of a desil (``Sangat miskin``...); '' for another value."""
    teks = LABEL_DESIL.get(str(desil))
    return _tr("Desil", teks) if teks else ""


def label_aksi_audit(kode: str | None) -> str:
    """The translated label of an audit action code (the code itself when unknown)."""
    if not kode:
        return ""
    teks = LABEL_AKSI_AUDIT.get(kode)
    return _tr("AksiAudit", teks) if teks else kode


_PEMBARUAN_PROGRAM = QT_TRANSLATE_NOOP("AuditPelaku", "Pembaruan program ({0})")


def pelaku_audit(pengguna: str | None, keterangan: str | None) -> str:
    """Who an audit row was written by, as the history and the audit window name it: its user;
    a row written by a migration while the database was upgraded has none and names the
    migration in its note: shown as ``Pembaruan program (0012 kelayakan_tanpa_status)``. The
    stored row and the audit export keep the empty user."""
    if pengguna:
        return pengguna
    migrasi = migrasi_penulis(keterangan)
    return _tr("AuditPelaku", _PEMBARUAN_PROGRAM).format(migrasi) if migrasi else ""


def label_tabel_audit(nama: str | None) -> str:
    """The translated name of what an audit row changed (the stored name when unknown)."""
    if not nama:
        return ""
    teks = LABEL_TABEL_AUDIT.get(nama)
    return _tr("TabelAudit", teks) if teks else nama


def judul_audit(indeks: int) -> str:
    """The translated header of column ``indeks`` of the audit window."""
    return _tr("KolomAudit", JUDUL_AUDIT[indeks])


def label_setelan(kunci: str, bawaan: str = "") -> str:
    """The translated label of a database setting."""
    teks = LABEL_SETELAN.get(kunci)
    return _tr("Setelan", teks) if teks else bawaan or kunci


JUDUL_LAPORAN_TEMUAN = (
    QT_TRANSLATE_NOOP("LaporanTemuan", "Aturan"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "ID Keluarga"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "ID Individu"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Nama"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Kode Kemdagri"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Desa/Kelurahan"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Kolom"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Nilai di berkas"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Pesan"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Berkas"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Lembar"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Baris"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Nama Kepala Keluarga"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Anggota tidak ada lagi"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Keterangan"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Kepala Keluarga lama"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Kepala Keluarga baru"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Jumlah"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Arti"),
    QT_TRANSLATE_NOOP("LaporanTemuan", "Kolom yang berubah"),
)
"""The headers of the findings report (:mod:`kalbar_desktop.exchange.laporan_temuan`, Qt
context ``LaporanTemuan``), for the translation file: the import dialog writes them in the
window's language."""


def label_alasan_cadangan(alasan: str) -> str:
    """The translated reason of a backup (``sebelum impor``...)."""
    teks = LABEL_ALASAN_CADANGAN.get(alasan)
    return _tr("AlasanCadangan", teks) if teks else alasan
