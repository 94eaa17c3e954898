"""Counts in the English window: 'row' for one, 'rows' for more ("1 audit trail rows" before),
in the interface's own texts (``tr`` with :func:`ui.lokal.angka`) and in the lower layers'
messages (:class:`Pesan` with a number, or a stored audit note read back). Indonesian has no
plural: its texts are the same for every count."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.lokal import Jumlah, angka

TS = Path(__file__).resolve().parents[2] / "resources/i18n/kalbar_desktop_en.ts"
_JAMAK = re.compile(r"\{(\w+):[^{}|]*\|[^{}]*\}")
_TEMPAT = re.compile(r"\{(\w*)[}:!]")


def _audit_diekspor(n: int) -> str:
    return QCoreApplication.translate(
        "AuditLogDialog", "{0} baris jejak audit diekspor ke {1}.").format(angka(n), "a.xlsx")


def test_satu_baris_tunggal_di_jendela_inggris(qapp, pasang, folder_qm):
    assert _audit_diekspor(1) == "1 baris jejak audit diekspor ke a.xlsx."
    pasang("en", folder_qm)
    assert _audit_diekspor(1) == "1 audit trail row exported to a.xlsx."
    assert _audit_diekspor(2) == "2 audit trail rows exported to a.xlsx."
    assert _audit_diekspor(1234) == "1,234 audit trail rows exported to a.xlsx."
    assert QCoreApplication.translate("MainWindow", "{0} keluarga ditampilkan").format(
        angka(1)) == "1 family shown"


def test_pesan_dan_catatan_tersimpan_memilih_bentuk(qapp, pasang, folder_qm):
    satu = Pesan("{jumlah} baris ke {berkas}", jumlah=1, berkas="a.xlsx")
    assert bahasa.teks(satu) == "1 baris ke a.xlsx"
    pasang("en", folder_qm)
    assert bahasa.teks(satu) == "1 row to a.xlsx"
    assert bahasa.teks(Pesan("{jumlah} baris ke {berkas}", jumlah=3, berkas="a.xlsx")) == (
        "3 rows to a.xlsx")
    # a stored note read back: its count is text
    assert bahasa.teks(keterangan_jejak.tampilan(
        "1 baris jejak audit (semua baris) ke j.xlsx")) == (
        "1 audit trail row (all rows) to j.xlsx")
    assert bahasa.teks(keterangan_jejak.tampilan("wilayah.csv: 1 wilayah")) == (
        "wilayah.csv: 1 region")


def test_setiap_bentuk_jamak_bisa_diformat():
    """Every English translation that picks a form formats for one and for many, with a
    count where it asks for one; its source (Indonesian) formats the same way."""
    jumlah = 0
    for m in ET.parse(TS).getroot().iter("message"):
        terjemahan = m.findtext("translation") or ""
        jamak = set(_JAMAK.findall(terjemahan))
        if not jamak:
            continue
        jumlah += 1
        sumber = m.findtext("source")
        nama = set(_TEMPAT.findall(sumber))
        for n in (1, 2):
            arg = {k: Jumlah(str(n), n) if k in jamak else "x" for k in nama if k}
            pos = [Jumlah(str(n), n) if str(i) in jamak else "x"
                   for i in range(len([k for k in nama if k.isdigit()]))]
            teks = terjemahan.format(*pos, **{k: v for k, v in arg.items()
                                              if not k.isdigit()})
            assert "|" not in teks, terjemahan
            sumber.format(*pos, **{k: v for k, v in arg.items() if not k.isdigit()})
    assert jumlah > 40
