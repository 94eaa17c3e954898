"""Rendering the printed documents (:mod:`kalbar_desktop.exchange.dokumen`) to PDF with Qt's own
printing: QPainter on a QPdfWriter, A4, 300 dpi.

Layout happens first (text measured with the PDF's font metrics, pages broken between table
rows, the table header repeated on every page, signature blocks kept together), then each page
is drawn with "Halaman i dari n" and the footer. Qt's HTML tables (QTextDocument) were measured
at about 4 minutes for a desa of 6,000 families; this takes seconds. The PDF is drawn in memory,
then written to a temporary file beside the target and moved into place when complete
(:func:`kalbar_desktop.exchange.tujuan.tulis_utuh`, with the workbooks' messages for a missing
folder, a full disk or a used-up quota).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from kalbar_desktop import APP_NAME
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.exchange.dokumen import (
    Dokumen,
    DokumenWilayah,
    Gaya,
    Orientasi,
    Rata,
    Spasi,
    Tabel,
    TandaTangan,
    Teks,
)

DPI = 300
MM = DPI / 25.4
UKURAN = {Gaya.BIASA: 9.0, Gaya.TEBAL: 9.0, Gaya.KECIL: 7.5, Gaya.JUDUL: 14.0,
          Gaya.SUBJUDUL: 10.5}
PADDING = 0.9 * MM
WARNA_KEPALA = QColor("#dde6f0")
WARNA_KECIL = QColor("#444444")


def pastikan_aplikasi() -> None:
    """Qt needs an application object for fonts; the command line has none. Without a display
    (a server, a test) the offscreen platform is used."""
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _APLIKASI
    # A QApplication (not only a QGuiApplication), so that widgets may still be made later in
    # the same process (tests).
    _APLIKASI = QApplication([sys.argv[0] if sys.argv else APP_NAME])


_APLIKASI: QApplication | None = None


class _Huruf:
    """Fonts and metrics per style, for the PDF device."""

    def __init__(self, perangkat: QPdfWriter):
        self.font: dict[Gaya, QFont] = {}
        self.metrik: dict[Gaya, QFontMetricsF] = {}
        for gaya, ukuran in UKURAN.items():
            f = QFont("DejaVu Sans")
            f.setStyleHint(QFont.StyleHint.SansSerif)
            f.setPointSizeF(ukuran)
            f.setBold(gaya in (Gaya.TEBAL, Gaya.JUDUL, Gaya.SUBJUDUL))
            self.font[gaya] = f
            self.metrik[gaya] = QFontMetricsF(f, perangkat)

    def bungkus(self, t: Teks, lebar: float) -> int:
        """Wrapping flag: at word boundaries, or anywhere when one word (a long ID) is wider
        than the column."""
        m = self.metrik[t.gaya]
        if any(m.horizontalAdvance(kata) > lebar for kata in t.teks.split()):
            return int(Qt.TextFlag.TextWrapAnywhere)
        return int(Qt.TextFlag.TextWordWrap)

    def tinggi(self, t: Teks, lebar: float) -> float:
        m = self.metrik[t.gaya]
        if not t.teks:
            return m.lineSpacing()
        if "\n" not in t.teks and m.horizontalAdvance(t.teks) <= lebar:
            return m.lineSpacing()
        kotak = m.boundingRect(QRectF(0, 0, lebar, 1e6), self.bungkus(t, lebar), t.teks)
        return max(kotak.height(), m.lineSpacing())


_RATA = {Rata.KIRI: Qt.AlignmentFlag.AlignLeft, Rata.TENGAH: Qt.AlignmentFlag.AlignHCenter,
         Rata.KANAN: Qt.AlignmentFlag.AlignRight}


@dataclass
class _Halaman:
    gambar: list[Callable[[QPainter], None]] = field(default_factory=list)


class _Tata:
    """Lays the blocks out on pages (a list of drawing steps per page)."""

    def __init__(self, huruf: _Huruf, kotak: QRectF, kaki: float):
        self.h = huruf
        self.kiri, self.atas = kotak.left(), kotak.top()
        self.lebar = kotak.width()
        self.bawah = kotak.bottom() - kaki
        self.halaman: list[_Halaman] = [_Halaman()]
        self.y = self.atas

    def _baru(self) -> None:
        self.halaman.append(_Halaman())
        self.y = self.atas

    def _gambar(self, f: Callable[[QPainter], None]) -> None:
        self.halaman[-1].gambar.append(f)

    def _teks(self, t: Teks, kotak: QRectF) -> None:
        font = self.h.font[t.gaya]
        warna = WARNA_KECIL if t.gaya == Gaya.KECIL else QColor("black")
        bendera = int(_RATA[t.rata] | Qt.AlignmentFlag.AlignTop) | self.h.bungkus(t, kotak.width())

        def f(p: QPainter, font=font, warna=warna, kotak=kotak, teks=t.teks, b=bendera) -> None:
            p.setFont(font)
            p.setPen(warna)
            p.drawText(kotak, b, teks)
        self._gambar(f)

    def paragraf(self, t: Teks) -> None:
        tinggi = self.h.tinggi(t, self.lebar)
        if self.y + tinggi > self.bawah:
            self._baru()
        self._teks(t, QRectF(self.kiri, self.y, self.lebar, tinggi))
        self.y += tinggi + 0.6 * MM

    def spasi(self, s: Spasi) -> None:
        self.y += s.mm * MM

    def tabel(self, tabel: Tabel) -> None:
        lebar_total = self.lebar * tabel.lebar
        jumlah = sum(k.lebar for k in tabel.kolom)
        lebar = [lebar_total * k.lebar / jumlah for k in tabel.kolom]
        x = [self.kiri]
        for w in lebar:
            x.append(x[-1] + w)
        kepala = [Teks(k.judul, Gaya.TEBAL, Rata.TENGAH) for k in tabel.kolom]
        tinggi_kepala = max(self.h.tinggi(t, w - 2 * PADDING) for t, w in zip(
            kepala, lebar, strict=True)) + 2 * PADDING

        def kepala_tabel() -> None:
            y = self.y
            kotak = [QRectF(x[i], y, lebar[i], tinggi_kepala) for i in range(len(lebar))]

            def latar(p: QPainter, kotak=kotak) -> None:
                p.setPen(QPen(QColor("#555555"), 0.25 * MM / 2))
                for k in kotak:
                    p.fillRect(k, WARNA_KEPALA)
                    p.drawRect(k)
            self._gambar(latar)
            for t, k in zip(kepala, kotak, strict=True):
                self._teks(t, k.adjusted(PADDING, PADDING, -PADDING, -PADDING))
            self.y += tinggi_kepala

        if self.y + tinggi_kepala + 3 * self.h.metrik[Gaya.BIASA].lineSpacing() > self.bawah:
            self._baru()
        kepala_tabel()
        for baris in tabel.baris:
            tinggi_sel = []
            for sel, w in zip(baris, lebar, strict=True):
                tinggi_sel.append(sum(self.h.tinggi(t, w - 2 * PADDING) for t in sel))
            tinggi = max(tinggi_sel) + 2 * PADDING
            if self.y + tinggi > self.bawah:
                self._baru()
                kepala_tabel()
            y = self.y
            kotak = [QRectF(x[i], y, lebar[i], tinggi) for i in range(len(lebar))]

            def garis(p: QPainter, kotak=kotak) -> None:
                p.setPen(QPen(QColor("#777777"), 0.25 * MM / 2))
                for k in kotak:
                    p.drawRect(k)
            self._gambar(garis)
            for sel, k, kolom in zip(baris, kotak, tabel.kolom, strict=True):
                yy = k.top() + PADDING
                w = k.width() - 2 * PADDING
                for t in sel:
                    if t.rata == Rata.KIRI and kolom.rata != Rata.KIRI:
                        t = Teks(t.teks, t.gaya, kolom.rata)
                    th = self.h.tinggi(t, w)
                    self._teks(t, QRectF(k.left() + PADDING, yy, w, th))
                    yy += th
            self.y += tinggi
        self.y += 1.5 * MM

    def tanda_tangan(self, tt: TandaTangan) -> None:
        m = self.h.metrik[Gaya.BIASA]
        w = self.lebar / len(tt.blok)
        # a long title ('Plt. Kepala Dinas Sosial Kota Singkawang') wraps: every name moves down
        judul = [Teks(f"{atas}\n{jabatan}", Gaya.BIASA, Rata.TENGAH)
                 for atas, jabatan, _n in tt.blok]
        atas_tinggi = max([2 * m.lineSpacing(), *(self.h.tinggi(t, w) for t in judul)])
        # a block with a NIP (under the official's name) makes every block one line taller
        nip = [tt.nip[i] if i < len(tt.nip) else None for i in range(len(tt.blok))]
        tinggi = atas_tinggi + (5 if any(nip) else 4) * m.lineSpacing() + 14 * MM
        if self.y + tinggi > self.bawah:
            self._baru()
        for i, (_atas, _jabatan, nama) in enumerate(tt.blok):
            kiri = self.kiri + i * w
            self._teks(judul[i], QRectF(kiri, self.y, w, atas_tinggi + 1))
            bawah = self.y + atas_tinggi + 18 * MM
            teks = f"( {nama} )" if nama else "( " + "." * 36 + " )"
            self._teks(Teks(teks, Gaya.BIASA, Rata.TENGAH),
                       QRectF(kiri, bawah, w, m.lineSpacing() + 1))
            if nip[i]:
                self._teks(Teks(f"NIP. {nip[i]}", Gaya.BIASA, Rata.TENGAH),
                           QRectF(kiri, bawah + m.lineSpacing(), w, m.lineSpacing() + 1))
        self.y += tinggi


def tata_letak(dokumen: Dokumen, penulis: QPdfWriter, atas: float = 0.0) -> list[_Halaman]:
    """Lay ``dokumen`` out on the pages of ``penulis`` (``atas``: room left free at the top of
    every page, for a page header)."""
    huruf = _Huruf(penulis)
    kotak = QRectF(penulis.pageLayout().paintRectPixels(DPI))
    kotak.moveTo(0, 0)
    kotak.setTop(atas)
    tata = _Tata(huruf, kotak, kaki=2 * huruf.metrik[Gaya.KECIL].lineSpacing() + 2 * MM)
    for b in dokumen.blok:
        if isinstance(b, Teks):
            tata.paragraf(b)
        elif isinstance(b, Tabel):
            tata.tabel(b)
        elif isinstance(b, TandaTangan):
            tata.tanda_tangan(b)
        elif isinstance(b, Spasi):
            tata.spasi(b)
    return tata.halaman


class Dibatalkan(Exception):
    """The user cancelled; no PDF was written under the final name."""


def _bagian(dokumen: Dokumen | DokumenWilayah) -> Iterable[Dokumen]:
    return dokumen.bagian() if isinstance(dokumen, DokumenWilayah) else (dokumen,)


def _tr(teks: str) -> str:
    """A progress text (marked with QT_TRANSLATE_NOOP for lupdate) in the window's language;
    the console loads no translation and keeps the Indonesian."""
    return QCoreApplication.translate("Cetak", teks)


def tulis_pdf(dokumen: Dokumen | DokumenWilayah, tujuan: str | Path,
              kemajuan: Callable[[str, float], None] | None = None,
              dibatalkan: Callable[[], bool] | None = None,
              sebelum_dipasang: Callable[[], None] | None = None, kepala: str = "") -> Path:
    """Render ``dokumen`` into the PDF file ``tujuan``; returns its path. ``sebelum_dipasang``
    runs once the PDF is complete on the disk, before it takes its name (its audit record).
    ``kepala``: a line drawn at the top of every page (a page header), above a rule.

    A document of several desa (:class:`~kalbar_desktop.exchange.dokumen.DokumenWilayah`) is
    laid out and drawn one desa at a time: each desa starts on a new page, its pages are
    numbered on their own ("Halaman 1 dari 3" of that desa: a berita acara is signed and filed
    per desa), and only one desa's layout is in memory at once.

    May run on a worker thread (QPainter on a QPdfWriter does not need the UI thread); progress
    is reported per page and a cancel is honoured between pages. The pages are drawn into
    memory, then written as the workbooks are (:func:`kalbar_desktop.exchange.tujuan.tulis_utuh`:
    a temporary file beside the target, renamed when complete): Qt's PDF writer would
    otherwise swallow a full disk or a pulled USB stick and leave a cut PDF under the name.
    Raises :class:`~kalbar_desktop.exchange.tujuan.TujuanTidakBisaDitulis` (a missing folder, a
    full disk, a used-up quota, a locked file; no partial file anywhere) or :class:`Dibatalkan`.
    """
    pastikan_aplikasi()
    lapor = kemajuan or (lambda _p, _f: None)
    batal = dibatalkan or (lambda: False)
    tujuan = Path(tujuan).absolute()
    alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)  # before minutes of drawing
    if alasan is not None:
        raise xtujuan.TujuanTidakBisaDitulis(alasan)
    isi = QBuffer()
    isi.open(QIODevice.OpenModeFlag.WriteOnly)
    penulis = QPdfWriter(isi)
    penulis.setTitle(dokumen.judul)
    penulis.setCreator(APP_NAME)
    penulis.setResolution(DPI)
    orientasi = (QPageLayout.Orientation.Landscape if dokumen.orientasi == Orientasi.LANSKAP
                 else QPageLayout.Orientation.Portrait)
    penulis.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientasi,
                                      QMarginsF(14, 12, 14, 10), QPageLayout.Unit.Millimeter))
    huruf = _Huruf(penulis)
    kotak = QRectF(penulis.pageLayout().paintRectPixels(DPI))
    kotak.moveTo(0, 0)
    m = huruf.metrik[Gaya.KECIL]
    atas = m.lineSpacing() + 3 * MM if kepala else 0.0
    semua = max(dokumen.jumlah_keluarga, 1)
    banyak = len(dokumen.desa) if isinstance(dokumen, DokumenWilayah) else 1
    selesai = 0  # families of the sections drawn
    p = QPainter()
    try:
        for nomor_bagian, bagian in enumerate(_bagian(dokumen), start=1):
            if batal():
                raise Dibatalkan("Pembuatan PDF dibatalkan.")
            awal = selesai / semua
            if banyak > 1:
                desa = _tr(QT_TRANSLATE_NOOP("Cetak", "Desa {0} dari {1}")).format(
                    nomor_bagian, banyak)
                lapor(_tr(QT_TRANSLATE_NOOP("Cetak", "{0}: menata halaman")).format(desa), awal)
            else:
                lapor(_tr(QT_TRANSLATE_NOOP("Cetak", "Menata halaman")), 0.0)
            halaman = tata_letak(bagian, penulis, atas)
            if batal():
                raise Dibatalkan("Pembuatan PDF dibatalkan.")
            if nomor_bagian > 1:
                penulis.newPage()
            elif not p.begin(penulis):
                raise OSError(f"PDF tidak bisa dibuat: {tujuan}")
            porsi = bagian.jumlah_keluarga / semua
            for i, h in enumerate(halaman):
                if i % 10 == 0:
                    teks = _tr(QT_TRANSLATE_NOOP("Cetak", "Menulis halaman {0} dari {1}")
                               ).format(i + 1, len(halaman))
                    lapor(f"{desa}: {teks}" if banyak > 1 else teks,
                          awal + porsi * i / len(halaman))
                    if batal():
                        raise Dibatalkan("Pembuatan PDF dibatalkan.")
                if i:
                    penulis.newPage()
                for gambar in h.gambar:
                    gambar(p)
                p.setFont(huruf.font[Gaya.KECIL])
                p.setPen(WARNA_KECIL)
                if kepala:
                    p.drawText(QPointF(kotak.left(), kotak.top() + m.ascent()), kepala)
                    garis = kotak.top() + m.lineSpacing() + MM
                    p.drawLine(QPointF(kotak.left(), garis), QPointF(kotak.right(), garis))
                y = kotak.bottom() - m.lineSpacing()
                p.drawText(QPointF(kotak.left(), y + m.ascent()), bagian.kaki)
                nomor = f"Halaman {i + 1} dari {len(halaman)}"
                p.drawText(QPointF(kotak.right() - m.horizontalAdvance(nomor), y + m.ascent()),
                           nomor)
            selesai += bagian.jumlah_keluarga
    finally:
        if p.isActive():
            p.end()
    del penulis  # finishes the PDF in the buffer
    lapor(_tr(QT_TRANSLATE_NOOP("Cetak", "Menyimpan PDF")), 0.99)
    data = isi.data()
    isi.close()
    return xtujuan.tulis_utuh(tujuan, data.data(), sebelum_dipasang)
