"""Why a desa's BA number or date is left to be written by hand (``Tercatat.sebab``) in the
English window: the families named beside each value ("0061720008 and 2 more") came out
half Indonesian ("dan 2 lainnya") because the piece was formatted into plain text before the
window could translate it."""

from __future__ import annotations

from kalbar_desktop.exchange.dokumen import Tercatat
from kalbar_desktop.ui import bahasa


def test_nilai_berbeda_dalam_bahasa_inggris(pasang):
    tercatat = Tercatat(nilai={"01/BA/2026": ["0061720008", "0061720009", "0061720010"],
                               "02/BA/2026": ["0061720011"]}, tanpa=[])
    sebab = tercatat.sebab()
    assert sebab == ("2 berbeda di data keluarganya: '01/BA/2026' (0061720008 dan 2 lainnya), "
                     "'02/BA/2026' (0061720011)")
    pasang("en")
    assert bahasa.teks(sebab) == ("2 different in its families' data: '01/BA/2026' "
                                  "(0061720008 and 2 more), '02/BA/2026' (0061720011)")


def test_tanggal_hanya_di_sebagian_dalam_bahasa_inggris(pasang):
    tercatat = Tercatat(nilai={"2026-03-12": ["0061720008", "0061720009"]},
                        tanpa=["0061720010"], tanggal=True)
    pasang("en")
    teks = bahasa.teks(tercatat.sebab())
    assert teks.startswith("'12/03/2026' (0061720008 and 1 more) recorded for only 2 families;")
    assert "lainnya" not in teks
