"""The export's region rule (``akses.lingkup_ekspor``) on region shapes the office's tables
cannot hold together: nested regions, and the admin, whose regions are never a limit."""

from __future__ import annotations

from kalbar_desktop.domain.akses import Pengguna, Peran, lingkup_ekspor, wilayah_sendiri


def test_wilayah_di_dalam_wilayah_lain_tidak_dihitung_dua_kali():
    p = Pengguna("rina", Peran.VERIFIKATOR, ("617202", "6172", "6172031001"))
    assert wilayah_sendiri(p) == ("6172",)
    assert lingkup_ekspor(p, None) == ("6172",)
    assert lingkup_ekspor(p, "617204") == ("617204",)
    assert lingkup_ekspor(p, "6171") is None


def test_sebagian_di_dalam_ditolak_seluruhnya_di_dalam_boleh():
    p = Pengguna("oki", Peran.OPERATOR, ("6172041001", "617201"))
    assert lingkup_ekspor(p, None) == ("617201", "6172041001")
    assert lingkup_ekspor(p, "617204") is None  # holds the desa, but more besides
    assert lingkup_ekspor(p, "6172") is None
    assert lingkup_ekspor(p, "6172011003") == ("6172011003",)


def test_admin_dan_tanpa_pengguna():
    assert lingkup_ekspor(Pengguna("adm", Peran.ADMIN), None) == ()
    assert lingkup_ekspor(Pengguna("adm", Peran.ADMIN), "6172") == ("6172",)
    assert lingkup_ekspor(None, None) is None
