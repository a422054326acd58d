"""Municipalities' contact addresses for invitations, typed on the status board ("091: a@x.fi, b@x.fi") or
uploaded as a CSV file as spreadsheets save it (comma, semicolon or tab; UTF-8 or Excel's Windows-1252; a
header row or none): the municipality code first, then its addresses in the same cell or the next ones.

Every line is checked before anything is sent, and every mistake is reported with its line number."""

import csv
import io
import re

from django import forms
from django.utils.translation import gettext as _

from reference.models import MunicipalityYear

MAX_FILE_BYTES = 1024 * 1024
SEPARATORS = re.compile(r"[,;\s]+")


def rows_from_text(text):
    """(line number, [code, addresses]) of typed lines."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            code, _sep, addresses = line.partition(":")
            yield number, [code, addresses]


def rows_from_file(upload):
    """(line number, cells) of an uploaded CSV file; a ValidationError if it cannot be read as one."""
    if upload.size > MAX_FILE_BYTES:
        raise forms.ValidationError(_("The file is too large: at most 1 MB."))
    raw = upload.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter(text)), start=1):
        if number == 1 and cells and not cells[0].strip().isdigit():
            continue  # a header row
        if any(cell.strip() for cell in cells):
            yield number, cells


def delimiter(text):
    """The separator of a spreadsheet's CSV (comma, semicolon or tab): the one that leaves a municipality code
    alone in the first cell of the most lines. csv.Sniffer gives up on rows of different lengths, which is how
    spreadsheets save a list of one to three addresses a municipality."""
    lines = [line for line in text.splitlines()[:200] if line.strip()]

    def score(candidate):
        firsts = [next(csv.reader([line], delimiter=candidate), [""])[0].strip() for line in lines]
        return sum(first.isdigit() for first in firsts), sum(candidate in line for line in lines)

    return max(",;\t", key=score)


def addresses_by_code(rows, year):
    """{municipality code: [address]} from (line number, cells) rows; a ValidationError listing every line
    with an unknown municipality or an invalid address."""
    known = set(MunicipalityYear.objects.filter(year=year).values_list("municipality__code", flat=True))
    validate = forms.EmailField().clean
    by_code, errors = {}, []
    for number, cells in rows:
        code = cells[0].strip().zfill(3)
        if code not in known:
            errors.append(
                _("Line %(number)s: no municipality has the code %(code)s in %(year)s.")
                % {"number": number, "code": cells[0].strip(), "year": year}
            )
            continue
        addresses = [a for cell in cells[1:] for a in SEPARATORS.split(cell) if a]
        if not addresses:
            errors.append(_("Line %(number)s: no e-mail address.") % {"number": number})
        for address in addresses:
            try:
                by_code.setdefault(code, []).append(validate(address))
            except forms.ValidationError:
                errors.append(
                    _("Line %(number)s: %(address)s is not an e-mail address.") % {"number": number, "address": address}
                )
    if errors:
        raise forms.ValidationError(errors)
    return by_code
