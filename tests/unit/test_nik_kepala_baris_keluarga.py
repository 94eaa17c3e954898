"""The NIK Kepala Keluarga of the Kepala Keluarga file damaged by Excel (a number cell whose
last digit became 0, ``6.17201E+15``, 15 digits) while the Individu file has the head's NIK
intact: the family row's NIK is what the household table, the search and the exports show, and
no rule looked at it (the rules checked the members' NIKs only; found by the acceptance round
terima6). Now the NIK rules run on it when no member holds that NIK, after the import, in the
whole-database check (with and without its SQL filter) and for one family. Files written with
openpyxl."""

from __future__ import annotations

import pytest

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import temuan as stemuan
from tests import masukan_luar as ml

NIK_KEPALA = ml.KEPALA_2023.index("NIK Kepala Keluarga")


def _temuan(db) -> list[tuple]:
    return [(t["aturan"], t["id_keluarga"], t["id_individu"], t["kolom"], t["nilai"], t["file"],
             t["baris"]) for t in stemuan.semua_temuan(db)]


def _impor(db, tmp_path, nik_kepala) -> list[tuple]:
    rows = ml.baris_kepala()
    rows[1][NIK_KEPALA] = nik_kepala  # Maria Goreti, head of 0061720002 (row 3)
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, rows, lembar="Kepala Keluarga")
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                       lembar="Individu")
    impor_p3ke.impor(db, [kepala, individu])
    setelah_impor = _temuan(db)
    stemuan.hitung_ulang_semua(db)
    assert _temuan(db) == setelah_impor
    stemuan.hitung_ulang_semua(db, saring=False)
    assert _temuan(db) == setelah_impor
    stemuan.hitung_ulang_keluarga(db, "0061720002")
    assert _temuan(db) == setelah_impor
    return setelah_impor


@pytest.mark.parametrize(("nik_kepala", "aturan", "nilai", "kata"), [
    (6172014412700000, ["NIK_FORMAT", "NIK_RUSAK_EXCEL"], "6172014412700000",
     "tersimpan sebagai angka oleh Excel"),
    ("6.17201E+15", ["NIK_RUSAK_EXCEL"], "6.17201E+15", "notasi ilmiah"),
    ("617201441270001", ["NIK_FORMAT"], "617201441270001", "tertulis 15 digit"),
    ("6172010412700001", ["NIK_JENIS_KELAMIN"], "6172010412700001", "NIK menunjukkan Laki-laki"),
])
def test_nik_kepala_rusak_di_berkas_kepala_menjadi_temuan(db, tmp_path, nik_kepala, aturan,
                                                          nilai, kata):
    temuan = _impor(db, tmp_path, nik_kepala)
    assert temuan == [(a, "0061720002", None, "nik_kepala", nilai, "kepala.xlsx", 3)
                      for a in aturan]
    pesan = db.execute("SELECT pesan FROM temuan WHERE aturan = ?", [aturan[-1]]).fetchone()[0]
    assert pesan.startswith("NIK Kepala Keluarga di baris keluarga (tidak sama dengan NIK "
                            "anggota mana pun): ")
    assert kata in pesan


@pytest.mark.parametrize("nik_kepala", ["6172014412700001", 6172014412700001, "", None])
def test_nik_kepala_sama_dengan_anggota_atau_kosong_tanpa_temuan(db, tmp_path, nik_kepala):
    """The same NIK as the head's row of the Individu file (even as a number there: the text
    in the Individu file confirms it), or none: nothing more to say."""
    assert _impor(db, tmp_path, nik_kepala) == []


@pytest.mark.parametrize("dengan_anggota", [False, True])
def test_nik_kepala_yang_dikoreksi_bukan_lagi_rusak_excel(db, tmp_path, dengan_anggota):
    """The head's NIK corrected in the form was typed by a person: before, the finding kept
    saying 'NIK <the corrected NIK> tersimpan sebagai angka oleh Excel' for ever (on a family
    of a Kepala Keluarga file imported alone), in the saved findings and in the form's."""
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.domain.status import Verifikasi
    from kalbar_desktop.storage import verifikasi as sv

    rows = ml.baris_kepala()
    rows[1][NIK_KEPALA] = 6172014412700000
    berkas = [ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, rows, lembar="Kepala Keluarga")]
    if dengan_anggota:
        berkas.append(ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                              lembar="Individu"))
    impor_p3ke.impor(db, berkas)
    assert [t[0] for t in _temuan(db)] == ["NIK_FORMAT", "NIK_RUSAK_EXCEL"]

    data = sv.muat(db, "0061720002")
    # as the form asks (ui.form_keluarga.perbarui_temuan); the head's NIK in the Individu file
    # (another valid NIK would differ from it: NIK_KEPALA_BERBEDA)
    nilai = {**data.nilai, "nik_kepala": "6172014412700001", "id_keluarga": "0061720002"}
    anggota = [dict(a) for a in data.anggota]
    sementara = stemuan.periksa_keluarga_sementara(db, nilai, anggota)
    assert sementara == []
    sv.simpan(db, "0061720002", Pengguna("Ani", Peran.VERIFIKATOR), Verifikasi(), data.versi,
              koreksi={"nik_kepala": "6172014412700001"})
    assert _temuan(db) == []
    stemuan.hitung_ulang_semua(db)
    assert _temuan(db) == []
    stemuan.hitung_ulang_semua(db, saring=False)
    assert _temuan(db) == []
