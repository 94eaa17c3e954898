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

import contextlib
import datetime as dt
import inspect
import json
import re
import string
from collections.abc import Callable
from functools import cache

from kalbar_desktop.domain.jejak import LABEL_AKSI
from kalbar_desktop.domain.pesan import Angka, Label, Pesan, Tanggal
from kalbar_desktop.domain.tanggal import NAMA_BULAN

KONTEKS_AKSI = "AksiAudit"
"""The interface's translation context of the action labels (``ui/label.py``)."""
KONTEKS_PERAN = "Peran"
"""... of the roles' names."""
KONTEKS_ALASAN_CADANGAN = "AlasanCadangan"
"""... of the reasons of a backup."""


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


def nilai_lama_dibaca_ulang(nomor: object, jumlah: object, keluarga: object, anggota: object,
                            n: object) -> Pesan:
    """The row of migration 0015: values an older version stored as written (``1``/``0`` in a
    yes/no column) or read wrongly (``Tidak Ada`` as ``Lainnya``), now as an import stores
    them."""
    return Pesan("Pembaruan struktur basis data (migrasi {nomor}): nilai dari versi lama dibaca "
                 "dengan aturan kode sekarang: {jumlah} nilai 1/0 atau TRUE/FALSE di kolom "
                 "Ya/Tidak menjadi Ya/Tidak ({keluarga} baris keluarga, {anggota} baris "
                 "anggota), {n} Fasilitas BAB 'Lainnya' yang di berkas tertulis 'Tidak Ada' "
                 "kini disimpan seperti tertulis, dan temuan keluarga yang berubah dihitung "
                 "ulang", nomor=nomor, jumlah=jumlah, keluarga=keluarga, anggota=anggota, n=n)


# --- the import (exchange.impor_p3ke) ---

def ringkasan_impor(tata_letak: object, keluarga: object, anggota: object,
                    keluarga_baru: object, keluarga_berubah: object, keluarga_hilang: object,
                    anggota_baru: object, anggota_berubah: object, anggota_hilang: object,
                    temuan: object) -> Pesan:
    """The first sentences of an import's summary (``HasilImpor.pesan``): what it brought."""
    return Pesan("Impor selesai (tata letak {tata_letak}): {keluarga} keluarga, {anggota} "
                 "anggota. Keluarga baru {keluarga_baru}, berubah {keluarga_berubah}, tidak ada "
                 "lagi di berkas {keluarga_hilang}; anggota baru {anggota_baru}, berubah "
                 "{anggota_berubah}, tidak ada lagi {anggota_hilang}. Temuan kualitas data di "
                 "seluruh basis data: {temuan}.", tata_letak=tata_letak, keluarga=keluarga,
                 anggota=anggota, keluarga_baru=keluarga_baru,
                 keluarga_berubah=keluarga_berubah, keluarga_hilang=keluarga_hilang,
                 anggota_baru=anggota_baru, anggota_berubah=anggota_berubah,
                 anggota_hilang=anggota_hilang, temuan=temuan)


def keluarga_rilis_saja(jumlah: object) -> Pesan:
    """The sentence after :func:`ringkasan_impor` on the stored families whose only changed
    values are the release's year and ranking (``Ringkasan.keluarga_rilis_saja``)."""
    return Pesan("Selain itu {jumlah} keluarga hanya berubah Dimuktakhirkan Tahun atau "
                 "Persentil, yang bergeser di setiap rilis P3KE: tidak dihitung sebagai "
                 "berubah, tetapi nilainya tetap diperbarui.", jumlah=jumlah)


def anggota_usia_saja(jumlah: object) -> Pesan:
    """The sentence on the stored members whose only changed values are their age's
    (``Ringkasan.anggota_usia_saja``)."""
    return Pesan("Anggota yang hanya berubah usianya (Usia 2023, Kelompok Usia 2023 atau kolom "
                 "Usia ... Tahun), yang bergeser di setiap rilis P3KE: {jumlah}; tidak dihitung "
                 "sebagai berubah, tetapi nilainya tetap diperbarui.", jumlah=jumlah)


def sudah_pernah_diimpor() -> Pesan:
    """The summary of an import of files already imported."""
    return Pesan("Berkas ini sudah pernah diimpor (SHA-256 sama); tidak ada yang diubah.")


def id_dicocokkan(jumlah: object) -> Pesan:
    """Members whose empty ID Individu now holds the file's own (starts with a space)."""
    return Pesan(" {jumlah} anggota yang dulu ID Individunya kosong kini memakai ID asli dari "
                 "berkas (cocok lewat NIK atau nama dan tanggal lahir).", jumlah=jumlah)


def desa_tanpa_nama(jumlah: object) -> Pesan:
    """Desa known by their code only (starts with a space)."""
    return Pesan(" {jumlah} desa/kelurahan hanya dikenal dari kodenya (berkas tidak memuat nama "
                 "wilayah): impor referensi wilayah (menu Data > Impor referensi wilayah, atau "
                 "perintah import-wilayah) agar namanya tampil.", jumlah=jumlah)



# --- the later sentences of an import's summary (exchange.impor_p3ke.HasilImpor.pesan) ---

def lainnya(jumlah: object) -> Pesan:
    """How many more there are after the ones a sentence names (starts with a space)."""
    return Pesan(" dan {n} lainnya", n=jumlah)


def desa_tidak_ada(jumlah: object, daftar_desa: object) -> Pesan:
    """Desa the files leave out while other desa of their kecamatan are in them (a list of
    :func:`desa_celah` and :func:`desa_lain`, joined by ``"; "``)."""
    return Pesan("{jumlah} desa tidak ada sama sekali di berkas ini, padahal desa lain di "
                 "kecamatannya ada: {daftar_desa}.", jumlah=jumlah, daftar_desa=daftar_desa)


def desa_celah(desa: object, kecamatan: object, jumlah: object) -> Pesan:
    """One desa of :func:`desa_tidak_ada`: its name, kecamatan and families."""
    return Pesan("{desa} (Kec. {kecamatan}, {jumlah} keluarga)", desa=desa,
                 kecamatan=kecamatan, jumlah=jumlah)


def desa_lain(jumlah: object) -> Pesan:
    """The desa of :func:`desa_tidak_ada` not named."""
    return Pesan("dan {jumlah} desa lain", jumlah=jumlah)


def kecamatan_lain(jumlah: object, keluarga: object) -> Pesan:
    """Other kecamatan of the district the files leave out, and their families."""
    return Pesan("{jumlah} kecamatan lain di kabupaten ini ({keluarga} keluarga) tidak ada di "
                 "berkas ini.", jumlah=jumlah, keluarga=keluarga)


def desa_tidak_diubah() -> Pesan:
    """Why the families of the desa left out stay as they were."""
    return Pesan("Keluarga di desa yang tidak ada di berkas tidak diubah dan tidak ditandai "
                 "\"tidak ada lagi\", karena berkas bisa memuat sebagian wilayah saja; bila berkas "
                 "ini seharusnya lengkap, periksa berkasnya.")


def lembar_tersembunyi(daftar: object) -> Pesan:
    """Hidden sheets holding P3KE data that were not imported (``file 'sheet'``, ...)."""
    return Pesan("Lembar tersembunyi berisi data P3KE tidak diimpor: {daftar}; tampilkan lembar "
                 "itu di Excel (klik kanan tab lembar > Tampilkan) bila datanya memang harus "
                 "diimpor.", daftar=daftar)


def lembar_templat(lembar: object, berkas: object, sembunyi: object) -> Pesan:
    """A visible sheet with a header only, left aside for the hidden one with the data."""
    return Pesan("Lembar '{lembar}' di berkas {berkas} hanya berisi judul kolom tanpa baris "
                 "data: yang diimpor data di lembar tersembunyi {sembunyi}.", lembar=lembar,
                 berkas=berkas, sembunyi=sembunyi)


def lembar_kosong(lembar: object, berkas: object, isi: object) -> Pesan:
    """A visible sheet with a header only, left aside for a visible one with the data."""
    return Pesan("Lembar '{lembar}' di berkas {berkas} hanya berisi judul kolom tanpa baris "
                 "data dan tidak diimpor; yang diimpor lembar {isi}.", lembar=lembar,
                 berkas=berkas, isi=isi)


def kode_bukan_desa(jumlah: object, kode: object, berkas: object, lembar: object,
                    baris: object) -> Pesan:
    """Families whose Kode Kemdagri is no 10-digit desa code, and the first."""
    return Pesan("{jumlah} keluarga ber-Kode Kemdagri yang bukan kode desa 10 digit (mis. "
                 "{kode}, berkas {berkas}, lembar '{lembar}', baris {baris}).", jumlah=jumlah,
                 kode=kode, berkas=berkas, lembar=lembar, baris=baris)


def kode_nol_depan(kode_penuh: object) -> Pesan:
    """A short code that Excel may show with its leading zeros."""
    return Pesan("Bila di Excel tampil dengan nol di depan ({kode_penuh}), selnya berisi angka "
                 "dengan format angka: nol di depan hanya tampilan, tidak tersimpan.",
                 kode_penuh=kode_penuh)


def perbaiki_kode() -> Pesan:
    """What to do about :func:`kode_bukan_desa`."""
    return Pesan("Perbaiki kodenya di berkas (kode desa Kalimantan Barat diawali 61).")


def kode_anggota_beda(jumlah: object, idi: object, berkas: object, lembar: object,
                      baris: object, kode: object, idk: object, kode_k: object) -> Pesan:
    """Members whose row names another Kode Kemdagri than their family, and the first."""
    return Pesan("{jumlah} baris anggota menulis Kode Kemdagri yang berbeda dari keluarganya "
                 "(mis. ID Individu {idi}, berkas {berkas}, lembar '{lembar}', baris {baris}: "
                 "{kode}, sedangkan keluarga {idk}: {kode_k}); yang dipakai kode keluarga (dari "
                 "baris kepala keluarga). Periksa apakah ID Keluarga di baris itu benar.",
                 jumlah=jumlah, idi=idi, berkas=berkas, lembar=lembar, baris=baris, kode=kode,
                 idk=idk, kode_k=kode_k)


def keluarga_tanpa_anggota(jumlah: object, idk: object, berkas: object, lembar: object,
                           baris: object) -> Pesan:
    """Families imported with no member although the import brought members."""
    return Pesan(
        "{jumlah} keluarga tidak punya satu pun anggota di berkas Individu yang diimpor "
        "bersamanya (mis. ID Keluarga {idk}, berkas {berkas}, lembar '{lembar}', baris "
        "{baris}); keluarga itu diimpor tanpa anggota. Periksa apakah berkas Individu-nya "
        "lengkap.", jumlah=jumlah, idk=idk, berkas=berkas, lembar=lembar, baris=baris)


def keluarga_tetap(jumlah: object, contoh: object) -> Pesan:
    """Families of the files' desa an Individu file has no row for, that stay: how many and
    the first IDs (and :func:`lainnya`)."""
    return Pesan(
        "{jumlah} keluarga di desa berkas ini tidak punya baris di berkas Individu, tetapi tetap "
        "ada (ID Keluarga {contoh}): berkas Individu mendaftar orang, bukan keluarga, jadi "
        "tidak menandai keluarga \"tidak ada lagi\".", jumlah=jumlah, contoh=contoh)


def keluarga_tetap_akibat(anggota: object) -> Pesan:
    """What became of the members of :func:`keluarga_tetap` (none in the database: its own
    sentence)."""
    if not anggota or anggota == "0":
        return _keluarga_tetap_tanpa_anggota()
    return _keluarga_tetap_anggota(anggota)


def _keluarga_tetap_anggota(anggota: object) -> Pesan:
    return Pesan(
        "{anggota} anggotanya yang tidak ada di berkas dihitung \"tidak ada lagi\", dan "
        "keluarga itu kini tanpa Kepala Keluarga (temuan KK_TANPA_KEPALA).", anggota=anggota)


def _keluarga_tetap_tanpa_anggota() -> Pesan:
    return Pesan("Keluarga itu tidak punya anggota di basis data, jadi tanpa Kepala Keluarga "
                 "(temuan KK_TANPA_KEPALA).")


def keluarga_tetap_saran() -> Pesan:
    """What to do about :func:`keluarga_tetap`."""
    return Pesan("Impor berkas Keluarga dari rilis yang sama untuk memastikan; laporan temuan "
                 "mendaftar keluarga itu di lembar Keluarga tetap.")


def rilis_lebih_lama(jumlah: object, rilis: object, terbaru: object) -> Pesan:
    """Families a file of an older P3KE release brings again after a newer release's file."""
    return Pesan(
        "{jumlah} keluarga dalam berkas ini sudah diimpor dari rilis P3KE {terbaru}, lebih baru "
        "daripada berkas ini (rilis {rilis}): nilai sumber mereka kini kembali ke rilis lama; "
        "hasil verifikasi tidak berubah. Bila keliru, impor lagi berkas rilis yang lebih baru.",
        jumlah=jumlah, rilis=rilis, terbaru=terbaru)


def kepala_baru(jumlah: object, idk: object, lama: object, baru: object) -> Pesan:
    """Families whose head the files change, and the first (the old and the new head's
    names)."""
    return Pesan(
        "{jumlah} keluarga berganti Kepala Keluarga menurut berkas ini (mis. ID Keluarga {idk}: "
        "{lama} menjadi {baru}). Itu bisa sah (kepala keluarga lama meninggal atau pindah); "
        "cocokkan dengan KK. NIK dan kolom kepala keluarga di baris keluarga kini milik kepala "
        "yang baru; laporan temuan mendaftar semuanya di lembar Kepala baru.",
        jumlah=jumlah, idk=idk, lama=lama, baru=baru)


def urutan_bulan_dulu(kolom: object, berkas: object, lembar: object, bukti_bulan: object,
                      n: object, contoh: object, dibaca: object) -> Pesan:
    """A date column written month first: its two-way dates were read month first."""
    return Pesan(
        "Tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' ditulis bulan dulu "
        "seperti di Amerika (mis. {bukti_bulan}), maka {n} tanggal yang bisa dibaca dua "
        "cara juga dibaca bulan dulu (mis. {contoh} dibaca {dibaca}).", kolom=kolom,
        berkas=berkas, lembar=lembar, bukti_bulan=bukti_bulan, n=n, contoh=contoh,
        dibaca=dibaca)


def urutan_campur(kolom: object, berkas: object, lembar: object, bukti_bulan: object,
                  bukti_hari: object, n: object, contoh: object, dibaca: object) -> Pesan:
    """A date column written both ways: its two-way dates were read day first."""
    return Pesan(
        "Tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' ditulis dengan dua "
        "urutan: bulan dulu (mis. {bukti_bulan}) dan hari dulu (mis. {bukti_hari}); {n} "
        "tanggal yang bisa dibaca dua cara dibaca hari dulu (mis. {contoh} dibaca "
        "{dibaca}): periksa tanggal-tanggal itu.", kolom=kolom, berkas=berkas, lembar=lembar,
        bukti_bulan=bukti_bulan, bukti_hari=bukti_hari, n=n, contoh=contoh, dibaca=dibaca)


def urutan_nik(kolom: object, berkas: object, lembar: object, nik_bulan: object,
               nik_hari: object, n: object, contoh: object, dibaca: object) -> Pesan:
    """A column whose dates all read two ways, the NIKs saying month first."""
    return Pesan(
        "Semua tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' bisa dibaca "
        "dua cara, dan NIK menunjukkan bulan dulu seperti di Amerika ({nik_bulan} NIK "
        "cocok bila dibaca bulan dulu, {nik_hari} bila dibaca hari dulu): {n} tanggal "
        "itu dibaca bulan dulu (mis. {contoh} dibaca {dibaca}).", kolom=kolom, berkas=berkas,
        lembar=lembar, nik_bulan=nik_bulan, nik_hari=nik_hari, n=n, contoh=contoh,
        dibaca=dibaca)


def urutan_belum_pasti(n: object, kolom: object, berkas: object, lembar: object,
                       contoh: object, dibaca: object, nik_hari: object,
                       nik_bulan: object) -> Pesan:
    """A column whose dates all read two ways, the NIKs deciding nothing: day first kept."""
    return Pesan(
        "{n} tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' bisa dibaca dua "
        "cara dan dibaca hari dulu (mis. {contoh} dibaca {dibaca}); NIK tidak memastikan "
        "urutannya ({nik_hari} NIK cocok bila dibaca hari dulu, {nik_bulan} bila dibaca "
        "bulan dulu): periksa tanggal-tanggal itu.", n=n, kolom=kolom, berkas=berkas,
        lembar=lembar, contoh=contoh, dibaca=dibaca, nik_hari=nik_hari, nik_bulan=nik_bulan)


def urutan_tanpa_bukti(n: object, kolom: object, berkas: object, lembar: object,
                       contoh: object, dibaca: object) -> Pesan:
    """A column whose dates all read two ways and no row's NIK carries either reading: day
    first only assumed."""
    return Pesan(
        "{n} tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' bisa dibaca dua "
        "cara dan dibaca hari dulu (mis. {contoh} dibaca {dibaca}), tanpa bukti: tidak ada "
        "NIK di baris itu yang cocok dengan salah satu cara baca (NIK kosong, rusak, atau "
        "bertanggal lain). Bila berkas ini ditulis bulan dulu seperti di Amerika, tanggal itu "
        "salah baca: periksa tanggal-tanggal itu.", n=n, kolom=kolom, berkas=berkas,
        lembar=lembar, contoh=contoh, dibaca=dibaca)


def dilewati(jenis: str, jumlah: object, berkas: object, lembar: object,
             letak: object) -> Pesan:
    """Rows or cells of a sheet left aside without an error (``jenis``: ``rumus``, ``galat``,
    ``header``, ``jumlah``, ``catatan``), with their place (the first ones and
    :func:`lainnya`)."""
    if jenis == "rumus":
        return _dilewati_rumus(jumlah, berkas, lembar, letak)
    if jenis == "galat":
        return _dilewati_galat(jumlah, berkas, lembar, letak)
    return _DILEWATI[jenis](berkas, lembar, letak)


def _dilewati_rumus(jumlah: object, berkas: object, lembar: object, letak: object) -> Pesan:
    return Pesan("{jumlah} sel berisi rumus yang belum dihitung di luar data P3KE (berkas "
                 "{berkas}, lembar '{lembar}', sel {letak}) tidak dibaca.", jumlah=jumlah,
                 berkas=berkas, lembar=lembar, letak=letak)


def _dilewati_galat(jumlah: object, berkas: object, lembar: object, letak: object) -> Pesan:
    return Pesan("{jumlah} sel berisi galat Excel seperti #N/A (berkas {berkas}, lembar "
                 "'{lembar}', sel {letak}): nilai aslinya tidak ada di berkas; perbaiki rumusnya "
                 "di Excel atau minta berkas yang bersih, lalu impor lagi.", jumlah=jumlah,
                 berkas=berkas, lembar=lembar, letak=letak)


def _dilewati_header(berkas: object, lembar: object, letak: object) -> Pesan:
    return Pesan("Baris judul kolom yang berulang di tengah data dilewati (berkas {berkas}, "
                 "lembar '{lembar}', baris {letak}).", berkas=berkas, lembar=lembar, letak=letak)


def _dilewati_jumlah(berkas: object, lembar: object, letak: object) -> Pesan:
    return Pesan("Baris jumlah/total dilewati (berkas {berkas}, lembar '{lembar}', baris "
                 "{letak}).", berkas=berkas, lembar=lembar, letak=letak)


def _dilewati_catatan(berkas: object, lembar: object, letak: object) -> Pesan:
    return Pesan("Baris catatan tanpa data P3KE dilewati (berkas {berkas}, lembar '{lembar}', "
                 "baris {letak}).", berkas=berkas, lembar=lembar, letak=letak)


_DILEWATI: dict[str, Callable[..., Pesan]] = {
    "header": _dilewati_header, "jumlah": _dilewati_jumlah, "catatan": _dilewati_catatan}


_KALIMAT_RINGKASAN: tuple[Callable[..., Pesan], ...] = (
    keluarga_rilis_saja, anggota_usia_saja, id_dicocokkan, desa_tanpa_nama, desa_tidak_ada,
    kecamatan_lain, desa_tidak_diubah,
    lembar_tersembunyi, lembar_templat, lembar_kosong, kode_bukan_desa, kode_nol_depan,
    perbaiki_kode, kode_anggota_beda, keluarga_tanpa_anggota, keluarga_tetap,
    _keluarga_tetap_anggota, _keluarga_tetap_tanpa_anggota, keluarga_tetap_saran,
    rilis_lebih_lama, kepala_baru,
    urutan_bulan_dulu, urutan_campur, urutan_nik, urutan_belum_pasti, urutan_tanpa_bukti,
    _dilewati_rumus, _dilewati_galat, _dilewati_header, _dilewati_jumlah, _dilewati_catatan)
"""The sentences after :func:`ringkasan_impor` read back (each after a space); text after
the last one known stays as stored."""


def impor(ringkasan: str, berkas: list[tuple[str, str]]) -> Pesan:
    """An import's note: its summary (``HasilImpor.pesan``, read as far as its shapes are
    known) and each file with the start of its SHA-256."""
    return _impor(_urai_ringkasan(ringkasan),
                  ", ".join(f"{nama} (sha256 {sha[:12]})" for nama, sha in berkas))


def _impor(ringkasan: object, berkas: object) -> Pesan:
    return Pesan("{ringkasan} Berkas: {berkas}", ringkasan=ringkasan, berkas=berkas)


def id_individu_diganti() -> Pesan:
    """A member's temporary ID Individu replaced by the file's own (one row per member)."""
    return Pesan("ID Individu sementara (sel kosong di berkas sebelumnya) diganti dengan ID "
                 "asli dari berkas ini")


# --- signing in and accounts (storage.pengguna, the sign-in windows, the console) ---

def jendela_masuk() -> Pesan:
    """Where a sign-in was: the sign-in window."""
    return Pesan("jendela masuk")


def buka_kunci_layar() -> Pesan:
    """Where a sign-in was: the locked screen."""
    return Pesan("buka kunci layar")


def admin_pertama() -> Pesan:
    """The sign-in right after the first admin account was made."""
    return Pesan("akun admin pertama dibuat")


def ganti_sandi() -> Pesan:
    """The password check of a change of one's own password."""
    return Pesan("ganti kata sandi")


def masuk_konsol(perintah: object) -> Pesan:
    """Where a sign-in was: a console command."""
    return Pesan("konsol: {perintah}", perintah=perintah)


def akun_nonaktif() -> Pesan:
    """Why a sign-in failed: the account is disabled."""
    return Pesan("akun nonaktif")


def nama_asing() -> Pesan:
    """A failed sign-in under a name like no account (nothing of it is kept)."""
    return Pesan("nama tidak dikenal (tidak mirip nama akun mana pun)")


def nama_mirip(akun: object, panjang: object) -> Pesan:
    """A failed sign-in under a name a typing slip from ``akun`` (its length only)."""
    return Pesan("nama tidak dikenal, mirip akun '{akun}' ({panjang} karakter)", akun=akun,
                 panjang=panjang)


def _nama_asing_lama() -> Pesan:
    """How such a sign-in was recorded before the account it nearly is was said."""
    return Pesan("nama tidak dikenal")


_PERAN: dict[str, Pesan] = {"operator": Pesan("operator"),
                             "verifikator": Pesan("verifikator"), "admin": Pesan("admin")}
"""A role's stored value as a word the window translates."""


def _peran(nilai: str) -> str:
    return _PERAN.get(nilai, nilai)


def peran_wilayah(peran: object, wilayah: str = "") -> Pesan:
    """A new account's role (its stored value) and regions (the value of its AKUN_DIBUAT
    row)."""
    if wilayah:
        return Pesan("peran {peran}, wilayah {wilayah}", peran=_peran(str(peran)),
                     wilayah=wilayah)
    return _hanya_peran(peran)


def _hanya_peran(peran: object) -> Pesan:
    return Pesan("peran {peran}", peran=_peran(str(peran)))


def cadangan(alasan: object, berkas: object) -> Pesan:
    """A backup a person made: its reason's label (``dibuat pengguna``) and its file."""
    return Pesan("{alasan}: {berkas}", alasan=Label(KONTEKS_ALASAN_CADANGAN, str(alasan)),
                 berkas=berkas)


# --- the re-import of a workbook (exchange.impor_koreksi, koreksi_anggota_baru) ---

def asal_impor_ulang(workbook: object, pengguna: object, waktu: object) -> Pesan:
    """Where a value here came from: an earlier re-import."""
    return Pesan("diisi dari workbook {workbook} (impor ulang oleh {pengguna} pada {waktu})",
                 workbook=workbook, pengguna=pengguna, waktu=waktu)


def asal_aplikasi(pengguna: object, waktu: object) -> Pesan:
    """Where a value here came from: a save in the application."""
    return Pesan("diubah di aplikasi oleh {pengguna} pada {waktu}", pengguna=pengguna,
                 waktu=waktu)


def pilihan_konflik(pakai_workbook: bool, asal: object) -> Pesan:
    """Which value a person chose for a conflict, and where the database's came from."""
    if pakai_workbook:
        return Pesan("dipakai nilai workbook (basis data {asal})", asal=asal)
    return _pakai_basis_data(asal)


def _pakai_basis_data(asal: object) -> Pesan:
    return Pesan("dipakai nilai basis data (basis data {asal})", asal=asal)


def _pakai_workbook(asal: object) -> Pesan:
    return pilihan_konflik(True, asal)


def penanda_workbook(penanda: object) -> Pesan:
    """The audit marker of the workbook a change came back with."""
    return Pesan("penanda workbook {penanda}", penanda=penanda)


def anggota_baru_workbook(id_workbook: object, lembar: object, baris: object) -> Pesan:
    """Where a member the workbook added stood: its ID there (if any), sheet and row."""
    if id_workbook:
        return Pesan("ID di workbook {id_workbook} (lembar {lembar} baris {baris})",
                     id_workbook=id_workbook, lembar=lembar, baris=baris)
    return _anggota_baru_tanpa_id(lembar, baris)


def _anggota_baru_tanpa_id(lembar: object, baris: object) -> Pesan:
    return Pesan("tanpa ID di workbook (lembar {lembar} baris {baris})", lembar=lembar,
                 baris=baris)


# --- reasons the program writes on a person's behalf (``audit_log.alasan``) ---

def alasan_impor_ulang(berkas: object = "") -> Pesan:
    """The reason of each change a re-import applies: its workbook's file name
    (``storage.verifikasi.ALASAN_IMPOR_ULANG`` is how it starts)."""
    if not berkas:
        return _impor_ulang_tanpa_berkas()
    return Pesan("Impor ulang workbook {berkas}", berkas=berkas)


def _impor_ulang_tanpa_berkas() -> Pesan:
    return Pesan("Impor ulang workbook")


def alasan_setujui_semua(cakupan: object = None) -> Pesan:
    """The reason of an approval of every submitted family of a region in the window: the
    region (its name and code), or the whole database."""
    return Pesan("Setujui semua: {cakupan}", cakupan=cakupan or _seluruh_basis_data())


def _seluruh_basis_data() -> Pesan:
    return Pesan("seluruh basis data")


def alasan_setujui_konsol(tempat: object) -> Pesan:
    """The reason of an approval on the console (``approve``): what it approved
    (:func:`tempat_konsol`)."""
    return Pesan("Setujui lewat konsol: {tempat}", tempat=tempat)


def tempat_konsol(kode: str | None = None, disebut: bool = False) -> Pesan:
    """What a console approval covers: a region's code, the families named, or all the
    account's regions."""
    if kode:
        return Pesan("wilayah {kode}", kode=kode)
    if disebut:
        return Pesan("keluarga yang disebut")
    return Pesan("seluruh wilayah kerja")


def alasan_laporan_temuan() -> Pesan:
    """The reason of an export of the findings report (``laporan_temuan.ALASAN_LAPORAN``)."""
    return Pesan("Laporan temuan kualitas data untuk diperbaiki bersama Dukcapil")


def alasan_ekspor_konsol() -> Pesan:
    """The reason of an export with names on the console without ``--alasan``
    (``cli.ekspor.ALASAN_TANPA_KETERANGAN``)."""
    return Pesan("Ekspor daftar nama lewat baris perintah tanpa --alasan")


_BENTUK_ALASAN: tuple[Callable[..., Pesan], ...] = (
    alasan_impor_ulang, _impor_ulang_tanpa_berkas, alasan_setujui_semua, alasan_setujui_konsol,
    alasan_laporan_temuan, alasan_ekspor_konsol)
"""Every reason of a fixed shape :func:`urai_alasan` reads back."""


def _urai_cakupan(teks: str) -> object:
    return _seluruh_basis_data() if teks == _seluruh_basis_data() else teks


def _urai_tempat(teks: str) -> object:
    if teks.startswith("wilayah "):
        return tempat_konsol(teks[len("wilayah "):])
    return next((p for p in (tempat_konsol(disebut=True), tempat_konsol()) if p == teks), teks)


def urai_alasan(teks: str | None) -> str:
    """A stored reason as the message it was made from when the program wrote it (shown in
    the window's language), else the text as typed. Equal to ``teks``, but for the one an
    English window wrote before it stored Indonesian (``Setujui semua: the whole database``),
    read as the Indonesian one."""
    if not teks:
        return teks or ""
    if teks == _SETUJUI_SEMUA_INGGRIS:
        return alasan_setujui_semua()
    return _cocok(teks, _BENTUK_ALASAN) or teks


_SETUJUI_SEMUA_INGGRIS = "Setujui semua: the whole database"


_BENTUK: tuple[Callable[..., Pesan], ...] = (
    ekspor, laporan_temuan, _laporan_temuan_samar, ekspor_audit, wilayah, dipulihkan,
    kelayakan_dikosongkan, nilai_lama_dibaca_ulang, _impor, sudah_pernah_diimpor,
    id_individu_diganti, jendela_masuk, buka_kunci_layar, admin_pertama, ganti_sandi,
    masuk_konsol, akun_nonaktif, nama_asing, nama_mirip, _nama_asing_lama, peran_wilayah,
    _hanya_peran, _pakai_workbook, _pakai_basis_data, penanda_workbook, anggota_baru_workbook,
    _anggota_baru_tanpa_id, cadangan)
"""Every note of a fixed shape :func:`urai` reads back (the most general last)."""

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


def _urai_asal(teks: str) -> object:
    return _cocok(teks, (asal_impor_ulang, asal_aplikasi)) or teks


def _urai_ringkasan(teks: str) -> str:
    """An import's summary as its first sentences (:func:`ringkasan_impor`) and the known
    sentences after them; the rest as stored."""
    sudah = sudah_pernah_diimpor()
    if teks == sudah:
        return sudah
    awal = _cocok_awal(teks, (ringkasan_impor,))
    if awal is None:
        return teks
    bagian, sisa = [awal[0]], teks[len(awal[0]):]
    while sisa:
        cocok = _cocok_awal(sisa, _KALIMAT_RINGKASAN)
        if cocok is None and sisa.startswith(" "):  # the space between two sentences
            cocok = _cocok_awal(sisa[1:], _KALIMAT_RINGKASAN)
            if cocok is not None:
                bagian.append(" ")
                sisa = sisa[1:]
        if cocok is None:
            break
        bagian.append(cocok[0])
        sisa = sisa[len(cocok[0]):]
    return Pesan.gabung("", [*bagian, sisa] if sisa else bagian)


def _urai_daftar(teks: str) -> object:
    """The first few named and how many more (:func:`lainnya`)."""
    m = re.fullmatch(r"(.*) dan (\d+) lainnya", teks, re.DOTALL)
    return Pesan.gabung("", [m[1], lainnya(_urai_jumlah(m[2]))]) if m else teks


def _urai_daftar_desa(teks: str) -> object:
    return Pesan.gabung("; ", [_cocok(b, (desa_celah, desa_lain)) or b
                               for b in teks.split("; ")])


def _urai_tanggal(teks: str) -> object:
    """A date in Indonesian words (``3 Oktober 1985``) as a :class:`Tanggal`."""
    hari, _, sisa = teks.partition(" ")
    bulan, _, tahun = sisa.partition(" ")
    if hari.isdigit() and tahun.isdigit() and bulan in NAMA_BULAN:
        with contextlib.suppress(ValueError):
            tanggal = Tanggal(dt.date(int(tahun), NAMA_BULAN.index(bulan) + 1, int(hari)))
            if tanggal == teks:
                return tanggal
    return teks


_URAI_ARGUMEN: dict[str, Callable[[str], object]] = {
    "saringan": _urai_saringan, "asal": _urai_asal, "ringkasan": _urai_ringkasan,
    "letak": _urai_daftar, "daftar_desa": _urai_daftar_desa, "dibaca": _urai_tanggal,
    "peran": _peran, "alasan": lambda x: Label(KONTEKS_ALASAN_CADANGAN, x),
    "cakupan": _urai_cakupan, "tempat": _urai_tempat}
"""Arguments that are themselves made of known parts."""

_URAI_KHUSUS: dict[Callable[..., Pesan], dict[str, Callable[[str], object]]] = {
    keluarga_tetap: {"contoh": _urai_daftar}}
"""Arguments of one shape made of known parts (the name means other things elsewhere)."""

_ANGKA = {"jumlah", "n", "baris", "keluarga", "anggota", "nik_bulan", "nik_hari"}
"""Arguments that are counts or row numbers: digits only (so a sentence's count is not read
from the sentence before it)."""

_JUMLAH = (_ANGKA - {"baris"}) | {"keluarga_baru", "keluarga_berubah", "keluarga_hilang",
                                  "anggota_baru", "anggota_berubah", "anggota_hilang", "temuan"}
"""Arguments that are counts: read back as :class:`Angka` (the window writes them ``100.000``;
a row number, an ID, a year or a layout stays as stored)."""

_DESA = r"[^;]*? \(Kec\. [^;]*?, \d+ keluarga\)"
_POLA_KHUSUS = {"daftar_desa": f"{_DESA}(?:; {_DESA})*(?:; dan \\d+ desa lain)?",
                "dibaca": r"\d{1,2} [A-Za-z]+ \d+"}
"""Arguments whose own pattern is known (a desa list holds "Kec." and "; "; a date read is in
Indonesian words)."""

_BOLEH_TITIK_KOMA = {"ringkasan", "asal"}
"""Arguments that may hold "; " (an import's summary has its own)."""

_SYARAT: dict[Callable[..., Pesan], Callable[[dict[str, str]], bool]] = {
    cadangan: lambda a: (("/" in a["berkas"] or "\\" in a["berkas"]) and ":" not in a["alasan"]
                         and ": " not in a["berkas"]),
}
"""What the arguments of a very general shape must look like to be that shape."""


def _selalu(_argumen: dict[str, str]) -> bool:
    return True


@cache
def _pola(buat: Callable[..., Pesan], utuh: bool = True) -> re.Pattern[str]:
    """The pattern of a shape: its template's text, each argument any text (to the end of
    the note when ``utuh``, else the start of it)."""
    nama = list(inspect.signature(buat).parameters)
    templat = buat(**{n: f"{{{n}}}" for n in nama}).templat
    # an argument holds no "; ": that joins a note to another
    pola = "".join((f"(?P<{n}>{_POLA_KHUSUS[n]})" if n in _POLA_KHUSUS
                    else f"(?P<{n}>\\d+)" if n in _ANGKA else f"(?P<{n}>.+?)"
                    if n in _BOLEH_TITIK_KOMA else f"(?P<{n}>(?:(?!; ).)+?)")
                   if n else re.escape(teks) for teks, n in _potong(templat))
    return re.compile(f"^{pola}$" if utuh else f"^{pola}", re.DOTALL)


def _potong(templat: str) -> list[tuple[str, str | None]]:
    """``templat`` as (literal text, None) and (placeholder, its name) pieces."""
    hasil: list[tuple[str, str | None]] = []
    for teks, nama, _spek, _ubah in string.Formatter().parse(templat):
        if teks:
            hasil.append((teks, None))
        if nama:
            hasil.append(("", nama))
    return hasil


def _argumen(buat: Callable[..., Pesan], teks: dict[str, str]) -> dict[str, object]:
    """The arguments of shape ``buat`` read from their texts (known parts as messages)."""
    khusus = _URAI_KHUSUS.get(buat, {})
    return {k: khusus.get(k, _URAI_ARGUMEN.get(k, _urai_jumlah if k in _JUMLAH else str))(v)
            for k, v in teks.items()}


def _urai_jumlah(teks: str) -> str:
    """A count's digits as an :class:`Angka` (digits with a leading zero, or anything else,
    as stored: the note is read back exactly)."""
    return Angka(int(teks)) if teks.isdigit() and str(int(teks)) == teks else teks


def _cocok(teks: str, bentuk: tuple[Callable[..., Pesan], ...] = _BENTUK) -> Pesan | None:
    for buat in bentuk:
        m = _pola(buat).match(teks)
        if m and _SYARAT.get(buat, _selalu)(m.groupdict()):
            pesan = buat(**_argumen(buat, m.groupdict()))
            if pesan == teks:
                return pesan
    return None


def _cocok_awal(teks: str, bentuk: tuple[Callable[..., Pesan], ...]) -> tuple[Pesan] | None:
    """The shape of ``bentuk`` that ``teks`` starts with, as a message (in a tuple): the
    shortest match (a shape matched by reaching into a later sentence is longer)."""
    cocok = [(m.end(), buat, m) for buat in bentuk if (m := _pola(buat, utuh=False).match(teks))]
    if not cocok:
        return None
    _akhir, buat, m = min(cocok, key=lambda c: c[0])
    return (buat(**_argumen(buat, m.groupdict())),)


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
        return Pesan.gabung(", ", [Pesan.gabung(" ", [str(k), _jumlah_json(v)])
                                   for k, v in nilai.items()])
    if isinstance(nilai, list):
        return ", ".join(map(str, nilai))
    if kunci == "wilayah" and nilai == "semua":
        return Pesan("semua")
    return _jumlah_json(nilai)


def _jumlah_json(nilai: object) -> str:
    """A whole number of a JSON note (its counts: rows, families, members) as an
    :class:`Angka`; anything else as its text."""
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return Angka(nilai) if nilai >= 0 else str(nilai)
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
