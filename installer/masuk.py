"""Entry point of the frozen program (PyInstaller): the same as the ``kalbar-desktop``
command. Without arguments it opens the window."""

from kalbar_desktop.cli import main

if __name__ == "__main__":
    main(prog_name="kalbar-desktop")
