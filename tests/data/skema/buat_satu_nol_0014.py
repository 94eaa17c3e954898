"""Writes ``lama_0014_satu_nol.db``: a schema-0014 database made by the code before stop 22
(10dd327^), which stored ``1``/``0`` (and an Excel TRUE/FALSE cell) in a yes/no column as
written and read 'Tidak Ada' in Fasilitas BAB as 'Lainnya' (the written text in the source
JSON). Migration 0015 rewrites them; ``tests/unit/test_migrasi_nilai_lama.py`` upgrades it.

Run with that version's source on the path (not this checkout's):

    git archive 10dd327^ | (mkdir /tmp/v14 && tar -x -C /tmp/v14)
    cd /tmp/v14 && PYTHONPATH=/tmp/v14 python $REPO/tests/data/skema/buat_satu_nol_0014.py \\
        $REPO/tests/data/skema/lama_0014_satu_nol.db

The P3KE files are written with openpyxl and the csv module by ``tests/masukan_luar.py`` (the
same in that version), planted with such values (:func:`tulis_berkas`, also used by the test
to import the same files with today's code); verification work goes through that version's
storage API.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests import masukan_luar as ml

# What each row's file says where it matters (header -> cell: an int or bool is a number or
# TRUE/FALSE cell; text otherwise); every other yes/no cell says Ya or Tidak. The people are
# those of tests/masukan_luar.py (the same file in that version); the 2022 pair gets its own
# IDs and NIKs (ID 0061729..., NIK serial 09..).
KEPALA_TANAM = {
    "0061720001": {"Penerima PKH": 1, "Penerima BPNT": 0,
                   "Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya": "1",
                   "Penerima Prakerja": "1.0"},
    "0061720002": {"Penerima KUR": True, "Memiliki fasilitas Buang Air Besar": "TIDAK ADA"},
    # a real Lainnya, and 'Tidak Ada' in a column no P3KE layout has: neither is rewritten
    "0061720003": {"Penerima BST": 2, "Memiliki fasilitas Buang Air Besar": "Lainnya",
                   "Keterangan Desa": "Tidak Ada"},
}
INDIVIDU_TANAM = {
    "006172000101": {"Penerima SEMBAKO": "0", "Penerima PKH": "1"},
    "006172000202": {"Penerima KUR": "TRUE", "Penerima BPUM": "false"},
}
KELUARGA_2022_TANAM = {
    "0061729001": {"Penerima BNPT": 1, "Memiliki Fasilitas Buang Air Besar": " Tidak Ada "},
    "0061729002": {"Penerima PKH": False},
}
USIA_2022_TANAM = {"006172900202": [0, 1, 0, 0, 0, 0, 0]}
"""The 2022 age bands (Usia < 7 ... Usia 60+) as 0/1 number cells for one member."""
KEPALA = [*ml.KEPALA_2023, "Keterangan Desa"]


def _isi(baris: list, header: list[str], tanam: dict) -> list:
    for h, v in tanam.items():
        baris[header.index(h)] = v
    return baris


def _2022(baris: list, kolom_id: tuple[int, ...], kolom_nik: int) -> list:
    for i in kolom_id:
        baris[i] = baris[i].replace("006172000", "006172900")
    baris[kolom_nik] = baris[kolom_nik][:12] + "09" + baris[kolom_nik][14:]
    return baris


def tulis_berkas(folder: Path) -> list[list[Path]]:
    """The files, in import order: the 2023 pair (Kepala Keluarga xlsx with one column no
    layout has, Individu csv as Excel saves it in an Indonesian locale), then the 2022 pair
    (two xlsx)."""
    folder.mkdir(parents=True, exist_ok=True)
    kepala = [_isi([*r, ""], KEPALA, KEPALA_TANAM.get(r[0], {})) for r in ml.baris_kepala()]
    idi = ml.INDIVIDU_2023.index("ID Individu")
    individu = [_isi(r, ml.INDIVIDU_2023, INDIVIDU_TANAM.get(r[idi], {}))
                for r in ml.baris_individu()]
    keluarga = [_2022(r, (0,), ml.KELUARGA_2022.index("NIK"))
                for r in ml.baris_keluarga_2022()]
    keluarga = [_isi(r, ml.KELUARGA_2022, KELUARGA_2022_TANAM.get(r[0], {})) for r in keluarga]
    idi, usia = ml.INDIVIDU_2022.index("ID Individu"), ml.INDIVIDU_2022.index("Usia < 7 Tahun")
    orang = [_2022(r, (1, idi), ml.INDIVIDU_2022.index("NIK")) for r in ml.baris_individu_2022()]
    for r in orang:
        r[usia:usia + 7] = USIA_2022_TANAM.get(r[idi], r[usia:usia + 7])
    return [[ml.xlsx(folder / "kepala_2023.xlsx", KEPALA, kepala, lembar="Kepala Keluarga"),
             ml.csv_berkas(folder / "individu_2023.csv", ml.INDIVIDU_2023, individu)],
            [ml.xlsx(folder / "keluarga_2022.xlsx", ml.KELUARGA_2022, keluarga),
             ml.xlsx(folder / "individu_2022.xlsx", ml.INDIVIDU_2022, orang,
                     lembar="Individu")]]


def main(keluar: Path) -> None:
    import kalbar_desktop
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.domain.codes import YA_TIDAK
    from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
    from kalbar_desktop.exchange import impor_p3ke
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import verifikasi as sv

    assert YA_TIDAK.cocokkan("1") is None, \
        f"jalankan dengan kode sebelum 10dd327, bukan {kalbar_desktop.__file__}"
    keluar.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = sdb.buka(keluar)
        for pasangan in tulis_berkas(Path(tmp)):
            impor_p3ke.impor(db, pasangan, pengguna="penguji lama")
        budi = Pengguna("Budi", Peran.VERIFIKATOR)
        rina = Pengguna("Rina", Peran.VERIFIKATOR)
        # an approved family with 1/0 values
        data = sv.muat(db, "0061720001")
        v = sv.simpan(db, "0061720001", budi, Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-10",
            nama_verifikator="Budi", catatan="rumah kayu, penerima PKH"), data.versi)
        v = sv.ubah_persetujuan(db, "0061720001", budi, AksiPersetujuan.AJUKAN, v)
        sv.ubah_persetujuan(db, "0061720001", rina, AksiPersetujuan.SETUJUI, v)
        # the 'Tidak Ada' family: its Fasilitas BAB corrected in the form after the visit
        data = sv.muat(db, "0061720002")
        sv.simpan(db, "0061720002", budi, Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="LAYAK_INTERVENSI",
            tanggal_kunjungan="2026-11-11", nama_verifikator="Budi",
            catatan="belum punya jamban"), data.versi,
            koreksi={"fasilitas_bab": "Umum/Bersama"})
        # a 2022 family: a member added and a NIK corrected
        data = sv.muat(db, "0061729001")
        sv.simpan(db, "0061729001", budi, Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-12",
            nama_verifikator="Budi"), data.versi, anggota=[
                sv.PerubahanAnggota(None, data_baru={
                    "nama": "Nur Aini", "nik": "6172015509240001", "jenis_kelamin": "Perempuan",
                    "hubungan": "Anak", "tanggal_lahir": "2024-09-15"}),
                sv.PerubahanAnggota("006172900102", nik_perbaikan="6172015003850903",
                                    catatan="KK baru")])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
    print(keluar, keluar.stat().st_size)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
