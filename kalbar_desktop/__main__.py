"""``python -m kalbar_desktop``: the same as the ``kalbar-desktop`` command."""

from kalbar_desktop.cli import main

if __name__ == "__main__":
    main()
