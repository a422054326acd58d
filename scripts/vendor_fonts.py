"""Vendor Source Sans 3 (the font the Suomi.fi design tokens name) from the @fontsource-variable/source-sans-3
registry package: the variable woff2 files of the subsets this site's languages need (Latin for fi, sv, en,
fr, es, sw, so; Latin Extended for ku; Cyrillic for uk, ru), their licence, and one stylesheet of @font-face
rules with `font-display: swap` under the family name the tokens use. Arabic, Persian, Pashto and Tigrinya text
falls back to the system fonts site.css names. Run by `make fonts` with the unpacked package's directory."""

import re
import shutil
import sys
from pathlib import Path

SUBSETS = ("latin", "latin-ext", "cyrillic", "cyrillic-ext")
FAMILY = "Source Sans 3"


def main(package, out):
    package, out = Path(package), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rules = []
    for sheet in ("wght.css", "wght-italic.css"):
        for block in re.findall(r"/\* ([\w-]+) \*/\s*(@font-face \{.*?\})", (package / sheet).read_text(), re.S):
            name, rule = block
            subset = name.removeprefix("source-sans-3-").rsplit("-wght", 1)[0]
            if subset not in SUBSETS:
                continue
            shutil.copy(package / "files" / f"{name}.woff2", out / f"{name}.woff2")
            rule = rule.replace("'Source Sans 3 Variable'", f"'{FAMILY}'").replace("./files/", "./")
            rules.append(f"/* {name} */\n{rule}\n")
    shutil.copy(package / "LICENSE", out / "OFL.txt")
    version = re.search(r'"version": "([^"]+)"', (package / "package.json").read_text()).group(1)
    header = (
        f"/* Source Sans 3 {version} (@fontsource-variable/source-sans-3, SIL Open Font License 1.1: OFL.txt),\n"
        "   written by scripts/vendor_fonts.py: do not edit by hand. */\n"
    )
    (out / "source-sans-3.css").write_text(header + "\n".join(rules))


if __name__ == "__main__":
    main(*sys.argv[1:])
