"""Old free-text 'Pindah ke' written exactly as a desa of another kabupaten is no typing slip of
a desa here: the form offers nothing for it (closing note 23, "the Pindah typo is only
suggested", looked at again). In a Kubu Raya database "Amawang" (a desa of Kec. Sadaniang,
Kabupaten Mempawah) was offered as "Mungkin maksudnya Desa Ambawang?" (Kec. Kubu, Kubu Raya),
one letter away; a real slip is still offered, an exact name here still read as the desa."""

from __future__ import annotations

from kalbar_desktop.exchange import wilayah_csv
from kalbar_desktop.storage import wilayah as swilayah
from tests.conftest import WILAYAH_61

AMBAWANG = "6112062009"      # Kec. Kubu, Kabupaten Kubu Raya
SUNGAI_KUPAH = "6112092004"  # Kec. Sungai Kakap, Kabupaten Kubu Raya


def test_nama_desa_kabupaten_lain_tidak_ditawarkan(db):
    wilayah_csv.impor(db, WILAYAH_61)
    db.execute("INSERT INTO keluarga (id_keluarga, kode_kemdagri) VALUES ('K1', ?)", [AMBAWANG])
    db.execute("INSERT INTO verifikasi_keluarga (id_keluarga) VALUES ('K1')")
    nama = swilayah.NamaDesaTujuan(db)
    assert nama.tafsir("Desa Ambawang").kode == AMBAWANG
    assert nama.tafsir("Ambawng").mirip == AMBAWANG         # a slip: offered
    assert nama.tafsir("Sungai Kupah").kode == SUNGAI_KUPAH
    # written exactly as desa of Mempawah and Sambas: nothing offered, stays text
    for teks in ("Amawang", "desa AMAWANG", "Sungai Kumpai"):
        tafsir = nama.tafsir(teks)
        assert (tafsir.kode, tafsir.kandidat, tafsir.mirip) == (None, (), None), teks


def test_tanpa_referensi_wilayah_tetap_ditawarkan(db):
    """Without the region reference nothing is known of other kabupaten: as before."""
    db.execute("INSERT INTO keluarga (id_keluarga, kode_kemdagri, desa) VALUES ('K1', ?, "
               "'Ambawang')", [AMBAWANG])
    db.execute("INSERT INTO verifikasi_keluarga (id_keluarga) VALUES ('K1')")
    assert swilayah.NamaDesaTujuan(db).tafsir("Amawang").mirip == AMBAWANG
