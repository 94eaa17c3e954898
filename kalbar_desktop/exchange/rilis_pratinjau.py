"""The import preview's warning about an older P3KE release (before anything is written).

A file of an older release imported after a newer one puts the older source values back
(:meth:`kalbar_desktop.storage.impor.Pementasan.rilis_lebih_baru` counts them in the summary).
The preview reads only the top rows of each file, so it judges from them: the file's release as
far as those rows tell (their newest "Dimuktakhirkan Tahun", or the 2022 layout), and whether
the families of those rows are stored from a newer release. One indexed look-up of a few dozen
ID Keluarga per file; the import's summary gives the exact count afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange.impor_p3ke import PratinjauBerkas, rilis_berkas
from kalbar_desktop.storage import impor as simpan
from kalbar_desktop.storage.db import BasisData


def pesan_rilis_lama(berkas: str, rilis: str, dasar: Pesan, jumlah: int, terbaru: str,
                     contoh: str) -> Pesan:
    """The preview's warning line: the file looks older than what is stored for its families;
    the import stays allowed."""
    return Pesan(
        "Berkas {berkas} tampaknya dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis "
        "{terbaru} yang sudah diimpor untuk {jumlah} keluarga di baris-baris itu (mis. ID "
        "Keluarga {contoh}). Bila diimpor, nilai sumber keluarga itu kembali ke rilis {rilis}; "
        "hasil verifikasi tidak berubah, dan ringkasan sesudah impor menyebut jumlah pastinya. "
        "Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis yang lebih baru.",
        berkas=berkas, rilis=rilis, dasar=dasar, terbaru=terbaru, jumlah=jumlah,
        contoh=contoh)


def periksa(db: BasisData, pratinjau: Sequence[PratinjauBerkas]) -> None:
    """Add the older-release warning to the sheets of each previewed file whose top rows'
    families are stored from a newer P3KE release (in :attr:`PratinjauLembar.peringatan`)."""
    for pb in pratinjau:
        if pb.galat or not pb.lembar:
            continue
        tahun = set().union(*(pl.tahun for pl in pb.lembar))
        rilis = rilis_berkas((pl.tata_letak for pl in pb.lembar), tahun)
        if rilis is None:
            continue  # a BNBA print, an office's layout: no release to compare
        id_keluarga = [i for pl in pb.lembar for i in pl.id_keluarga if i]
        jumlah, terbaru, contoh = simpan.rilis_lebih_baru(db, id_keluarga, rilis)
        if not jumlah:
            continue
        if rilis in tahun:
            dasar = Pesan("tahun Dimuktakhirkan terbaru di {n} baris teratas yang dibaca",
                          n=sum(len(pl.id_keluarga) for pl in pb.lembar))
        else:
            dasar = Pesan("tata letak P3KE 2022, tanpa kolom Dimuktakhirkan Tahun")
        peringatan = pesan_rilis_lama(pb.berkas.name, rilis, dasar, jumlah, terbaru or "",
                                      contoh or "")
        for pl in pb.lembar:
            pl.peringatan.append(peringatan)
