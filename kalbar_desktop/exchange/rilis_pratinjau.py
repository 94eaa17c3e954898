"""The import preview's warning about an older P3KE release (before anything is written).

A file of an older release imported after a newer one puts the older source values back
(:meth:`kalbar_desktop.storage.impor.Pementasan.rilis_lebih_baru` counts them in the summary);
one whose families are new to the database (a kecamatan imported for the first time) leaves
the areas on different releases.
The import's release is the newest "Dimuktakhirkan Tahun" of all its files' rows (or the 2022
layout). The preview reads the first rows of each file only: when they are every row of every
file (small files), it says what the import will do; otherwise it says that it guesses from
those rows. Reading one more column of a whole district file would cost about 20 times the
preview (measured by ``terima12``: 1.9 s against 0.1 s for 100,000 families, a parse of the
files 17 s), so the whole files are left to the import, whose summary gives the exact count.
"""

from __future__ import annotations

from collections.abc import Sequence

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange.impor_p3ke import PratinjauBerkas, rilis_berkas
from kalbar_desktop.storage import impor as simpan
from kalbar_desktop.storage.db import BasisData


def pesan_rilis_lama(berkas: str, rilis: str, dasar: Pesan, jumlah: int, terbaru: str,
                     contoh: str) -> Pesan:
    """The preview's warning line when it read every row of the files: the file is older
    than what is stored for some of its families; the import stays allowed."""
    return Pesan(
        "Berkas {berkas} dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis "
        "{terbaru} yang sudah diimpor untuk {jumlah} keluarga di berkas ini (mis. ID Keluarga "
        "{contoh}). Bila diimpor, nilai sumber keluarga itu kembali ke rilis {rilis}; hasil "
        "verifikasi tidak berubah. Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis "
        "yang lebih baru.",
        berkas=berkas, rilis=rilis, dasar=dasar, terbaru=terbaru, jumlah=jumlah,
        contoh=contoh)


def pesan_rilis_lama_dugaan(berkas: str, rilis: str, dasar: Pesan, jumlah: int, terbaru: str,
                            contoh: str, n: int) -> Pesan:
    """The warning when the preview read only the files' first rows: a guess from them."""
    return Pesan(
        "Berkas {berkas} tampaknya dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis "
        "{terbaru} yang sudah diimpor untuk {jumlah} keluarga di baris-baris itu (mis. ID "
        "Keluarga {contoh}). Ini dugaan dari {n} baris teratas yang dibaca pratinjau, bukan dari "
        "seluruh berkas: bila baris lain bertahun Dimuktakhirkan lebih baru, berkas ini bukan "
        "rilis lama dan tidak ada yang kembali. Impor memeriksa semua baris; bila berkas ini "
        "memang lebih lama, nilai sumber keluarga itu kembali ke rilis {rilis} (hasil verifikasi "
        "tidak berubah), dan ringkasan sesudah impor menyebut jumlah pastinya. Impor tetap bisa "
        "dilakukan; bila keliru, pilih berkas rilis yang lebih baru.",
        berkas=berkas, rilis=rilis, dasar=dasar, terbaru=terbaru, jumlah=jumlah,
        contoh=contoh, n=n)


def pesan_rilis_belum_pasti(berkas: str, rilis: str, jumlah: int, terbaru: str,
                            kecamatan: str, n: int) -> Pesan:
    """The preview read only the first rows, none of whose families is stored from a newer
    release, but families of the same kecamatan are: the rest of the file may bring them."""
    return Pesan(
        "Pratinjau belum bisa memastikan rilis berkas {berkas}: tidak ada keluarga di {n} baris "
        "teratas yang dibacanya yang sudah diimpor dari rilis yang lebih baru, tetapi {jumlah} "
        "keluarga di kecamatan yang sama (mis. kode {kecamatan}) sudah diimpor dari rilis P3KE "
        "{terbaru}, lebih baru daripada rilis berkas ini menurut baris-baris itu ({rilis}). "
        "Bila baris lain berkas ini memuat keluarga-keluarga itu, impor mengembalikan nilai "
        "sumber mereka ke rilis {rilis} (hasil verifikasi tidak berubah); ringkasan sesudah "
        "impor menyebut jumlah pastinya. Impor tetap bisa dilakukan; bila keliru, pilih berkas "
        "rilis yang lebih baru.",
        berkas=berkas, rilis=rilis, jumlah=jumlah, terbaru=terbaru, kecamatan=kecamatan, n=n)


def pesan_rilis_basis_data(berkas: str, rilis: str, dasar: Pesan, terbaru: str,
                           contoh: str, keluarga: Pesan) -> Pesan:
    """The warning when none of the file's families is stored from a newer release but the
    database holds one (a kecamatan imported for the first time from an older release while
    the others hold the newer one): nothing goes back, but the areas will differ in release.
    ``keluarga``: which families the preview looked at (:func:`_keluarga_dibaca`)."""
    return Pesan(
        "Berkas {berkas} dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis {terbaru}, "
        "rilis terbaru yang sudah ada di basis data (mis. berkas {contoh}). {keluarga} belum "
        "tersimpan dari rilis yang lebih baru (misalnya kecamatan yang baru pertama kali "
        "diimpor), jadi tidak ada nilai yang kembali ke rilis lama; tetapi sesudah impor, "
        "keluarga berkas ini tersimpan dari rilis {rilis} sedangkan keluarga lain di basis data "
        "dari rilis {terbaru}. Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis "
        "{terbaru}.",
        berkas=berkas, rilis=rilis, dasar=dasar, terbaru=terbaru, contoh=contoh,
        keluarga=keluarga)


def _keluarga_dibaca(utuh: bool, n: int) -> Pesan:
    """The families the preview's release check saw: the file's, or its first rows'."""
    if utuh:
        return Pesan("Keluarga berkas ini")
    return Pesan("Keluarga di {n} baris teratas yang dibaca pratinjau (dan kecamatannya)", n=n)


def periksa(db: BasisData, pratinjau: Sequence[PratinjauBerkas]) -> None:
    """Add the older-release warning to the sheets of each previewed file whose families are
    stored from a newer P3KE release than the import's (in :attr:`PratinjauLembar.peringatan`):
    what the import will do when the preview read every row of the files, else a guess said to
    be one. A file none of whose families is stored from a newer release, while the database
    holds one (a kecamatan imported for the first time), is warned of too
    (:func:`pesan_rilis_basis_data`): a query over the stored releases, not the whole file."""
    dibaca = [pb for pb in pratinjau if not pb.galat and pb.lembar]
    rilis = {id(pb): r for pb in dibaca
             if (r := rilis_berkas((pl.tata_letak for pl in pb.lembar),
                                   set().union(*(pl.tahun for pl in pb.lembar)))) is not None}
    if not rilis:
        return  # BNBA prints, an office's layout: no release to compare
    rilis_impor = max(rilis.values())  # the import takes the newest of its files'
    utuh = all(pl.utuh for pb in dibaca for pl in pb.lembar)
    terbaru_db: list[tuple[str, str] | None] = []  # looked up once, when needed
    for pb in dibaca:
        if id(pb) not in rilis:
            continue
        n = sum(len(pl.id_keluarga) for pl in pb.lembar)
        id_keluarga = [i for pl in pb.lembar for i in pl.id_keluarga if i]
        jumlah, terbaru, contoh = simpan.rilis_lebih_baru(db, id_keluarga, rilis_impor)
        peringatan = None
        if jumlah:
            dasar = _dasar(pb, rilis_impor, utuh, n)
            peringatan = (
                pesan_rilis_lama(pb.berkas.name, rilis_impor, dasar, jumlah, terbaru or "",
                                 contoh or "") if utuh else
                pesan_rilis_lama_dugaan(pb.berkas.name, rilis_impor, dasar, jumlah,
                                        terbaru or "", contoh or "", n))
        elif not utuh:
            jumlah, terbaru, kecamatan = simpan.rilis_lebih_baru_kecamatan(
                db, set().union(*(pl.kecamatan for pl in pb.lembar)), rilis_impor)
            if jumlah:
                peringatan = pesan_rilis_belum_pasti(pb.berkas.name, rilis_impor, jumlah,
                                                     terbaru or "", kecamatan or "", n)
        if peringatan is None:
            if not terbaru_db:
                terbaru_db.append(simpan.rilis_terbaru(db, rilis_impor))
            if terbaru_db[0] is not None:
                peringatan = pesan_rilis_basis_data(pb.berkas.name, rilis_impor,
                                                    _dasar(pb, rilis_impor, utuh, n),
                                                    *terbaru_db[0], _keluarga_dibaca(utuh, n))
        if peringatan is not None:
            for pl in pb.lembar:
                pl.peringatan.append(peringatan)


def _dasar(pb: PratinjauBerkas, rilis: str, utuh: bool, n: int) -> Pesan:
    """Where the release came from: the year column of the rows read, another file of the same
    import, or the 2022 layout."""
    if rilis in set().union(*(pl.tahun for pl in pb.lembar)):
        if utuh:
            return Pesan("tahun Dimuktakhirkan terbaru di berkas ini")
        return Pesan("tahun Dimuktakhirkan terbaru di {n} baris teratas yang dibaca", n=n)
    if any(pl.tata_letak == "2022" for pl in pb.lembar) and rilis == "2022":
        return Pesan("tata letak P3KE 2022, tanpa kolom Dimuktakhirkan Tahun")
    return Pesan("rilis terbaru di antara berkas yang diimpor bersamanya")
