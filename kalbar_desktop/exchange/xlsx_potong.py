"""Reading a large xlsx sheet in pieces that python-calamine parses one after another.

calamine parses a whole sheet before it gives the first row and holds every cell of it (about 90
bytes per cell: a district's Individu sheet of 400,000 rows takes about 1 GB while it is parsed).
Here the sheet's XML is cut at row boundaries into pieces of :data:`UKURAN_POTONGAN` bytes,
written as the sheets of one uncompressed temporary workbook with the original's styles, shared
strings and date system (so every cell reads exactly as in the whole sheet). A background
thread (:class:`PembacaPotongan`) cuts the sheet and then parses piece after piece while the
caller converts the rows of the piece before: on a second core the parse costs (almost) no wall
time, and only a few pieces are in memory at once.

Every cell keeps its own ``r`` address, so rows keep their numbers. What the sheet holds after
its rows (merged cells, among others) is known only once it is cut: :attr:`Potongan.ekor`.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import stat
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import izin

UKURAN_MIN = 48_000_000
"""Sheets whose XML is smaller than this are parsed whole (a second or two)."""
UKURAN_POTONGAN = 24_000_000
"""Bytes of sheet XML per piece (about 18,000 rows of a P3KE Individu sheet)."""
DI_DEPAN = 1
"""Parsed pieces waiting for the caller (besides the one it reads and the one being parsed)."""
FOLDER_SEMENTARA = "kalbar-desktop-potongan"
"""Folder under the system's temporary folder for the temporary workbooks (private files, mode
0600, in a folder of mode 0700; on Linux and macOS, whose ``/tmp`` all accounts share, one
folder per account: ``kalbar-desktop-potongan-<uid>``, see :func:`folder_sementara`). A
temporary workbook holds the personal data of the sheet being imported, so it lives no
longer than needed: it is unlinked as soon as calamine has opened it (the open file stays
readable; on Windows it is marked for deletion and goes when calamine closes it), or, where the
system refuses, once its last piece is parsed; one left behind by a killed process is removed by
:func:`hapus_sisa` (at every import and at the application's start)."""
UMUR_SISA = 10 * 60
"""Seconds after which a temporary workbook counts as left behind. One in use is safe anyway
(it was unlinked once opened, and Windows refuses to delete a file open without shared delete
access); the margin
only covers the seconds between the end of the cut and the moment calamine opens it."""
_BLOK = 4 << 20

_REL_DOK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ELEMEN_LEMBAR = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ELEMEN_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_ATRIBUT = re.compile(rb'(?:^|\s)(?:\w+:)?(\w+)="([^"]*)"')
_WORKBOOK_PR = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*?/?>")
_DATE1904 = re.compile(rb'\bdate1904="(?:1|true)"')
_SHEET_DATA = re.compile(rb"<((?:\w+:)?)sheetData\b[^>]*?(/?)>")
_DIMENSI = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")
_AKAR = re.compile(rb"<((?:\w+:)?)worksheet\b[^>]*>")


_RUMUS_TANPA_NILAI = re.compile(
    rb'<c r="([A-Z]{1,3})(\d{1,7})"[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?'
    rb"\s*</c>")
"""A formula cell without a cached result (``<c r="J2"><f>...</f><v/></c>``)."""


def nomor_kolom(huruf: bytes) -> int:
    """The 1-based number of a column's letters in sheet XML (``b"A"`` 1, ``b"AB"`` 28)."""
    n = 0
    for h in huruf:
        n = n * 26 + (h - 64)
    return n


def cari_rumus(data: bytes | bytearray, hasil: dict[int, list[int]], akhir: int | None = None
               ) -> None:
    """Add the formula cells without a cached result in ``data[:akhir]`` (whole cells) to
    ``hasil``: 0-based column -> 1-based rows."""
    if data.find(b"<f", 0, akhir if akhir is not None else len(data)) < 0:
        return
    for m in _RUMUS_TANPA_NILAI.finditer(data, 0, akhir if akhir is not None else len(data)):
        hasil.setdefault(nomor_kolom(m[1]) - 1, []).append(int(m[2]))


_GALAT = re.compile(
    rb'<c r="([A-Z]{1,3})(\d{1,7})"[^>]*?\bt="e"[^>]*>(?:\s*<f\b[^>]*(?:/>|>[^<]*</f>))?'
    rb"\s*<v>([^<]{1,40})</v>\s*</c>")
"""A cell holding an Excel error (``<c r="J2" t="e"><f>-rumah kosong</f><v>#NAME?</v></c>``):
mostly a formula whose result is an error, such as a note typed starting with ``-``, ``+`` or
``=`` that Excel took for a formula. Every reader sees it empty."""


def cari_galat(data: bytes | bytearray, hasil: dict[int, dict[int, str]],
               akhir: int | None = None) -> None:
    """Add the cells holding an Excel error in ``data[:akhir]`` (whole cells) to ``hasil``:
    0-based column -> 1-based row -> the error as Excel shows it (``#NAME?``). Every error
    value starts with ``#``, which sheet XML otherwise hardly holds (texts live in the shared
    strings): a sheet without one costs a single ``memchr`` (about 12 ms for a district's
    550 MB Individu sheet, against 280 ms for a search of ``t="e"``)."""
    akhir = akhir if akhir is not None else len(data)
    if data.find(b"#", 0, akhir) < 0 or data.find(b't="e"', 0, akhir) < 0:
        return
    for m in _GALAT.finditer(data, 0, akhir):
        hasil.setdefault(nomor_kolom(m[1]) - 1, {})[int(m[2])] = m[3].decode("utf-8", "replace")


class TidakBisaDipotong(Exception):
    """The sheet cannot be cut safely (written in a way this module does not expect); the caller
    reads it whole. The message (a :class:`Pesan`) says why, in case it is shown."""


class LembarRusak(Exception):
    """The sheet's compressed data in the workbook is damaged (a bad checksum, a stream cut
    short): neither cutting nor reading it whole can go on. The message is a :class:`Pesan`
    (the reader names the sheet and file around it)."""


@dataclass
class Sumber:
    """Where a sheet lives in its workbook and what every piece must carry."""

    bagian: str
    """Zip member of the sheet XML."""
    ukuran: int
    """Uncompressed size of the sheet XML."""
    styles: bytes | None
    shared_strings: bytes | None
    date1904: bool


def _atribut(elemen: bytes) -> dict[bytes, bytes]:
    return dict(_ATRIBUT.findall(elemen[1:]))


def _sasaran(dasar: str, target: str) -> str:
    """Zip member name of a relationship target, relative to ``xl/`` or absolute."""
    if target.startswith("/"):
        return target.lstrip("/")
    bagian = [b for b in (dasar + target).split("/") if b and b != "."]
    hasil: list[str] = []
    for b in bagian:
        if b == "..":
            if hasil:
                hasil.pop()
        else:
            hasil.append(b)
    return "/".join(hasil)


def cari_sumber(z: zipfile.ZipFile, nama_lembar: str) -> Sumber | None:
    """The sheet called ``nama_lembar`` in an open xlsx, or ``None`` when it cannot be found
    the standard way (the caller then reads the sheet whole)."""
    try:
        wb = z.read("xl/workbook.xml")
        rels = z.read("xl/_rels/workbook.xml.rels")
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    target: dict[str, tuple[str, str]] = {}
    for elemen in _ELEMEN_REL.findall(rels):
        a = _atribut(elemen)
        if b"Id" in a and b"Target" in a:
            target[a[b"Id"].decode()] = (a.get(b"Type", b"").decode(),
                                         _sasaran("xl/", a[b"Target"].decode()))
    bagian = None
    for elemen in _ELEMEN_LEMBAR.findall(wb):
        a = _atribut(elemen)
        if a.get(b"name", b"").decode("utf-8", "replace") == nama_lembar:
            bagian = target.get(a.get(b"id", b"").decode(), ("", ""))[1]
            break
    if not bagian:
        return None
    try:
        info = z.getinfo(bagian)
    except KeyError:
        return None

    def baca_jenis(akhiran: str) -> bytes | None:
        for jenis, nama in target.values():
            if jenis.endswith(akhiran):
                try:
                    return z.read(nama)
                except KeyError:
                    return None
        return None

    pr = _WORKBOOK_PR.search(wb)
    return Sumber(bagian, info.file_size, baca_jenis("/styles"), baca_jenis("/sharedStrings"),
                  bool(pr and _DATE1904.search(pr[0])))


def _rangka(sumber: Sumber, nama: list[str]) -> dict[str, bytes]:
    """The parts of a workbook with sheets ``nama`` (sheet ``i`` in ``worksheets/sheet{i}.xml``)
    other than the sheets themselves."""
    jenis_lembar = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    tipe = ['<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    rel = []
    lembar = []
    for i, n in enumerate(nama, start=1):
        tipe.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                    f'ContentType="{jenis_lembar}"/>')
        rel.append(f'<Relationship Id="rId{i}" Type="{_REL_DOK}/worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>')
        lembar.append(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>')
    bagian: dict[str, bytes] = {}
    if sumber.styles is not None:
        tipe.append('<Override PartName="/xl/styles.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
        rel.append(f'<Relationship Id="rIdS" Type="{_REL_DOK}/styles" Target="styles.xml"/>')
        bagian["xl/styles.xml"] = sumber.styles
    if sumber.shared_strings is not None:
        tipe.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        rel.append(f'<Relationship Id="rIdT" Type="{_REL_DOK}/sharedStrings" '
                   'Target="sharedStrings.xml"/>')
        bagian["xl/sharedStrings.xml"] = sumber.shared_strings
    kepala = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    bagian["[Content_Types].xml"] = (
        kepala + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(tipe) + "</Types>").encode()
    bagian["_rels/.rels"] = (
        kepala + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{_REL_DOK}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>').encode()
    bagian["xl/workbook.xml"] = (
        kepala + f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_REL_DOK}">'
        + ('<workbookPr date1904="1"/>' if sumber.date1904 else "")
        + "<sheets>" + "".join(lembar) + "</sheets></workbook>").encode()
    bagian["xl/_rels/workbook.xml.rels"] = (
        kepala + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships">' + "".join(rel) + "</Relationships>").encode()
    return bagian


@dataclass
class Potongan:
    """A sheet cut into the sheets ``1``..``jumlah`` of the workbook ``berkas``."""

    berkas: Path
    jumlah: int
    ekor: bytes
    """The sheet XML after its rows (merged cells, among others)."""
    perkiraan_baris: int
    """The sheet's last row number as its header states it, else estimated from the first
    piece (for progress)."""
    rumus: dict[int, list[int]] = field(default_factory=dict)
    """Formula cells without a cached result: 0-based column -> 1-based rows."""
    galat: dict[int, dict[int, str]] = field(default_factory=dict)
    """Cells holding an Excel error: 0-based column -> 1-based row -> the error."""


def _awal_baris(buffer: bytearray, tanda: bytes, mulai: int) -> int:
    """Index of the last ``<row`` start tag at or after ``mulai`` in ``buffer``, or -1."""
    i = len(buffer)
    while True:
        i = buffer.rfind(tanda, mulai, i)
        if i < 0:
            return -1
        ikut = buffer[i + len(tanda): i + len(tanda) + 1]
        if ikut in (b" ", b">", b"\t", b"\n", b"\r", b"/"):
            return i
        i += len(tanda) - 1


_BARIS_DIMENSI = re.compile(rb"<(?:\w+:)?dimension\b[^>]*\bref=\"[^\"]*?(\d+)\"")


def potong(path: Path, sumber: Sumber, tujuan: Path, ukuran: int | None = None,
           berhenti: threading.Event | None = None) -> Potongan:
    """Cut the sheet ``sumber`` of the xlsx ``path`` into the workbook ``tujuan`` (reads the
    sheet XML once, as a stream).

    Raises :class:`TidakBisaDipotong` when the sheet is written in a way that cutting could
    change (rows without ``r`` addresses, no ``sheetData``, XML cut short), and
    :class:`LembarRusak` when its compressed data is damaged.
    """
    try:
        return _potong(path, sumber, tujuan, ukuran or UKURAN_POTONGAN, berhenti)
    except (zipfile.BadZipFile, zlib.error, EOFError) as e:
        raise LembarRusak(Pesan(
            "isi lembar di dalam workbook rusak atau terpotong (data terkompresinya tidak "
            "utuh)")) from e


def _potong(path: Path, sumber: Sumber, tujuan: Path, ukuran: int,
            berhenti: threading.Event | None) -> Potongan:
    with zipfile.ZipFile(path) as z, z.open(sumber.bagian) as f, \
            zipfile.ZipFile(tujuan, "w", zipfile.ZIP_STORED, allowZip64=True) as keluar:
        buffer = bytearray()
        while True:
            blok = f.read(_BLOK)
            buffer += blok
            m = _SHEET_DATA.search(buffer)
            if m or not blok or len(buffer) > 16 * _BLOK:
                break
        if not m or m[2]:
            raise TidakBisaDipotong(Pesan("lembar tanpa bagian sheetData"))
        awalan = bytes(m[1])
        akar = _AKAR.search(buffer, 0, m.start())
        if not akar or akar[1] != awalan:
            raise TidakBisaDipotong(Pesan("awal XML lembar tidak dikenal"))
        kepala = bytes(buffer[:m.end()])
        dimensi = _BARIS_DIMENSI.search(kepala)
        kepala = _DIMENSI.sub(b"", kepala)
        akhir = b"</" + awalan + b"sheetData>"
        penutup = akhir + b"</" + awalan + b"worksheet>"
        del buffer[:m.end()]
        tanda = b"<" + awalan + b"row"
        pertama = buffer.find(tanda)
        while pertama < 0 and len(buffer) < 16 * _BLOK:
            blok = f.read(_BLOK)
            if not blok:
                break
            buffer += blok
            pertama = buffer.find(tanda)
        if pertama >= 0:
            tag = bytes(buffer[pertama: buffer.find(b">", pertama) + 1])
            if re.search(rb'\sr="', tag) is None:
                raise TidakBisaDipotong(Pesan("baris tanpa alamat sel"))
        jumlah = 0
        perkiraan = int(dimensi[1]) if dimensi else 0
        rumus: dict[int, list[int]] = {}
        galat: dict[int, dict[int, str]] = {}

        def tulis(sampai: int) -> None:
            nonlocal jumlah, perkiraan
            jumlah += 1
            cari_rumus(buffer, rumus, sampai)
            cari_galat(buffer, galat, sampai)
            with keluar.open(f"xl/worksheets/sheet{jumlah}.xml", "w", force_zip64=True) as g, \
                    memoryview(buffer) as isi:
                g.write(kepala)
                g.write(isi[:sampai])
                g.write(penutup)
            if not perkiraan:
                perkiraan = int(buffer.count(tanda, 0, sampai) * sumber.ukuran / max(sampai, 1))
            del buffer[:sampai]

        dicari = 0  # where to look for the closing tag next (no re-scan of the whole buffer)
        while True:
            if berhenti is not None and berhenti.is_set():
                raise TidakBisaDipotong(Pesan("pembacaan dihentikan"))
            tutup = buffer.find(akhir, max(0, dicari - len(akhir)))
            if tutup >= 0:
                sisa = f.read()
                tulis(tutup)
                ekor = bytes(buffer) + sisa
                break
            dicari = len(buffer)
            if len(buffer) >= ukuran:
                potong_di = _awal_baris(buffer, tanda, len(buffer) // 2)
                if potong_di > 0:
                    tulis(potong_di)
                    dicari = len(buffer)
            blok = f.read(_BLOK)
            if not blok:
                raise TidakBisaDipotong(Pesan("lembar terpotong: akhir datanya tidak ada"))
            buffer += blok
        for nama, isi in _rangka(sumber, [str(i) for i in range(1, jumlah + 1)]).items():
            keluar.writestr(nama, isi)
    return Potongan(tujuan, jumlah, ekor, perkiraan, rumus, galat)


def hapus_sisa() -> int:
    """Remove the temporary workbooks that imports killed half-way left behind (older than
    :data:`UMUR_SISA`; one still open elsewhere cannot be removed and is skipped). Returns how
    many were removed."""
    folder = folder_sementara()
    batas = time.time() - UMUR_SISA
    n = 0
    with contextlib.suppress(OSError):
        for lama in folder.glob("*.xlsx"):
            with contextlib.suppress(OSError):
                if lama.stat().st_mtime < batas:
                    lama.unlink()
                    n += 1
    return n


def folder_sementara() -> Path:
    """The folder of the temporary workbooks: :data:`FOLDER_SEMENTARA` in the system's
    temporary folder, followed on POSIX by the account's number (``/tmp`` is shared there)."""
    nama = FOLDER_SEMENTARA if not izin.POSIX else f"{FOLDER_SEMENTARA}-{os.getuid()}"
    return Path(tempfile.gettempdir()) / nama


def _folder_sementara() -> Path:
    folder = folder_sementara()
    izin.folder(folder)
    if izin.POSIX:
        st = os.lstat(folder)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
            # made by another account (or a link to elsewhere): the sheet is read whole
            raise TidakBisaDipotong(Pesan("folder sementara {folder} milik akun lain",
                                          folder=str(folder)))
        izin.rapatkan_milik(folder, izin.FOLDER)
    hapus_sisa()
    return folder


@dataclass
class PembacaPotongan:
    """Cuts one sheet and parses its pieces on a background thread, :data:`DI_DEPAN` ahead of
    the caller. :meth:`lembar` gives the parsed pieces in order; :meth:`hentikan` stops the
    thread and removes the temporary workbook."""

    path: Path
    sumber: Sumber
    ukuran: int | None = None
    _antrian: queue.Queue = field(default_factory=lambda: queue.Queue(maxsize=DI_DEPAN))
    _thread_selesai: threading.Event = field(default_factory=threading.Event)
    _berhenti: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _siap: threading.Event = field(default_factory=threading.Event)
    potongan: Potongan | None = None
    """Set once the sheet is cut (before the first piece is handed over)."""
    galat_potong: BaseException | None = None

    def mulai(self) -> None:
        """Start the background thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._kerja, daemon=True,
                                            name=f"potong-{self.path.name}")
            self._thread.start()

    def _taruh(self, isi: tuple) -> bool:
        while not self._berhenti.is_set():
            try:
                self._antrian.put(isi, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _kerja(self) -> None:
        tujuan = None
        wb = None
        try:
            try:
                fd, nama = tempfile.mkstemp(suffix=".xlsx", dir=_folder_sementara())
                os.close(fd)
                tujuan = Path(nama)
                self.potongan = potong(self.path, self.sumber, tujuan, self.ukuran,
                                       self._berhenti)
            except BaseException as e:
                self.galat_potong = e
                return
            finally:
                self._siap.set()
            wb = python_calamine.CalamineWorkbook.from_path(str(tujuan))
            # The open file stays readable and nothing is left if the process is killed. On
            # Windows this works too: calamine opens it with Rust's File::open, which shares
            # delete access, so the file is only marked for deletion and goes with the handle.
            # Should a system refuse, the file stays until its last piece is parsed (below).
            with contextlib.suppress(OSError):
                tujuan.unlink()
            for i in range(1, self.potongan.jumlah + 1):
                if self._berhenti.is_set():
                    return
                if not self._taruh(("lembar", wb.get_sheet_by_name(str(i)))):
                    return
            self._taruh(("selesai", None))
        except BaseException as e:  # given to the thread that reads the rows
            self._taruh(("galat", e))
        finally:
            self._siap.set()
            if wb is not None:
                with contextlib.suppress(Exception):
                    wb.close()
            if tujuan is not None:
                with contextlib.suppress(OSError):
                    tujuan.unlink()
            self._thread_selesai.set()

    def tunggu_selesai(self, batas: float | None = None) -> bool:
        """Wait until the thread has ended and removed its temporary workbook."""
        return self._thread_selesai.wait(batas)

    def tunggu_potong(self) -> Potongan:
        """Wait until the sheet is cut; raises :class:`TidakBisaDipotong` (or what cutting
        raised) when it could not be."""
        self.mulai()
        self._siap.wait()
        if self.galat_potong is not None:
            raise self.galat_potong
        assert self.potongan is not None
        return self.potongan

    def lembar(self) -> Iterator[python_calamine.CalamineSheet]:
        """The parsed pieces in order (call :meth:`tunggu_potong` first)."""
        while True:
            jenis, isi = self._antrian.get()
            if jenis == "selesai":
                return
            if jenis == "galat":
                raise isi
            yield isi

    def hentikan(self) -> None:
        """Stop the thread (it finishes the parse under way) and free what it holds."""
        self._berhenti.set()
        with contextlib.suppress(queue.Empty):
            while True:
                self._antrian.get_nowait()
