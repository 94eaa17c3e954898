"""Demo P3KE files: realistic, deterministic, in the delivered layouts (exact P3KE headers).

Families live in the real kelurahan of Kota Singkawang (6172). NIKs agree with each person's
birth date and sex; relationships, ages and codes are plausible. A small share of records
carries the defects found in real files (``cacat``): a NIK with the wrong sex offset, a
duplicate NIK, a family without a head, a misspelled code, so that the quality checks have
something to show.

Writing uses rust_xlsxwriter (through rustpy-xlsxwriter): 100,000 families with 400,000
people take seconds instead of the 1.5 minutes of the pure-Python writers.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import rustpy_xlsxwriter

from kalbar_desktop.domain import codes, kolom
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage.db import BasisData

# Kota Singkawang: kecamatan and kelurahan (Kemendagri codes, public facts).
KOTA = ("61", "Kalimantan Barat", "6172", "Kota Singkawang")
KECAMATAN = {
    "617201": "Singkawang Tengah",
    "617202": "Singkawang Barat",
    "617203": "Singkawang Timur",
    "617204": "Singkawang Utara",
    "617205": "Singkawang Selatan",
}
KELURAHAN = {
    "6172011001": "Roban", "6172011002": "Condong", "6172011003": "Sekip Lama",
    "6172011004": "Jawa", "6172011005": "Bukit Batu", "6172011006": "Sungai Wie",
    "6172021001": "Pasiran", "6172021002": "Melayu", "6172021003": "Tengah",
    "6172021004": "Kuala",
    "6172031001": "Pajintan", "6172031002": "Nyarumkop", "6172031003": "Maya Sopa",
    "6172031004": "Bagak Sahwa", "6172031005": "Sanggau Kulor",
    "6172041001": "Sungai Garam Hilir", "6172041002": "Naram", "6172041003": "Sungai Bulan",
    "6172041004": "Sungai Rasau", "6172041005": "Setapuk Kecil", "6172041006": "Setapuk Besar",
    "6172041007": "Semelagi Kecil",
    "6172051001": "Sedau", "6172051002": "Sagatani", "6172051003": "Sijangkung",
    "6172051004": "Pangmilang",
}

_NAMA_LAKI = (
    "Ahmad", "Budi", "Hendra", "Suryadi", "Abdul Rahman", "Muhammad Yusuf", "Agus", "Rudi",
    "Antonius", "Yohanes", "Petrus", "Fransiskus", "Bong Kim Fui", "Lie Sui Fat", "Tjhin Ket Siong",
    "Syarif Hamid", "Uray Mahmud", "Daeng Sulaiman", "Rizky", "Andi", "Joko", "Sapri",
    "Darmawan", "Hasan", "Ilham", "Jumadi", "Kurniawan", "Lukas", "Matius", "Nasrun",
)
_NAMA_PEREMPUAN = (
    "Siti Aminah", "Nurhayati", "Maria", "Yuliana", "Fatimah", "Rosita", "Dewi", "Sri Wahyuni",
    "Agustina", "Theresia", "Lim Siu Lan", "Bong Mei Ling", "Tjhai Fung Moi", "Sharifah Noor",
    "Wati", "Rahmawati", "Herlina", "Kartini", "Lestari", "Marlina", "Nurul Huda", "Ratna",
    "Susanti", "Veronika", "Yanti", "Zubaidah", "Asnah", "Rukiah", "Halimah", "Salmah",
)
_NAMA_BELAKANG = (
    "", "", "", "bin Abdullah", "Saputra", "Wijaya", "Santoso", "Kurniawan", "Lim", "Bong",
    "Tjhang", "Nyarong", "Ansyari", "Pratama", "Hidayat", "Siregar", "Sinaga",
)
_JALAN = ("Jl. Diponegoro", "Jl. GM Situt", "Jl. Alianyang", "Jl. Gunung Sari", "Jl. Ratu Sepudak",
          "Jl. Pahlawan", "Jl. Kalimantan", "Jl. Nusantara", "Gg. Mawar", "Gg. Melati",
          "Jl. Sejahtera", "Jl. Tani")


@dataclass(frozen=True)
class OpsiDemo:
    """What to generate."""

    keluarga: int = 500
    tata_letak: str = "2023"  # "2022" | "2023"
    seed: int = 1
    cacat: float = 0.01
    """Share of records with a realistic defect (0 for clean data)."""
    rata_anggota: float | None = None
    """Centre of the family-size distribution (default 4, giving about 3.5 people per family;
    4.5 gives about 4, as the 100,000-family / 400,000-people benchmark needs)."""


def _pilih(rng: random.Random, daftar: codes.DaftarKode, bobot: tuple[float, ...]) -> str:
    return rng.choices(daftar.nilai[: len(bobot)], weights=bobot)[0]


def _yatidak(rng: random.Random, p: float) -> str:
    return "Ya" if rng.random() < p else "Tidak"


class _Pembuat:
    def __init__(self, opsi: OpsiDemo):
        self.o = opsi
        self.rng = random.Random(opsi.seed)
        self.serial: dict[str, int] = {}
        self.desa = list(KELURAHAN)
        self.bobot_desa = [self.rng.randint(2, 10) for _ in self.desa]
        self.hari_ini = dt.date(2023, 6, 30)
        self.nik_terakhir: str | None = None

    def nik(self, kec: str, lahir: dt.date, perempuan: bool) -> str:
        hari = lahir.day + (40 if perempuan else 0)
        dasar = f"{kec}{hari:02d}{lahir.month:02d}{lahir.year % 100:02d}"
        n = self.serial.get(dasar, 0) + 1
        self.serial[dasar] = n
        return f"{dasar}{n:04d}"

    def lahir(self, usia_min: int, usia_maks: int) -> dt.date:
        usia = self.rng.randint(usia_min, usia_maks)
        return self.hari_ini - dt.timedelta(days=usia * 365 + self.rng.randint(0, 364))

    def nama(self, perempuan: bool) -> str:
        depan = self.rng.choice(_NAMA_PEREMPUAN if perempuan else _NAMA_LAKI)
        belakang = self.rng.choice(_NAMA_BELAKANG)
        return f"{depan} {belakang}".strip()

    def keluarga(self, nomor: int) -> tuple[dict, list[dict]]:
        rng = self.rng
        kode = rng.choices(self.desa, weights=self.bobot_desa)[0]
        kec = kode[:6]
        idk = f"{kode[:4]}{nomor:09d}"
        desil = rng.choices(("1", "2", "3", "4"), weights=(30, 30, 25, 15))[0]
        alamat = (f"{rng.choice(_JALAN)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 30):03d}"
                  f"/RW {rng.randint(1, 12):03d}")
        jumlah = min(9, max(1, int(rng.gauss(self.o.rata_anggota or 4, 1.6))))
        kepala_perempuan = rng.random() < 0.18
        anggota: list[dict] = []
        kepala_lahir = self.lahir(24, 78)
        for i in range(jumlah):
            if i == 0:
                hub, perempuan, lahir = "Kepala Keluarga", kepala_perempuan, kepala_lahir
            elif i == 1 and not kepala_perempuan and rng.random() < 0.85:
                hub, perempuan = "Istri/Suami", True
                lahir = kepala_lahir + dt.timedelta(days=rng.randint(-1500, 2500))
            elif rng.random() < 0.9:
                hub, perempuan = "Anak", rng.random() < 0.5
                usia_kepala = (self.hari_ini - kepala_lahir).days // 365
                lahir = self.lahir(0, max(0, min(35, usia_kepala - 18)))
            else:
                hub, perempuan = "Lainnya", rng.random() < 0.6
                lahir = self.lahir(0, 85)
            lahir = min(lahir, self.hari_ini)
            kec_nik = kec if rng.random() < 0.9 else rng.choice(list(KECAMATAN))
            usia = (self.hari_ini - lahir).days // 365
            anggota.append({
                "id_individu": f"{idk}{i + 1:02d}",
                "nama": self.nama(perempuan),
                "nik": self.nik(kec_nik, lahir, perempuan),
                "jenis_kelamin": "Perempuan" if perempuan else "Laki-laki",
                "hubungan": hub,
                "tanggal_lahir": lahir,
                "usia": usia,
                "status_kawin": ("Kawin" if hub in ("Kepala Keluarga", "Istri/Suami")
                                 else ("Belum Kawin" if usia < 25 else
                                       rng.choice(("Kawin", "Belum Kawin", "Cerai Mati")))),
                "pendidikan": self._pendidikan(usia),
                "pekerjaan": self._pekerjaan(usia, hub),
            })
        self._cacat(anggota)
        k = {
            "id_keluarga": idk, "kode_kemdagri": kode, "provinsi": KOTA[1],
            "kabupaten": KOTA[3], "kecamatan": KECAMATAN[kec], "desa": KELURAHAN[kode],
            "desil": desil, "alamat": alamat,
            "persentil": rng.randint((int(desil) - 1) * 10 + 1, int(desil) * 10),
            "kepemilikan_rumah": _pilih(rng, codes.KEPEMILIKAN_RUMAH, (60, 15, 20, 2, 3)),
            "memiliki_simpanan": _yatidak(rng, 0.15 + 0.1 * int(desil)),
            "jenis_atap": _pilih(rng, codes.JENIS_ATAP, (2, 5, 70, 15, 1, 5, 2)),
            "jenis_dinding": _pilih(rng, codes.JENIS_DINDING, (35, 55, 3, 5, 2)),
            "jenis_lantai": _pilih(rng, codes.JENIS_LANTAI, (20, 30, 40, 2, 5, 3)),
            "sumber_penerangan": _pilih(rng, codes.SUMBER_PENERANGAN, (75, 15, 6, 4)),
            "bahan_bakar_memasak": _pilih(rng, codes.BAHAN_BAKAR_MEMASAK, (70, 8, 20, 2)),
            "sumber_air_minum": _pilih(rng, codes.SUMBER_AIR_MINUM, (35, 15, 10, 10, 5, 5, 18, 2)),
            "fasilitas_bab": _pilih(rng, codes.FASILITAS_BAB, (75, 20, 5)),
            "resiko_stunting": _pilih(rng, codes.RESIKO_STUNTING, (15, 35, 50)),
            "kualitas_atap": _pilih(rng, codes.KUALITAS, (40, 60)),
            "kualitas_dinding": _pilih(rng, codes.KUALITAS, (40, 60)),
            "kualitas_lantai": _pilih(rng, codes.KUALITAS, (40, 60)),
            "daya_listrik": _pilih(rng, codes.DAYA_LISTRIK, (85, 10, 5)),
            "padan_dukcapil": "PADAN" if rng.random() < 0.93 else "TIDAK PADAN",
            "prioritas_verval": "NORMAL",
            "pensasaran": rng.choice(("Mengurangi Beban Pengeluaran", "Meningkatkan Pendapatan",
                                      "Meminimalkan Wilayah Kantong Kemiskinan")),
        }
        for program, p in (("bpnt", 0.45), ("bpum", 0.1), ("bst", 0.2), ("pkh", 0.35),
                           ("sembako", 0.4), ("prakerja", 0.03), ("kur", 0.04)):
            k[f"penerima_{program}"] = _yatidak(rng, p * (1.3 - 0.15 * int(desil)))
        kepala = next((a for a in anggota if a["hubungan"] == "Kepala Keluarga"), anggota[0])
        k.update({
            "nama_kepala": kepala["nama"], "nik_kepala": kepala["nik"],
            "jenis_kelamin": kepala["jenis_kelamin"], "tanggal_lahir": kepala["tanggal_lahir"],
            "status_kawin": kepala["status_kawin"], "pekerjaan": kepala["pekerjaan"],
            "pendidikan": kepala["pendidikan"],
            "status_pekerjaan": rng.choice(codes.STATUS_PEKERJAAN.nilai[:6]),
        })
        return k, anggota

    def _pendidikan(self, usia: int) -> str:
        p = codes.PENDIDIKAN.nilai
        if usia < 6:
            return p[0]
        if usia < 13:
            return p[2]
        if usia < 16:
            return p[4]
        if usia < 19:
            return self.rng.choice((p[6], p[5]))
        return self.rng.choices(p, weights=(8, 15, 0, 30, 0, 20, 0, 20, 2, 5))[0]

    def _pekerjaan(self, usia: int, hub: str) -> str:
        if usia < 15:
            return "Tidak/Belum Bekerja"
        if usia > 65:
            return self.rng.choice(("Tidak/Belum Bekerja", "Petani", "Pensiunan"))
        bobot = ((25, 25, 8, 10, 8, 10, 12, 0, 1, 0) if hub != "Anak"
                 else (50, 10, 3, 5, 12, 5, 15, 0, 0, 0))
        return self.rng.choices(codes.PEKERJAAN.nilai, weights=bobot)[0]

    def _cacat(self, anggota: list[dict]) -> None:
        """Seed the defects real files carry, at the configured rate."""
        rng = self.rng
        if rng.random() >= self.o.cacat:
            if anggota:
                self.nik_terakhir = anggota[-1]["nik"]
            return
        jenis = rng.choice(("jk", "ganda", "tanpa_kepala", "kode", "pendek"))
        a = rng.choice(anggota)
        if jenis == "jk":
            a["jenis_kelamin"] = "Laki-laki" if a["jenis_kelamin"] == "Perempuan" else "Perempuan"
        elif jenis == "ganda" and self.nik_terakhir:
            a["nik"] = self.nik_terakhir
        elif jenis == "tanpa_kepala" and len(anggota) > 1:
            anggota[0]["hubungan"] = "Lainnya"
        elif jenis == "kode":
            a["pendidikan"] = "SD kelas 4"  # outside the code list, kept as written
        else:
            a["nik"] = a["nik"][:15]


def buat(opsi: OpsiDemo) -> Iterator[tuple[dict, list[dict]]]:
    """Yield ``(family, members)`` records (field names of :mod:`kalbar_desktop.domain.kolom`)."""
    pembuat = _Pembuat(opsi)
    for i in range(1, opsi.keluarga + 1):
        yield pembuat.keluarga(i)


def _usia_2022(usia: int) -> dict[str, str]:
    batas = (("usia_lt7", 0, 6), ("usia_7_12", 7, 12), ("usia_13_15", 13, 15),
             ("usia_16_18", 16, 18), ("usia_19_21", 19, 21), ("usia_22_59", 22, 59),
             ("usia_60_plus", 60, 200))
    return {f: ("Ya" if lo <= usia <= hi else "Tidak") for f, lo, hi in batas}


def _kelompok_2023(usia: int) -> str:
    for batas, label in ((5, "USIA < 5 TAHUN"), (12, "USIA 6-12 TAHUN"), (15, "USIA 13-15 TAHUN"),
                         (18, "USIA 16-18 TAHUN"), (59, "USIA 19 - 59 TAHUN")):
        if usia <= batas:
            return label
    return "USIA 60+ TAHUN"


def _baris_keluarga(k: dict, layout: tuple[tuple[str, str], ...], tahun: int) -> dict:
    nilai = dict(k, dimutakhirkan_tahun=tahun, desil=int(k["desil"]))
    return {h: nilai.get(f) for h, f in layout}


def _baris_individu(k: dict, a: dict, layout: tuple[tuple[str, str], ...], nomor: int,
                    tahun: int) -> dict:
    nilai = {f: k.get(f) for f in kolom.FIELD_KELUARGA_DI_INDIVIDU}
    nilai.update(a)
    nilai.update({"id_keluarga": k["id_keluarga"], "desil": int(k["desil"]),
                  "dimutakhirkan_tahun": tahun, "usia_2023": a["usia"],
                  "kelompok_usia_2023": _kelompok_2023(a["usia"]),
                  "prioritas_verval": "NORMAL"})
    nilai.update(_usia_2022(a["usia"]))
    for f in ("penerima_bpnt", "penerima_bpum", "penerima_bst", "penerima_pkh",
              "penerima_sembako", "penerima_prakerja", "penerima_kur", "resiko_stunting"):
        nilai[f] = k.get(f)
    baris = {h: nilai.get(f) for h, f in layout if f}
    if layout[0][0] == "No":
        baris = {"No": nomor, **baris}
    return baris


_LEMBAR = {"2022": ("Keluarga", "Individu"), "2023": ("Kepala Keluarga", "Individu")}
"""The sheet names of each layout's family and individual workbook."""


def nama_berkas(outdir: str | Path, tata_letak: str) -> tuple[Path, Path]:
    """The family and the individual workbook :func:`tulis` writes into ``outdir``."""
    if tata_letak not in _LEMBAR:
        raise ValueError(f"Tata letak tidak dikenal: {tata_letak} (pilih 2022 atau 2023)")
    nama_k, nama_i = _LEMBAR[tata_letak]
    out = Path(outdir)
    return (out / f"P3KE_{tata_letak}_{nama_k.replace(' ', '_')}_6172.xlsx",
            out / f"P3KE_{tata_letak}_{nama_i}_6172.xlsx")


def tulis(outdir: str | Path, opsi: OpsiDemo) -> list[Path]:
    """Write the family and the individual workbook into ``outdir`` (over files of the same
    names); return their paths."""
    path_k, path_i = nama_berkas(outdir, opsi.tata_letak)
    nama_k, nama_i = _LEMBAR[opsi.tata_letak]
    Path(outdir).mkdir(parents=True, exist_ok=True)
    if opsi.tata_letak == "2022":
        lay_k, lay_i, tahun = kolom.LAYOUT_2022_KELUARGA, kolom.LAYOUT_2022_INDIVIDU, 2022
    else:
        lay_k, lay_i, tahun = kolom.LAYOUT_2023_KELUARGA, kolom.LAYOUT_2023_INDIVIDU, 2023
    keluarga_rows: list[dict] = []
    individu_rows: list[dict] = []
    nomor = 0
    for k, anggota in buat(opsi):
        keluarga_rows.append(_baris_keluarga(k, lay_k, tahun))
        for a in anggota:
            nomor += 1
            individu_rows.append(_baris_individu(k, a, lay_i, nomor, tahun))
    rustpy_xlsxwriter.write_worksheets([(nama_k, keluarga_rows)], str(path_k))
    del keluarga_rows
    rustpy_xlsxwriter.write_worksheets([(nama_i, individu_rows)], str(path_i))
    return [path_k, path_i]


def buat_db_demo(db: BasisData, keluarga: int = 1500, seed: int = 7,
                 kemajuan: impor_p3ke.Kemajuan | None = None) -> None:
    """Fill an empty database with demo data by writing demo files and importing them with the
    same importer users use."""
    with tempfile.TemporaryDirectory(prefix="kalbar-demo-") as tmp:
        if kemajuan:
            kemajuan(Pesan("Membuat berkas demo"), 0.0)
        berkas = tulis(tmp, OpsiDemo(keluarga=keluarga, tata_letak="2022", seed=seed))
        impor_p3ke.impor(db, berkas, pengguna="demo", kemajuan=kemajuan)
