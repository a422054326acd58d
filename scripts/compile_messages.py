"""Compile locale/*/LC_MESSAGES/django.po to .mo with polib (no gettext tools needed to run the site)."""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


def compiled(po_path):
    """The .mo bytes for a .po file: written to a temporary file, since polib only writes to paths."""
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".mo") as tmp:
        polib.pofile(str(po_path)).save_as_mofile(tmp.name)
        return Path(tmp.name).read_bytes()


def main():
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")):
        po_path.with_suffix(".mo").write_bytes(compiled(po_path))
        print(f"compiled {po_path.relative_to(LOCALE_DIR.parent)}")


if __name__ == "__main__":
    main()
