"""One settings object: every user preference is declared here once, with its type and
default, and stored as JSON in the user's configuration folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kalbar_desktop import paths


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
    """Folder of the last backup made to a chosen file (Berkas > Cadangkan ke...): offered
    again, and cleared at start of what a killed backup left there."""
    kolom_tersembunyi: list[str] = field(default_factory=lambda: ["kelayakan"])
    """Household-table columns the user hid (column names of the household model); Kelayakan
    by default, so ID to Temuan fit a 1366-pixel laptop screen (the filter shows it too)."""

    @classmethod
    def berkas(cls) -> Path:
        return paths.folder_konfigurasi() / "pengaturan.json"

    @classmethod
    def muat(cls) -> Pengaturan:
        """Load from disk; unknown keys are ignored and a damaged file gives the defaults."""
        try:
            data = json.loads(cls.berkas().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        nama = {f.name for f in fields(cls)}
        bersih = {k: v for k, v in data.items() if k in nama} if isinstance(data, dict) else {}
        try:
            return cls(**bersih)
        except TypeError:
            return cls()

    def simpan(self) -> None:
        """Write to disk atomically."""
        path = self.berkas()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)

    def catat_db(self, db: str) -> None:
        """Remember ``db`` as the last and most recent database."""
        self.db_terakhir = db
        self.db_terbaru = [db, *[d for d in self.db_terbaru if d != db]][:8]
