"""One settings object: every user preference is declared here once, with its type and
default, and stored as JSON in the user's configuration folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kalbar_desktop import paths
from kalbar_desktop.storage import izin


@dataclass
class Pengaturan:
    """User preferences (per computer account, not per database)."""

    bahasa: str = "id"
    """Interface language: ``id`` or ``en``."""
    pengguna_terakhir: str = ""
    """Name of the last user, offered at start-up."""
    db_terakhir: str = ""
    """Last database opened (empty: the default database)."""
    db_terbaru: list[str] = field(default_factory=list)
    """Recently opened databases, newest first."""
    nama_kantor: str = ""
    """Office named in the provincial workbook (empty: "Dinas Sosial" + the kabupaten/kota)."""
    folder_ekspor: str = ""
    """Folder of the last export or document (empty: the Documents folder)."""
    folder_cadangan: str = ""
    """Folder of the last backup made to a chosen file or folder (Berkas > Cadangkan ke...,
    ``kalbar-desktop backup DEST``), remembered before the copy starts: offered again, and
    cleared of what a killed backup left there at the next start of the window and by the next
    backup (window or console)."""
    folder_cadangan_tertunda: list[str] = field(default_factory=list)
    """Folders of earlier backups to a chosen place that could not be reached when the next
    one was made elsewhere (a flash drive not plugged in): what a killed backup left there is
    removed by the next start or backup that finds the folder again."""
    kolom_tersembunyi: list[str] = field(default_factory=list)
    """Household-table columns the user hid (column names of the household model); none by
    default (Kelayakan gives way by itself where the columns do not fit: ui/main_window)."""
    kolom_dipilih: bool = False
    """The user chose the columns (Data > Kolom tabel) with a version that records it."""
    temuan_dilipat: bool | None = None
    """The family form's findings list as the user last left it (its Tampilkan/Sembunyikan
    button, Ctrl+T): True folded, False shown; None (never chosen): folded only where the form
    is too short for it."""
    penandatangan: dict[str, dict[str, str]] = field(default_factory=dict)
    """The official who last signed one meeting's berita acara, per kecamatan or
    kabupaten/kota code: ``{"jabatan": ..., "nama": ..., "nip": ...}`` (Laporan > Berita acara
    offers them again for that region; see :func:`penandatangan`)."""

    @classmethod
    def berkas(cls) -> Path:
        return paths.folder_konfigurasi() / "pengaturan.json"

    @classmethod
    def muat(cls) -> Pengaturan:
        """Load from disk; unknown keys are ignored and a damaged file gives the defaults.
        A file or folder an older version left readable by all is made the owner's only."""
        path = cls.berkas()
        izin.rapatkan_milik(path.parent, izin.FOLDER)
        izin.rapatkan_milik(path, izin.BERKAS)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        nama = {f.name for f in fields(cls)}
        bersih = {k: v for k, v in data.items() if k in nama} if isinstance(data, dict) else {}
        if not bersih.get("kolom_dipilih") and bersih.get("kolom_tersembunyi") == ["kelayakan"]:
            # the default of versions before stop 20, which wrote it with every preference:
            # not a choice (any other list there is one, and is kept)
            del bersih["kolom_tersembunyi"]
        try:
            return cls(**bersih)
        except TypeError:
            return cls()

    def simpan(self) -> None:
        """Write to disk atomically, readable by the owner only (it names the last user and
        the databases' folders)."""
        path = self.berkas()
        izin.folder(path.parent, rapatkan=True)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)  # one left with another mode would keep it
        fd = izin.buka(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(asdict(self), ensure_ascii=False, indent=1))
        os.replace(tmp, path)

    def catat_db(self, db: str) -> None:
        """Remember ``db`` as the last and most recent database."""
        self.db_terakhir = db
        self.db_terbaru = [db, *[d for d in self.db_terbaru if d != db]][:8]


TERTUNDA_PALING_BANYAK = 8


def ingat_folder_cadangan(folder: str | Path, tertunda: list[str] | None = None) -> bool:
    """Remember ``folder`` as :attr:`Pengaturan.folder_cadangan` (before a backup is written
    into it, so that what a killed backup leaves there is found later) and, when given,
    ``tertunda`` as :attr:`Pengaturan.folder_cadangan_tertunda` (the newest 8). False when the
    settings could not be written (a read-only profile: only that clean-up misses it)."""
    pengaturan = Pengaturan.muat()
    folder = str(Path(folder).absolute())
    tertunda = (pengaturan.folder_cadangan_tertunda if tertunda is None
                else tertunda[:TERTUNDA_PALING_BANYAK])
    if pengaturan.folder_cadangan == folder and pengaturan.folder_cadangan_tertunda == tertunda:
        return True
    pengaturan.folder_cadangan = folder
    pengaturan.folder_cadangan_tertunda = tertunda
    try:
        pengaturan.simpan()
    except OSError:
        return False
    return True


PENANDATANGAN = ("jabatan", "nama", "nip")


def penandatangan(kode: str) -> dict[str, str]:
    """The title, name and NIP last printed for one meeting of the kecamatan or kabupaten/kota
    ``kode`` (``{}`` when none, or when the settings file holds something else there)."""
    semua = Pengaturan.muat().penandatangan
    isi = semua.get(kode) if isinstance(semua, dict) else None
    if not isinstance(isi, dict):
        return {}
    return {k: isi[k] for k in PENANDATANGAN if isinstance(isi.get(k), str)}


def ingat_penandatangan(kode: str, jabatan: str, nama: str, nip: str) -> bool:
    """Remember the official who signed a berita acara of one meeting of ``kode`` (called once
    the PDF is written). False when the settings could not be written."""
    pengaturan = Pengaturan.muat()
    if not isinstance(pengaturan.penandatangan, dict):
        pengaturan.penandatangan = {}
    pengaturan.penandatangan[kode] = {"jabatan": jabatan, "nama": nama, "nip": nip}
    try:
        pengaturan.simpan()
    except OSError:
        return False
    return True
