"""Running the data-quality rules (:mod:`kalbar_desktop.domain.temuan`) over stored records and
keeping the ``temuan`` table current."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from sqlite_utils import Database

from kalbar_desktop.domain import codes, nik
from kalbar_desktop.domain import temuan as aturan
from kalbar_desktop.domain.kolom import (
    FIELD_ANGGOTA,
    FIELD_KELUARGA,
    KOLOM_INDIVIDU,
    KOLOM_KELUARGA,
    Jenis,
    Kolom,
)
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.domain.temuan import PemegangNik, Temuan
from kalbar_desktop.storage.wilayah import syarat_lingkup

_KOLOM_TEMUAN = ("aturan", "id_keluarga", "id_individu", "kolom", "nilai", "pesan", "file",
                 "lembar", "baris")


def _baris_keluarga(db: Database, where: str = "", params: list | None = None) -> Iterator[dict]:
    sql = ("SELECT k.*, v.koreksi_json FROM keluarga k "
           "JOIN verifikasi_keluarga v USING (id_keluarga) " + where + " ORDER BY k.id_keluarga")
    for baris in db.query(sql, params or []):
        koreksi = baris.pop("koreksi_json", None)
        if koreksi:
            sumber = baris.get("nik_kepala")
            baris.update(json.loads(koreksi))
            _bentuk_nik_kepala(baris, sumber)
        yield aturan.galat_dari_sumber(baris)


def _bentuk_nik_kepala(keluarga: dict, sumber: object) -> dict:
    """A NIK Kepala Keluarga corrected in the form (another value than the file's ``sumber``)
    did not arrive as the file's did: how that one arrived (a number cell, scientific
    notation) no longer applies, as for a member's NIK perbaikan. Changes and returns
    ``keluarga``."""
    if keluarga.get("nik_kepala_bentuk") and keluarga.get("nik_kepala") != sumber:
        keluarga["nik_kepala_bentuk"] = None
    return keluarga


def _baris_anggota(db: Database, where: str = "", params: list | None = None) -> Iterator[dict]:
    sql = ("SELECT a.*, va.status_anggota, va.nik_perbaikan, va.koreksi_json FROM anggota a "
           "JOIN verifikasi_anggota va USING (id_individu) " + where +
           " ORDER BY a.id_keluarga, a.urutan, a.id_individu")
    for baris in db.query(sql, params or []):
        koreksi = baris.pop("koreksi_json", None)
        if koreksi:
            baris.update(json.loads(koreksi))
        yield aturan.galat_dari_sumber(baris)


def _impor_dengan_individu(db: Database) -> set[int]:
    """The import batches that brought an Individu sheet (``impor_file.jenis`` names it)."""
    return {b[0] for b in db.execute(
        "SELECT DISTINCT impor_id FROM impor_file WHERE jenis LIKE '%individu%'")}


def _desa_dengan_individu(db: Database) -> Callable[[str], tuple[int, str, str | None] | None]:
    """The newest import that brought members from a file (``asal = 'p3ke'``) for families of
    a desa (Kode Kemdagri): the last Individu file that covered that desa, as (its id, the day
    it was imported, ``YYYY-MM-DD`` local time, the P3KE release of its Individu files or
    ``None``), or ``None``. One indexed lookup per desa asked."""
    tahu: dict[str, tuple[int, str, str | None] | None] = {}

    def terakhir(kode: str) -> tuple[int, str, str | None] | None:
        if kode not in tahu:
            baris = db.execute(
                "SELECT i.id, substr(i.waktu, 1, 10), (SELECT max(f.rilis) FROM impor_file f "
                "WHERE f.impor_id = i.id AND f.jenis LIKE '%individu%') FROM impor i "
                "WHERE i.id = (SELECT max(a.impor_id) FROM keluarga k JOIN anggota a "
                "ON a.id_keluarga = k.id_keluarga "
                "WHERE k.kode_kemdagri = ? AND a.asal = 'p3ke')", [kode]).fetchone()
            tahu[kode] = (int(baris[0]), str(baris[1]), baris[2]) if baris else None
        return tahu[kode]

    return terakhir


def _rilis_impor(db: Database) -> Callable[[object], str | None]:
    """The P3KE release of an import's files (``impor_file.rilis``, the newest), or ``None``;
    one lookup per import asked."""
    tahu: dict[object, str | None] = {}

    def rilis(impor_id: object) -> str | None:
        if impor_id not in tahu:
            tahu[impor_id] = db.execute("SELECT max(rilis) FROM impor_file WHERE impor_id = ?",
                                        [impor_id]).fetchone()[0]
        return tahu[impor_id]

    return rilis


def _anggota_diharapkan(keluarga: Mapping, dengan_individu: set[int],
                        desa_dengan_individu: Callable[[str], tuple[int, str, str | None] | None],
                        rilis_impor: Callable[[object], str | None]) -> str | None:
    """Why a family without member rows should have some (``anggota_diharapkan`` of
    :func:`kalbar_desktop.domain.temuan.periksa_keluarga`): ``'impor'`` when the import that
    brought it also brought an Individu sheet; ``'desa'`` when an import that brought members
    for its desa was made on the day the family first arrived (``dibuat_pada``) or later: the
    files of one release imported by separate commands on one day count as one import,
    whichever came first, and a family file listing the family again later says nothing about
    its members (it does not end the finding). Else ``None``: a Keluarga workbook alone, or one
    newer than every Individu file of its desa (an older file's silence says nothing about a
    family it predates).

    When both the Individu file and the import that last changed the family carry a P3KE
    release (``impor_file.rilis``: "Dimuktakhirkan Tahun", or the 2022 layout), the releases
    decide instead of the days: an Individu file of the family's release or a newer one
    speaks for it (``'rilis'``), an older release's file does not, whatever day each was
    imported."""
    impor_id = keluarga.get("impor_id")
    if impor_id in dengan_individu:
        return "impor"
    kode = str(keluarga.get("kode_kemdagri") or "")
    terakhir = desa_dengan_individu(kode) if kode else None
    if terakhir is None:
        return None
    if impor_id is None:
        return "desa"
    rilis_keluarga = rilis_impor(impor_id)
    if terakhir[2] is not None and rilis_keluarga is not None:
        return "rilis" if terakhir[2] >= rilis_keluarga else None
    hari_pertama = str(keluarga.get("dibuat_pada") or "")[:10]
    if hari_pertama:
        return "desa" if terakhir[1] >= hari_pertama else None
    return "desa" if terakhir[0] > int(str(impor_id)) else None


def _keluarga_dengan_anggota(db: Database, where_k: str = "", where_a: str = "",
                             params: list | None = None) -> Iterator[tuple[dict, list[dict]]]:
    """Families in ID order, each with its members (a merge of two ordered queries). A family
    without members carries ``anggota_diharapkan`` (:func:`_anggota_diharapkan`)."""
    dengan_individu = _impor_dengan_individu(db)
    desa = _desa_dengan_individu(db)
    rilis = _rilis_impor(db)
    anggota = _baris_anggota(db, where_a, params)
    berikut = next(anggota, None)
    for k in _baris_keluarga(db, where_k, params):
        idk = k["id_keluarga"]
        daftar = []
        while berikut is not None and berikut["id_keluarga"] < idk:
            berikut = next(anggota, None)
        while berikut is not None and berikut["id_keluarga"] == idk:
            daftar.append(berikut)
            berikut = next(anggota, None)
        if not daftar:
            k["anggota_diharapkan"] = _anggota_diharapkan(k, dengan_individu, desa, rilis)
        yield k, daftar


def pemeriksa_wilayah(db: Database) -> Callable[[str], bool] | None:
    """A membership test for desa codes of the loaded region reference (``None`` if none)."""
    kode = {b[0] for b in db.execute(
        "SELECT kode FROM wilayah WHERE sumber = 'referensi' AND tingkat = 'desa_kelurahan'")}
    if not kode:
        return None
    return kode.__contains__


def pencari_id_serupa(db: Database) -> Callable[[str, str], str | None]:
    """For the ID_RUSAK_EXCEL message: the stored text ID Keluarga / ID Individu that is a
    number ID with one to eight leading zeros, when exactly one exists (primary-key lookups,
    asked only for IDs that arrived as numbers)."""
    tabel = {"id_keluarga": "keluarga", "id_individu": "anggota"}

    def cari(kolom: str, nilai: str) -> str | None:
        if kolom not in tabel or not nilai.isdigit():
            return None
        calon = ["0" * n + nilai for n in range(1, 9)]
        baris = db.execute(
            f"SELECT {kolom} FROM {tabel[kolom]} WHERE {kolom} IN "
            f"({', '.join('?' * len(calon))}) AND {kolom}_bentuk IS NULL", calon).fetchall()
        return baris[0][0] if len(baris) == 1 else None

    return cari


_KELUAR = ", ".join(f"'{s}'" for s in aturan.STATUS_KELUAR)


def _pemegang_nik_ganda_cepat(db: Database) -> list[PemegangNik]:
    """The holders of every NIK that may be held twice, found through the NIK indexes: source
    NIKs present more than once (a covering-index scan, no sort), every corrected NIK and the
    NIK of every family without member rows (few), then the holders of just those NIKs. Same
    result as :func:`_pemegang_nik_ganda` (checked by a test), in a fraction of the time."""
    calon = {b[0] for b in db.execute(
        "SELECT nik FROM anggota WHERE length(nik) = 16 GROUP BY nik HAVING count(*) > 1")}
    calon.update(b[0] for b in db.execute("""
        SELECT nik_perbaikan FROM verifikasi_anggota WHERE length(nik_perbaikan) = 16
        UNION
        SELECT k.nik_kepala FROM keluarga k WHERE length(k.nik_kepala) = 16
          AND NOT EXISTS (SELECT 1 FROM anggota a WHERE a.id_keluarga = k.id_keluarga)"""))
    pemegang = _pemegang_nik(db, sorted(calon))
    # the order of the full query, which the findings' "juga dipakai oleh ..." lists follow
    pemegang.sort(key=lambda p: (p.nik, p.id_keluarga, p.id_individu is not None,
                                 p.id_individu or ""))
    return pemegang


def _pemegang_nik_ganda(db: Database) -> list[PemegangNik]:
    baris = db.execute(f"""
        WITH p AS (
            SELECT COALESCE(NULLIF(va.nik_perbaikan, ''), a.nik) AS nik, a.id_keluarga,
                   a.id_individu, a.file_sumber, a.lembar_sumber, a.baris_sumber,
                   va.status_anggota IS 'MENINGGAL'
            FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
            WHERE NOT (a.asal = 'p3ke' AND a.ada_di_sumber = 0)
              AND COALESCE(va.status_anggota, 'ADA') NOT IN ({_KELUAR})
            UNION ALL
            SELECT k.nik_kepala, k.id_keluarga, NULL, k.file_sumber, k.lembar_sumber,
                   k.baris_sumber, 0
            FROM keluarga k
            WHERE NOT EXISTS (SELECT 1 FROM anggota a WHERE a.id_keluarga = k.id_keluarga)
              AND NOT (k.asal = 'p3ke' AND k.ada_di_sumber = 0)
        )
        SELECT * FROM p WHERE nik IN (
            SELECT nik FROM p WHERE length(nik) = 16 GROUP BY nik HAVING count(*) > 1)
        ORDER BY nik, id_keluarga, id_individu
    """).fetchall()
    return [PemegangNik(*b[:6], meninggal=bool(b[6])) for b in baris]


def _simpan(db: Database, daftar: list[Temuan]) -> None:
    db.conn.executemany(
        f"INSERT INTO temuan ({', '.join(_KOLOM_TEMUAN)}) "
        f"VALUES ({', '.join('?' * len(_KOLOM_TEMUAN))})",
        ((t.aturan, t.id_keluarga, t.id_individu, t.kolom, t.nilai, t.pesan, t.file, t.lembar,
          t.baris) for t in daftar))


def _sql_daftar(nilai: Iterable[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in nilai)


def _sql_kode_bersih(alias: str, kolom_def: Mapping[str, Kolom], lewati: Iterable[str] = ()
                     ) -> list[str]:
    """Conditions true when every code column holds a value of its list (or nothing)."""
    syarat = []
    for f, k in kolom_def.items():
        if f in lewati or k.jenis != Jenis.KODE or not k.kode:
            continue
        syarat.append(f"({alias}.{f} IS NULL OR {alias}.{f} = '' OR {alias}.{f} IN "
                      f"({_sql_daftar(codes.daftar(k.kode).nilai)}))")
    return syarat


def _sql_angka_bersih(alias: str, kolom_def: Mapping[str, Kolom], ada: Iterable[str]
                      ) -> list[str]:
    """Conditions true when every number column (of those in the table, ``ada``) holds digits
    with at most points between them, or nothing (a value the rule may still accept, such as
    ``-3`` or ``12,5`` stored by an older version, goes to the rules)."""
    return [f"({alias}.{f} IS NULL OR {alias}.{f} = '' OR ({alias}.{f} GLOB '[0-9]*' "
            f"AND {alias}.{f} NOT GLOB '*[^0-9.]*'))"
            for f, k in kolom_def.items() if k.jenis == Jenis.ANGKA and f in ada]


def _sql_tanggal_bersih(kolom: str) -> str:
    """True for an empty date or a real ISO date from 1900 up to today."""
    return (f"({kolom} IS NULL OR {kolom} = '' OR ({kolom} GLOB "
            f"'[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date({kolom}) = {kolom} "
            f"AND {kolom} >= '1900-01-01' AND {kolom} <= date('now', 'localtime')))")


# A member whose NIK arrived as clean text, is 16 digits with a possible province and serial,
# and whose date part agrees with Tanggal Lahir and Jenis Kelamin (women: day + 40). For such a
# member every NIK rule is silent, so the Python rules need not look at it.
_NIK_BERSIH = """(
    COALESCE(a.nik_bentuk, 'teks') = 'teks'
    AND length(a.nik) = 16 AND a.nik NOT GLOB '*[^0-9]*'
    AND CAST(substr(a.nik, 1, 2) AS INTEGER) BETWEEN 11 AND 96
    AND substr(a.nik, 13, 4) <> '0000'
    AND a.jenis_kelamin IN ('Laki-laki', 'Perempuan')
    AND a.tanggal_lahir GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
    AND CAST(substr(a.nik, 7, 2) AS INTEGER)
        - CASE a.jenis_kelamin WHEN 'Perempuan' THEN 40 ELSE 0 END
        = CAST(substr(a.tanggal_lahir, 9, 2) AS INTEGER)
    AND substr(a.nik, 9, 2) = substr(a.tanggal_lahir, 6, 2)
    AND substr(a.nik, 11, 2) = substr(a.tanggal_lahir, 3, 2)
)"""


def _sql_nik_kepala_bersih(alias: str) -> str:
    """True when no rule can fire on the family row's own NIK Kepala Keluarga
    (:func:`kalbar_desktop.domain.temuan.periksa_keluarga`): empty, or the NIK of a member
    counted as the family's Kepala Keluarga (whose row is checked itself). Any other NIK on
    the family row may differ from the head's (NIK_KEPALA_BERBEDA) or, held by no member,
    has its own NIK rules."""
    return (f"({alias}.nik_kepala IS NULL OR {alias}.nik_kepala = '' "
            f"OR {alias}.nik_kepala IN (SELECT x.nik FROM main.anggota x "
            f"JOIN main.verifikasi_anggota vx USING (id_individu) "
            f"WHERE x.id_keluarga = {alias}.id_keluarga AND x.hubungan = 'Kepala Keluarga' "
            f"AND COALESCE(vx.status_anggota, '') IN ('', 'ADA', 'ANGGOTA_BARU') "
            f"AND NOT (x.asal = 'p3ke' AND x.ada_di_sumber = 0)))")


_KK_KOSONG_BERSIH = ("((k.no_kk IS NULL OR k.no_kk = '') AND k.no_kk_bentuk IS NULL)")
"""An empty No KK that says nothing (its file had no No KK column)."""


def _sql_tanpa_galat(alias: str) -> str:
    """True when the row's source JSON notes no cell stored empty for an Excel error
    (:data:`kalbar_desktop.domain.temuan.KUNCI_GALAT`)."""
    return (f"({alias}.sumber_json IS NULL "
            f"OR instr({alias}.sumber_json, '\"{aturan.KUNCI_GALAT}\"') = 0)")


def _sql_nama_ada(kolom: str) -> str:
    """True when :data:`~kalbar_desktop.domain.temuan.Aturan.NAMA_KOSONG` cannot fire on the
    name in ``kolom``: :func:`kalbar_desktop.domain.temuan.nama_kosong` in SQL, one function
    call per row (one trim of blanks, dashes and zeros together, then an ASCII case-insensitive
    look-up). It flags a little more ("- -", "-KOSONG-"); the rules then decide."""
    tepi = (aturan.SPASI_NAMA + aturan.TANDA_NAMA_KOSONG).replace("'", "''")
    return (f"(trim({kolom}, '{tepi}') COLLATE NOCASE NOT IN "
            f"('', {_sql_daftar(sorted(aturan.PENANDA_NAMA_KOSONG))}))")


def _buat_calon(db: Database, ada_referensi: bool) -> None:
    """``temp.calon``: the families the Python rules must look at (a condition that is NULL,
    e.g. on an empty NIK, counts as not clean). Every other family is
    provably clean under :func:`kalbar_desktop.domain.temuan.periksa_keluarga` (checked by a
    test that runs the rules on every family and compares), so a district of 100,000 families
    is checked in seconds."""
    keluarga_bersih = " AND ".join([
        "v.koreksi_json IS NULL",
        "k.id_keluarga_bentuk IS NULL",
        *_sql_kode_bersih("k", KOLOM_KELUARGA),
        *_sql_angka_bersih("k", KOLOM_KELUARGA, FIELD_KELUARGA),
        _sql_tanggal_bersih("k.tanggal_lahir"),
        _KK_KOSONG_BERSIH,
        _sql_nik_kepala_bersih("k"),
        # an Excel error kept as the code's text (SEL_GALAT_EXCEL)
        "(k.kode_kemdagri IS NULL OR k.kode_kemdagri NOT GLOB '*[^0-9]*')",
        _sql_tanpa_galat("k"),
    ])
    if ada_referensi:
        keluarga_bersih += (
            " AND k.kode_kemdagri IN (SELECT kode FROM wilayah WHERE sumber = 'referensi' "
            "AND tingkat = 'desa_kelurahan')")
    anggota_bersih = " AND ".join([
        "va.koreksi_json IS NULL",
        "(va.nik_perbaikan IS NULL OR va.nik_perbaikan = '')",
        f"COALESCE(a.id_individu_bentuk, '{nik.BENTUK_TANPA_KOLOM}') = "
        f"'{nik.BENTUK_TANPA_KOLOM}' AND a.id_keluarga_bentuk IS NULL",
        *_sql_kode_bersih("a", KOLOM_INDIVIDU, lewati=("desil", "kode_kemdagri")),
        *_sql_angka_bersih("a", KOLOM_INDIVIDU, FIELD_ANGGOTA),
        _sql_tanggal_bersih("a.tanggal_lahir"),
        _NIK_BERSIH,
        _sql_tanpa_galat("a"),
        _sql_nama_ada("a.nama"),
    ])
    # No KK: 16 digits, possible province, serial, and a real date part (year as NIK years).
    kk_bersih = """(
        length(k.no_kk) = 16 AND k.no_kk NOT GLOB '*[^0-9]*'
        AND CAST(substr(k.no_kk, 1, 2) AS INTEGER) BETWEEN 11 AND 96
        AND substr(k.no_kk, 13, 4) <> '0000'
        AND date(printf('%04d-%s-%s',
                 CASE WHEN 2000 + CAST(substr(k.no_kk, 11, 2) AS INTEGER)
                           <= CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)
                      THEN 2000 ELSE 1900 END + CAST(substr(k.no_kk, 11, 2) AS INTEGER),
                 substr(k.no_kk, 9, 2), substr(k.no_kk, 7, 2)))
            = printf('%04d-%s-%s',
                 CASE WHEN 2000 + CAST(substr(k.no_kk, 11, 2) AS INTEGER)
                           <= CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)
                      THEN 2000 ELSE 1900 END + CAST(substr(k.no_kk, 11, 2) AS INTEGER),
                 substr(k.no_kk, 9, 2), substr(k.no_kk, 7, 2))
    )"""
    keluarga_bersih = keluarga_bersih.replace(_KK_KOSONG_BERSIH,
                                              f"({_KK_KOSONG_BERSIH} OR {kk_bersih})")
    db.execute("DROP TABLE IF EXISTS temp.calon")
    db.execute("CREATE TEMP TABLE calon (id_keluarga TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute(f"""
        INSERT OR IGNORE INTO temp.calon
        SELECT k.id_keluarga FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)
        WHERE ({keluarga_bersih}) IS NOT 1""")
    db.execute(f"""
        INSERT OR IGNORE INTO temp.calon
        SELECT DISTINCT a.id_keluarga FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
        WHERE ({anggota_bersih}) IS NOT 1""")
    # Families without members (their head's NIK is checked), families without exactly one
    # head among the members still counted, and families with a member gone from the source
    # (whether it counts depends on the family: domain.temuan.hilang_dari_sumber).
    db.execute("""
        INSERT OR IGNORE INTO temp.calon
        SELECT k.id_keluarga FROM keluarga k LEFT JOIN (
            SELECT a.id_keluarga,
                   sum(a.hubungan = 'Kepala Keluarga'
                       AND COALESCE(va.status_anggota, '') IN ('', 'ADA', 'ANGGOTA_BARU'))
                       AS kepala,
                   max(a.asal = 'p3ke' AND a.ada_di_sumber = 0) AS hilang
            FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
            GROUP BY a.id_keluarga) g USING (id_keluarga)
        WHERE g.kepala IS NULL OR g.kepala <> 1 OR g.hilang""")


def hitung_ulang_semua(db: Database, saring: bool = True) -> int:
    """Recompute every finding of the database; returns how many there are.

    With ``saring`` (always, except in the test that proves the filter right) the rules run only
    on the families an SQL filter cannot show to be clean.
    """
    wilayah = pemeriksa_wilayah(db)
    id_serupa = pencari_id_serupa(db)
    with db.atomic():
        db.execute("DELETE FROM temuan")
        if saring:
            _buat_calon(db, wilayah is not None)
            where_k = "WHERE k.id_keluarga IN (SELECT id_keluarga FROM temp.calon)"
            where_a = "WHERE a.id_keluarga IN (SELECT id_keluarga FROM temp.calon)"
        else:
            where_k = where_a = ""
        batch: list[Temuan] = []
        for k, anggota in _keluarga_dengan_anggota(db, where_k, where_a):
            batch.extend(aturan.periksa_keluarga(k, anggota, wilayah, id_serupa=id_serupa))
            if len(batch) > 5000:
                _simpan(db, batch)
                batch = []
        batch.extend(aturan.periksa_nik_ganda(
            _pemegang_nik_ganda_cepat(db) if saring else _pemegang_nik_ganda(db)))
        _simpan(db, batch)
        if saring:
            db.execute("DROP TABLE IF EXISTS temp.calon")
    return int(db.execute("SELECT count(*) FROM temuan").fetchone()[0])


def hitung_ulang_keluarga_di(db: Database, tabel: str,
                             kemajuan: Callable[[float], None] | None = None) -> int:
    """Recompute the findings of the families listed in ``tabel`` (a table with an
    ``id_keluarga`` column, e.g. ``temp.diubah``) after their stored values changed in a way
    that leaves every NIK as it was: their findings but :data:`Aturan.NIK_GANDA` are replaced.
    The rules run on those the SQL filter of :func:`hitung_ulang_semua` cannot show clean;
    ``kemajuan`` hears the fraction done (removing the old findings, a few million on a
    district whose every family changed, is half of it). Returns how many families the rules
    ran on."""
    wilayah = pemeriksa_wilayah(db)
    id_serupa = pencari_id_serupa(db)

    def lapor(fraksi: float) -> None:
        if kemajuan is not None:
            kemajuan(fraksi)

    with db.atomic():
        semua = [r[0] for r in db.execute(f"SELECT id_keluarga FROM {tabel}")]
        for awal in range(0, len(semua), 2000):
            bagian = semua[awal:awal + 2000]
            db.execute(f"DELETE FROM temuan WHERE aturan <> ? AND id_keluarga IN "
                       f"({', '.join('?' * len(bagian))})", [aturan.Aturan.NIK_GANDA, *bagian])
            lapor(0.5 * (awal + len(bagian)) / len(semua))
        _buat_calon(db, wilayah is not None)
        db.execute(f"DELETE FROM temp.calon WHERE id_keluarga NOT IN "
                   f"(SELECT id_keluarga FROM {tabel})")
        jumlah = db.execute("SELECT count(*) FROM temp.calon").fetchone()[0]
        batch: list[Temuan] = []
        for i, (k, anggota) in enumerate(_keluarga_dengan_anggota(
                db, "WHERE k.id_keluarga IN (SELECT id_keluarga FROM temp.calon)",
                "WHERE a.id_keluarga IN (SELECT id_keluarga FROM temp.calon)"), start=1):
            batch.extend(aturan.periksa_keluarga(k, anggota, wilayah, id_serupa=id_serupa))
            if len(batch) > 5000:
                _simpan(db, batch)
                batch = []
            if i % 1000 == 0:
                lapor(0.6 + 0.4 * i / jumlah)
        _simpan(db, batch)
        db.execute("DROP TABLE IF EXISTS temp.calon")
    return int(jumlah)


def _pemegang_nik(db: Database, nik: list[str], kecuali_keluarga: str | None = None
                  ) -> list[PemegangNik]:
    """Everyone whose NIK in force is one of ``nik`` (through the NIK indexes, not a scan).

    A family without member rows counts its head's NIK, as in :func:`_pemegang_nik_ganda`.
    People (and families) gone from the source hold no NIK here.
    """
    hasil: list[PemegangNik] = []
    for awal in range(0, len(nik), 400):
        bagian = nik[awal:awal + 400]
        tanda = ", ".join("?" * len(bagian))
        baris = db.execute(f"""
            SELECT COALESCE(NULLIF(va.nik_perbaikan, ''), a.nik), a.id_keluarga, a.id_individu,
                   a.file_sumber, a.lembar_sumber, a.baris_sumber,
                   va.status_anggota IS 'MENINGGAL'
            FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
            WHERE a.rowid IN (
                SELECT rowid FROM anggota WHERE nik IN ({tanda})
                UNION
                SELECT a2.rowid FROM verifikasi_anggota v2 JOIN anggota a2 USING (id_individu)
                WHERE v2.nik_perbaikan IN ({tanda}))
              AND NOT (a.asal = 'p3ke' AND a.ada_di_sumber = 0)
              AND COALESCE(va.status_anggota, 'ADA') NOT IN ({_KELUAR})
            UNION ALL
            SELECT k.nik_kepala, k.id_keluarga, NULL, k.file_sumber, k.lembar_sumber,
                   k.baris_sumber, 0
            FROM keluarga k
            WHERE k.nik_kepala IN ({tanda})
              AND NOT EXISTS (SELECT 1 FROM anggota a WHERE a.id_keluarga = k.id_keluarga)
              AND NOT (k.asal = 'p3ke' AND k.ada_di_sumber = 0)
        """, [*bagian, *bagian, *bagian]).fetchall()
        dicari = set(bagian)
        hasil += [PemegangNik(*b[:6], meninggal=bool(b[6])) for b in baris
                  if b[0] in dicari and b[1] != kecuali_keluarga]
    return hasil


def _nik_keluarga(keluarga: dict, anggota: list[dict]) -> list[str]:
    if not anggota:
        return [str(keluarga.get("nik_kepala") or "")]
    return [str(a.get("nik_perbaikan") or a.get("nik") or "") for a in anggota]


def hitung_ulang_impor(db: Database) -> int:
    """Recompute the findings an import can change; returns the number of findings in the
    database.

    Runs inside the import's transaction, with its staging tables: ``temp.disentuh`` (families
    in the files, gone from them, or that a member moved out of) and the ``periksa`` flag the
    importer set on each staged row (:mod:`kalbar_desktop.exchange.konversi`). A family's
    findings depend only on its own rows, its verification and the region reference, so the
    families not touched keep theirs; duplicate NIKs are recomputed over the whole database.
    The rules run on the touched families that a flagged row, their verification, local
    members, members not in the files, their heads or the region reference make doubtful; a
    test compares the result with the rules run on every family. (The wording of an
    ID_RUSAK_EXCEL finding also names a stored text ID with leading zeros; the text family of
    the same desa arriving later marks the numbered one gone, so that one is checked again.)
    """
    wilayah = pemeriksa_wilayah(db)
    id_serupa = pencari_id_serupa(db)
    disentuh = db.execute("SELECT count(*) FROM temp.disentuh").fetchone()[0]
    # Most of the database touched (a district's first import): reading the members'
    # verification rows in their own order and looking up the few with work is faster than
    # following every touched family to its members.
    anggota_diverifikasi = (
        "verifikasi_anggota va CROSS JOIN anggota a ON a.id_individu = va.id_individu"
        if disentuh * 2 >= db.execute("SELECT count(*) FROM keluarga").fetchone()[0]
        else "anggota a JOIN verifikasi_anggota va USING (id_individu)")
    with db.atomic():
        db.execute("DROP TABLE IF EXISTS temp.calon")
        db.execute("CREATE TEMP TABLE calon (id_keluarga TEXT PRIMARY KEY) WITHOUT ROWID")
        for sql in (
            "SELECT id_keluarga FROM temp.stage_keluarga WHERE periksa",
            # (and a member without a name, NAMA_KOSONG: the same scan)
            "SELECT id_keluarga FROM temp.stage_anggota WHERE periksa "
            f"OR {_sql_nama_ada('nama')} IS NOT 1",
            # touched but not in the files: gone, or a member moved out
            "SELECT id_keluarga FROM temp.disentuh WHERE id_keluarga NOT IN "
            "(SELECT id_keluarga FROM temp.stage_keluarga)",
            # verification work on the family or its members
            "SELECT d.id_keluarga FROM temp.disentuh d JOIN verifikasi_keluarga v "
            "USING (id_keluarga) WHERE v.koreksi_json IS NOT NULL",
            f"SELECT a.id_keluarga FROM {anggota_diverifikasi} "
            "WHERE (va.koreksi_json IS NOT NULL OR COALESCE(va.nik_perbaikan, '') <> '' "
            "OR va.status_anggota NOT IN ('ADA', 'ANGGOTA_BARU')) "
            "AND a.id_keluarga IN (SELECT id_keluarga FROM temp.disentuh)",
            # members the files did not give (added locally, or a family-only import)
            "SELECT a.id_keluarga FROM anggota a WHERE a.id_keluarga IN "
            "(SELECT id_keluarga FROM temp.disentuh) AND a.id_individu NOT IN "
            "(SELECT id_individu FROM temp.stage_anggota)",
            # a Kode Kemdagri that is no number (an Excel error kept as text: SEL_GALAT_EXCEL)
            "SELECT id_keluarga FROM temp.stage_keluarga WHERE kode_kemdagri GLOB '*[^0-9]*'",
            # the family row's own NIK, unless clean or a member's
            "SELECT s.id_keluarga FROM temp.stage_keluarga s WHERE s.nik_kepala <> '' AND "
            f"{_sql_nik_kepala_bersih('s')} IS NOT 1",
            # without members, or without exactly one head
            "SELECT d.id_keluarga FROM temp.disentuh d LEFT JOIN ("
            "  SELECT id_keluarga, sum(hubungan = 'Kepala Keluarga') AS kepala FROM anggota "
            "  WHERE id_keluarga IN (SELECT id_keluarga FROM temp.disentuh) "
            "  GROUP BY id_keluarga) g USING (id_keluarga) "
            "WHERE g.kepala IS NULL OR g.kepala <> 1",
            # families without members in a desa this import brought members for: the
            # Individu file covered their desa and had no row for them (KK_TANPA_KEPALA)
            "SELECT k.id_keluarga FROM keluarga k WHERE k.kode_kemdagri IN ("
            "  SELECT DISTINCT k2.kode_kemdagri FROM keluarga k2 WHERE k2.id_keluarga IN "
            "  (SELECT id_keluarga FROM temp.stage_anggota)) "
            "AND NOT EXISTS (SELECT 1 FROM anggota a WHERE a.id_keluarga = k.id_keluarga)",
        ):
            db.execute(f"INSERT OR IGNORE INTO temp.calon {sql}")
        if wilayah is not None:
            db.execute(
                "INSERT OR IGNORE INTO temp.calon SELECT k.id_keluarga FROM keluarga k "
                "WHERE k.id_keluarga IN (SELECT id_keluarga FROM temp.disentuh) "
                "AND COALESCE(k.kode_kemdagri, '') NOT IN (SELECT kode FROM wilayah "
                "WHERE sumber = 'referensi' AND tingkat = 'desa_kelurahan')")
        db.execute("DELETE FROM temuan WHERE aturan = ? OR id_keluarga IN "
                   "(SELECT id_keluarga FROM temp.disentuh) OR id_keluarga IN "
                   "(SELECT id_keluarga FROM temp.calon)", [aturan.Aturan.NIK_GANDA])
        batch: list[Temuan] = []
        for k, anggota in _keluarga_dengan_anggota(
                db, "WHERE k.id_keluarga IN (SELECT id_keluarga FROM temp.calon)",
                "WHERE a.id_keluarga IN (SELECT id_keluarga FROM temp.calon)"):
            batch.extend(aturan.periksa_keluarga(k, anggota, wilayah, id_serupa=id_serupa))
            if len(batch) > 5000:
                _simpan(db, batch)
                batch = []
        batch.extend(aturan.periksa_nik_ganda(_pemegang_nik_ganda_cepat(db)))
        _simpan(db, batch)
        db.execute("DROP TABLE IF EXISTS temp.calon")
    return int(db.execute("SELECT count(*) FROM temuan").fetchone()[0])


def hitung_ulang_keluarga(db: Database, id_keluarga: str) -> list[Temuan]:
    """Recompute the findings of one family, and the duplicate-NIK findings of every person who
    holds a NIK this family holds now or held before (a corrected NIK can create or end a
    duplicate in another family). Only the affected NIKs are looked up, so a save stays fast
    on a large database."""
    wilayah = pemeriksa_wilayah(db)
    id_serupa = pencari_id_serupa(db)
    with db.atomic():
        lama = [b[0] for b in db.execute(
            "SELECT DISTINCT nilai FROM temuan WHERE id_keluarga = ? AND aturan = ? "
            "AND nilai IS NOT NULL", [id_keluarga, aturan.Aturan.NIK_GANDA])]
        db.execute("DELETE FROM temuan WHERE id_keluarga = ?", [id_keluarga])
        baru: list[Temuan] = []
        sekarang: list[str] = []
        for k, anggota in _keluarga_dengan_anggota(
                db, "WHERE k.id_keluarga = :id", "WHERE a.id_keluarga = :id", {"id": id_keluarga}):
            baru.extend(aturan.periksa_keluarga(k, anggota, wilayah, id_serupa=id_serupa))
            sekarang = _nik_keluarga(k, anggota)
        nik = sorted({n for n in [*lama, *sekarang] if len(n) == 16 and n.isdigit()})
        for awal in range(0, len(nik), 400):
            bagian = nik[awal:awal + 400]
            db.execute(f"DELETE FROM temuan WHERE aturan = ? AND nilai IN "
                       f"({', '.join('?' * len(bagian))})",
                       [aturan.Aturan.NIK_GANDA, *bagian])
        baru_ganda = aturan.periksa_nik_ganda(_pemegang_nik(db, nik))
        _simpan(db, baru + baru_ganda)
    return baru + [t for t in baru_ganda if t.id_keluarga == id_keluarga]


def periksa_keluarga_sementara(db: Database, keluarga: dict, anggota: list[dict],
                               wilayah: Callable[[str], bool] | None = None) -> list[Temuan]:
    """Findings for unsaved form values (nothing is written). NIK duplicates are checked
    inside the family and against the other families in the database.

    ``wilayah`` is the region check of :func:`pemeriksa_wilayah` (pass it when calling this
    often; it is looked up when omitted)."""
    if wilayah is None:
        wilayah = pemeriksa_wilayah(db)
    tanpa_anggota = not anggota and "anggota_diharapkan" not in keluarga
    bentuk_kk = "no_kk_bentuk" not in keluarga and not keluarga.get("no_kk")
    if keluarga.get("nik_kepala_bentuk") or tanpa_anggota or bentuk_kk:
        # the stored row: the file's NIK Kepala Keluarga, the import that brought it, and
        # whether its file had a No KK column (the form's values hold none of these)
        tersimpan = db.execute(
            "SELECT nik_kepala, impor_id, kode_kemdagri, dibuat_pada, no_kk_bentuk "
            "FROM keluarga WHERE id_keluarga = ?",
            [str(keluarga.get("id_keluarga") or "")]).fetchone() or (None,) * 5
        keluarga = _bentuk_nik_kepala(dict(keluarga), tersimpan[0])
        if bentuk_kk:
            keluarga["no_kk_bentuk"] = tersimpan[4]
        if tanpa_anggota:
            keluarga["anggota_diharapkan"] = _anggota_diharapkan(
                {"impor_id": tersimpan[1], "kode_kemdagri": tersimpan[2],
                 "dibuat_pada": tersimpan[3]},
                _impor_dengan_individu(db), _desa_dengan_individu(db), _rilis_impor(db))
    keluarga, anggota = _galat_tersimpan(db, keluarga, anggota)
    hasil = aturan.periksa_keluarga(keluarga, anggota, wilayah,
                                    id_serupa=pencari_id_serupa(db))
    idk = str(keluarga.get("id_keluarga") or "")
    sendiri = [PemegangNik(str(a.get("nik_perbaikan") or a.get("nik") or ""), idk,
                           a.get("id_individu"),
                           meninggal=a.get("status_anggota") == "MENINGGAL")
               for a in anggota
               if not aturan.hilang_dari_sumber(a) and not aturan.sudah_keluar(a)]
    nik = sorted({p.nik for p in sendiri if len(p.nik) == 16 and p.nik.isdigit()})
    if not nik:
        return hasil
    pemegang = sendiri + _pemegang_nik(db, nik, kecuali_keluarga=idk)
    hasil += [t for t in aturan.periksa_nik_ganda(pemegang) if t.id_keluarga == idk]
    return hasil


def _galat_tersimpan(db: Database, keluarga: Mapping, anggota: list[dict]
                     ) -> tuple[Mapping, list[dict]]:
    """The form's values with the cells the import stored empty for an Excel error
    (:data:`kalbar_desktop.domain.temuan.KUNCI_GALAT`, kept in the stored rows' source JSON,
    which the form does not hold), so that their findings show until a value is typed."""
    ada = f"instr(sumber_json, '\"{aturan.KUNCI_GALAT}\"') > 0"
    idk = str(keluarga.get("id_keluarga") or "")
    baris = db.execute(f"SELECT sumber_json FROM keluarga WHERE id_keluarga = ? AND {ada}",
                       [idk]).fetchone()
    if baris is not None:
        keluarga = aturan.galat_dari_sumber({**keluarga, "sumber_json": baris[0]})
    per_id = {b[0]: b[1] for b in db.execute(
        f"SELECT id_individu, sumber_json FROM anggota WHERE id_keluarga = ? AND {ada}", [idk])}
    if per_id:
        anggota = [aturan.galat_dari_sumber({**a, "sumber_json": per_id[a.get("id_individu")]})
                   if a.get("id_individu") in per_id else a for a in anggota]
    return keluarga, anggota


def pesan_asli(db: Database) -> dict[str, Pesan]:
    """The stored findings' messages as the rules make them (a :class:`Pesan`, which the window
    can translate), keyed by the stored Indonesian text: the rules run again on the families
    that have findings (and the duplicate NIKs), nothing is written. A stored message the rules
    no longer make (the database changed since) is missing."""
    hasil: dict[str, Pesan] = {}
    wilayah = pemeriksa_wilayah(db)
    id_serupa = pencari_id_serupa(db)
    ada = "IN (SELECT id_keluarga FROM temuan)"
    daftar: list[Temuan] = []
    for k, anggota in _keluarga_dengan_anggota(db, f"WHERE k.id_keluarga {ada}",
                                               f"WHERE a.id_keluarga {ada}"):
        daftar += aturan.periksa_keluarga(k, anggota, wilayah, id_serupa=id_serupa)
    daftar += aturan.periksa_nik_ganda(_pemegang_nik_ganda_cepat(db))
    for t in daftar:
        if isinstance(t.pesan, Pesan):
            hasil.setdefault(str(t.pesan), t.pesan)
    return hasil


def temuan_keluarga(db: Database, id_keluarga: str) -> list[dict]:
    """Stored findings of one family."""
    return list(db.query(
        "SELECT aturan, id_keluarga, id_individu, kolom, nilai, pesan, file, lembar, baris "
        "FROM temuan WHERE id_keluarga = ? ORDER BY id_individu, aturan", [id_keluarga]))


def semua_temuan(db: Database, wilayah: Sequence[str] = ()) -> Iterator[dict]:
    """Every stored finding, ordered by family, person and rule; with ``wilayah`` (a user's
    scope, :func:`kalbar_desktop.domain.akses.lingkup`) only those of families in these
    regions, as :func:`kalbar_desktop.storage.statistik.statistik` counts them."""
    syarat, params = syarat_lingkup("k.kode_kemdagri", wilayah)
    gabung = "JOIN keluarga k USING (id_keluarga) " if wilayah else ""
    yield from db.query(
        "SELECT t.aturan, t.id_keluarga, t.id_individu, t.kolom, t.nilai, t.pesan, t.file, "
        f"t.lembar, t.baris FROM temuan t {gabung}WHERE {syarat} "
        "ORDER BY t.id_keluarga, t.id_individu, t.aturan, t.id", params)


def jumlah_per_aturan(db: Database) -> dict[str, int]:
    """Number of findings per rule code."""
    return {a: n for a, n in db.execute(
        "SELECT aturan, count(*) FROM temuan GROUP BY aturan ORDER BY aturan")}


def untuk_laporan(db: Database) -> Iterator[tuple]:
    """Every finding for the import report, in source order (file, sheet, row): rule, ID
    Keluarga, ID Individu, name (a member's as stored, empty when it has none; the head's for a
    finding about the family), region code, region name, column, value, message, file, sheet,
    row."""
    yield from db.execute("""
        SELECT t.aturan, t.id_keluarga, t.id_individu,
               CASE WHEN t.id_individu IS NULL THEN k.nama_kepala ELSE a.nama END,
               k.kode_kemdagri,
               COALESCE(k.desa, w.nama), t.kolom, t.nilai, t.pesan, t.file, t.lembar, t.baris
        FROM temuan t
        LEFT JOIN keluarga k ON k.id_keluarga = t.id_keluarga
        LEFT JOIN anggota a ON a.id_individu = t.id_individu
        LEFT JOIN wilayah w ON w.kode = k.kode_kemdagri
        ORDER BY t.file IS NULL, t.file, t.lembar, t.baris, t.id_keluarga, t.id_individu,
                 t.aturan, t.id
    """)


def keluarga_untuk_laporan(db: Database, id_keluarga: Sequence[str]) -> Iterator[tuple]:
    """Families by ID for the import report, in ID order: ID Keluarga, name of the head,
    region code, desa name, members no longer in the files."""
    daftar = sorted(set(id_keluarga))
    for awal in range(0, len(daftar), 400):
        bagian = daftar[awal:awal + 400]
        yield from db.execute(f"""
            SELECT k.id_keluarga, k.nama_kepala, k.kode_kemdagri, COALESCE(k.desa, w.nama),
                   (SELECT count(*) FROM anggota a WHERE a.id_keluarga = k.id_keluarga
                      AND a.asal = 'p3ke' AND a.ada_di_sumber = 0)
            FROM keluarga k LEFT JOIN wilayah w ON w.kode = k.kode_kemdagri
            WHERE k.id_keluarga IN ({', '.join('?' * len(bagian))})
            ORDER BY k.id_keluarga""", bagian)
