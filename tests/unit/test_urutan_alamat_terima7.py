"""The printed lists of one desa (Berita Acara, Daftar Kunjungan) follow the addresses as a
person walks the street: Gang 2 before Gang 10, and an address corrected in the form where
it now is. They were sorted as text ('Jl. Gang 10' before 'Jl. Gang 2') by the file's
address. From the acceptance round terima7."""

from __future__ import annotations

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import dokumen, impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.masukan_luar import INDIVIDU_2023, KEPALA_2023, baris_individu, baris_kepala, xlsx

BUDI = Pengguna("Budi", Peran.VERIFIKATOR)
DESA = "6172011001"
ALAMAT = {"0061720001": "Jl. Gang 10 RT 1", "0061720002": "jl. gang 2 RT 12",
          "0061720003": "Jl. Gang 2 RT 3"}


def _berkas(folder):
    """The outside pair with its 3 families moved into one desa, each at its own address."""
    kepala, individu = baris_kepala(), baris_individu()
    for rows, header in ((kepala, KEPALA_2023), (individu, INDIVIDU_2023)):
        for r in rows:
            r[header.index("Kode Kemdagri")] = DESA
            r[header.index("Alamat")] = ALAMAT[r[header.index("ID Keluarga P3KE")]]
    return (xlsx(folder / "kepala.xlsx", KEPALA_2023, kepala, lembar="Kepala Keluarga"),
            xlsx(folder / "individu.xlsx", INDIVIDU_2023, individu, lembar="Individu"))


def test_daftar_desa_urut_alamat_seperti_jalan(db_path, tmp_path):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, _berkas(tmp_path), pengguna="uji")
        dok = dokumen.berita_acara(db, dokumen.OpsiBeritaAcara(DESA), BUDI, catat=False)
        [daftar] = [b for b in dok.blok if isinstance(b, dokumen.Tabel) and len(b.kolom) == 10]
        assert [b[1][0].teks for b in daftar.baris] == ["0061720003", "0061720002",
                                                       "0061720001"]
        # the address corrected in the form counts where the family now lives
        data = sv.muat(db, "0061720003")
        sv.simpan(db, "0061720003", BUDI, data.verifikasi, data.versi,
                  koreksi={"alamat": "Jl. Gang 11"})
        dk = dokumen.daftar_kunjungan(db, dokumen.OpsiDaftarKunjungan(DESA), BUDI, catat=False)
        teks = dk.teks_polos()
        assert teks.index("Jl. Gang 11") > teks.index("Jl. Gang 10") > teks.index("gang 2")
