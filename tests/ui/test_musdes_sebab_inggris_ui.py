"""The per-desa musdes line (``Musdes.uraian``, ``Tercatat.sebab``: why a BA number or date is
left to be written by hand) in the English window: the families named beside each value
("0061720008 and 2 more") and a printed value's name ("musdes date") came out in Indonesian
because those pieces were formatted into plain text before the window could translate them."""

from __future__ import annotations

import datetime as dt

from kalbar_desktop.exchange.dokumen import Musdes, Tercatat
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


def test_uraian_desa_dalam_bahasa_inggris(pasang):
    """The line the console and the dialog give per desa: a printed value's name ("tanggal
    musdes 12/03/2026") was plain text too."""
    musdes = Musdes("6172031001", "Pajintan", "01/BA/III/2026", dt.date(2026, 3, 12),
                    nomor_tercatat=1, tanggal_tercatat=1)
    assert musdes.uraian() == ("Pajintan (6172031001): tanggal musdes 12/03/2026; "
                               "nomor BA 01/BA/III/2026")
    pasang("en")
    teks = bahasa.teks(musdes.uraian())
    assert "musdes" not in teks and "nomor" not in teks
    assert teks.startswith("Pajintan (6172031001): ")
    assert "12/03/2026" in teks and "01/BA/III/2026" in teks
