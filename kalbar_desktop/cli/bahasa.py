"""click's own texts in Indonesian: usage errors (unknown command or option, bad value, missing
argument; exit status stays 2), the help headings and the type names shown in ``--help``.

click looks its messages up through ``gettext`` names bound in its modules; :func:`pasang`
binds them to :data:`TERJEMAHAN` (a message click does not yet have here stays as click wrote
it). It must run before the commands are declared (``click.Path`` names its type then).
"""

from __future__ import annotations

import re

import click

TERJEMAHAN: dict[str, str] = {
    # errors
    "Error: {message}": "Gagal: {message}",
    "Try '{command} {option}' for help.": "Lihat '{command} {option}' untuk bantuan.",
    "No such command {name!r}.": "Perintah {name!r} tidak dikenal.",
    "No such option {name!r}.": "Opsi {name!r} tidak dikenal.",
    "No such option: {name}": "Opsi tidak dikenal: {name}",
    "Missing command.": "Perintah belum disebutkan.",
    "Missing argument": "Argumen belum diisi:",
    "Missing option": "Opsi wajib belum diisi:",
    "Missing parameter": "Parameter belum diisi:",
    "Missing {param_type}": "{param_type} belum diisi:",
    "Missing parameter: {param_name}": "Parameter belum diisi: {param_name}",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak memakai nilai.",
    "Argument {name!r} takes {nargs} values.": "Argumen {name!r} memerlukan {nargs} nilai.",
    "Invalid start character for option ({option})":
        "Karakter awal opsi tidak sah ({option})",
    "Could not open file {filename!r}: {message}":
        "Berkas {filename!r} tidak bisa dibuka: {message}",
    "unknown error": "kesalahan tidak dikenal",
    "Aborted!": "Dibatalkan.",
    "Value must be an iterable.": "Nilai harus berupa daftar.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan bilangan yang sah.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} bukan nilai ya/tidak yang sah. Nilai yang dikenal: {states}",
    "{value!r} is not a valid UUID.": "{value!r} bukan UUID yang sah.",
    "{value!r} is not a valid integer.": "{value!r} bukan bilangan bulat yang sah.",
    "{value!r} is not a valid float.": "{value!r} bukan bilangan yang sah.",
    "{value!r} is not one of {choices}.": "{value!r} bukan salah satu dari {choices}.",
    "{value!r} is not {choice}.": "{value!r} bukan {choice}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas, bukan folder.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder, bukan berkas.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak bisa dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak bisa ditulisi.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} tidak bisa dijalankan.",
    "file": "berkas",
    "directory": "folder",
    "path": "lokasi",
    "Error: invalid input": "Gagal: masukan tidak sah",
    "Error: The two entered values do not match.": "Gagal: kedua isian tidak sama.",
    "Repeat for confirmation": "Ulangi untuk konfirmasi",
    "Do you want to continue?": "Lanjutkan?",
    "Press any key to continue...": "Tekan tombol apa saja untuk melanjutkan...",
    # help
    "Usage:": "Pemakaian:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Positional arguments": "Argumen",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "Confirm the action without prompting.": "Setujui tanpa ditanya.",
    "default: {default}": "bawaan: {default}",
    "required": "wajib",
    "env var: {var}": "variabel lingkungan: {var}",
    "deprecated": "usang",
    "Choose from:\n\t{choices}": "Pilih dari:\n\t{choices}",
}

TERJEMAHAN_JAMAK: dict[tuple[str, str], str] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        "Argumen lebih yang tidak diharapkan: {args}",
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        "Maksudnya {possibility}?|(Maksudnya salah satu dari: {possibilities}?)",
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        "Opsi {name!r} memerlukan nilai.|Opsi {name!r} memerlukan {nargs} nilai.",
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        "{value!r} bukan {choice}.|{value!r} bukan salah satu dari {choices}.",
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        "Memerlukan {nargs} nilai, diberikan {len}.",
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."):
        "Diperlukan {len_type} nilai, diberikan {len_value}.",
    ("{value!r} does not match the format {format}.",
     "{value!r} does not match the formats {formats}."):
        "{value!r} tidak sesuai format {format}.|{value!r} tidak sesuai format {formats}.",
}

# Type names click shows as metavars in --help (``--user TEXT``); ``click.Path`` already
# comes out as BERKAS/FOLDER through TERJEMAHAN.
_METAVAR = {"TEXT": "TEKS", "INTEGER RANGE": "BILANGAN", "INTEGER": "BILANGAN",
            "FLOAT RANGE": "ANGKA", "FLOAT": "ANGKA", "BOOLEAN": "YA/TIDAK",
            "FILENAME": "BERKAS", "DATETIME": "WAKTU"}
_POLA_METAVAR = re.compile(r"(?<=[ =])(" + "|".join(
    re.escape(k) for k in sorted(_METAVAR, key=len, reverse=True)) + r")\b")
_USAGE = {"[OPTIONS]": "[OPSI]", "[COMMAND] [ARGS]...": "[PERINTAH] [ARG]...",
          "COMMAND [ARGS]...": "PERINTAH [ARG]..."}


def terjemahkan(pesan: str) -> str:
    """Indonesian for one of click's messages (the message itself when unknown)."""
    return TERJEMAHAN.get(pesan, pesan)


def terjemahkan_jamak(tunggal: str, jamak: str, n: int) -> str:
    """Indonesian for one of click's singular/plural message pairs."""
    id_ = TERJEMAHAN_JAMAK.get((tunggal, jamak))
    if id_ is None:
        return tunggal if n == 1 else jamak
    bentuk = id_.split("|")
    return bentuk[0] if n == 1 or len(bentuk) == 1 else bentuk[1]


class PemformatBantuan(click.HelpFormatter):
    """click's help formatter with Indonesian usage words and type names."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        for en, id_ in _USAGE.items():
            args = args.replace(en, id_)
        super().write_usage(prog, args, prefix)

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(_POLA_METAVAR.sub(lambda m: _METAVAR[m.group(1)], a), b)
                          for a, b in rows], col_max, col_spacing)


class Konteks(click.Context):
    """The context of every command: help through :class:`PemformatBantuan`."""

    formatter_class = PemformatBantuan


class Perintah(click.Command):
    """A command of the application (Indonesian help)."""

    context_class = Konteks


def pasang() -> None:
    """Bind click's message lookups to the Indonesian texts."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types

    for modul in (click.core, click.decorators, click.exceptions, click.formatting,
                  click.parser, click.termui, click.types):
        if hasattr(modul, "_"):
            modul._ = terjemahkan  # type: ignore[attr-defined]
        if hasattr(modul, "ngettext"):
            modul.ngettext = terjemahkan_jamak  # type: ignore[attr-defined]
