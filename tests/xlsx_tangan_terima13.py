"""xlsx workbooks written by hand (zipfile and XML text), the ways other writers than openpyxl
and Excel produce them: a namespace prefix on every element (``x:``, the .NET Open XML SDK),
inline strings and no shared strings, no styles part, cells and rows without addresses, hidden
sheets. For the acceptance round 13 tests."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PAKET = "http://schemas.openxmlformats.org/package/2006"
_JENIS = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _kolom(i: int) -> str:
    s, i = "", i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _sel(v: object, alamat: str, p: str) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return f'<{p}c{alamat} t="b"><{p}v>{int(v)}</{p}v></{p}c>'
    if isinstance(v, int | float):
        return f"<{p}c{alamat}><{p}v>{v}</{p}v></{p}c>"
    if isinstance(v, dt.date):
        v = v.isoformat()
    return (f'<{p}c{alamat} t="inlineStr"><{p}is><{p}t xml:space="preserve">{escape(str(v))}'
            f"</{p}t></{p}is></{p}c>")


def _lembar(baris: Sequence[Sequence], p: str, alamat: bool) -> str:
    xmlns = f'xmlns:{p[:-1]}="{_NS}"' if p else f'xmlns="{_NS}"'
    isi = []
    for ri, b in enumerate(baris, 1):
        r = f' r="{ri}"' if alamat else ""
        isi.append(f"<{p}row{r}>" + "".join(
            _sel(v, f' r="{_kolom(ci)}{ri}"' if alamat else "", p) for ci, v in enumerate(b))
            + f"</{p}row>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns} xmlns:r="{_R}">'
            f"<{p}sheetData>{''.join(isi)}</{p}sheetData></{p}worksheet>")


def tulis(path: Path, lembar: Sequence[tuple[str, Sequence[Sequence]]], *, awalan: str = "",
          alamat: bool = True, tersembunyi: Sequence[str] = ()) -> Path:
    """Write ``lembar`` (sheet name, rows: header first) as an xlsx: every text an inline
    string, dates as ISO text, no shared strings or styles part. ``awalan`` ("x") puts that
    namespace prefix on every element; ``alamat=False`` leaves out the cells' and rows' ``r``
    addresses; sheets named in ``tersembunyi`` are hidden."""
    p = f"{awalan}:" if awalan else ""
    xmlns = f'xmlns:{awalan}="{_NS}"' if awalan else f'xmlns="{_NS}"'
    tipe, rel, daftar = [], [], []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (nama, baris) in enumerate(lembar, 1):
            tipe.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                        f'ContentType="{_JENIS}.worksheet+xml"/>')
            rel.append(f'<Relationship Id="rId{i}" Type="{_R}/worksheet" '
                       f'Target="worksheets/sheet{i}.xml"/>')
            keadaan = ' state="hidden"' if nama in tersembunyi else ""
            daftar.append(f'<{p}sheet name={quoteattr(nama)} sheetId="{i}"{keadaan} '
                          f'r:id="rId{i}"/>')
            z.writestr(f"xl/worksheets/sheet{i}.xml", _lembar(baris, p, alamat))
        z.writestr("[Content_Types].xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PAKET}/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_JENIS}.sheet.main+xml"/>'
            + "".join(tipe) + "</Types>"))
        z.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PAKET}/'
            f'relationships"><Relationship Id="rId1" Type="{_R}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        z.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><{p}workbook {xmlns} xmlns:r="{_R}">'
            f"<{p}sheets>{''.join(daftar)}</{p}sheets></{p}workbook>"))
        z.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PAKET}/'
            f'relationships">{"".join(rel)}</Relationships>'))
    return path
