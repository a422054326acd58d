"""Compile locale/*/LC_MESSAGES/django.po, and locale_admin's translations of the admin's own strings, to .mo
with polib (no gettext tools needed to run the site)."""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
ADMIN_LOCALE_DIR = LOCALE_DIR.parent / "locale_admin"


def compiled(po_path):
    """The .mo bytes for a .po file: written to a temporary file, since polib only writes to paths."""
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".mo") as tmp:
        polib.pofile(str(po_path)).save_as_mofile(tmp.name)
        return Path(tmp.name).read_bytes()


def catalogues():
    """Every .po file the site reads."""
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")) + sorted(ADMIN_LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def main():
    for po_path in catalogues():
        po_path.with_suffix(".mo").write_bytes(compiled(po_path))
        print(f"compiled {po_path.relative_to(LOCALE_DIR.parent)}")


if __name__ == "__main__":
    main()
