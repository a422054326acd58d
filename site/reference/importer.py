"""Load the yearly municipality CSV files (Statistics Finland classifications) into the reference tables."""

import csv
from pathlib import Path

from django.db import transaction

from core.page_cache import invalidate

from . import choices
from .models import Area, AreaKind, Municipality, MunicipalityYear

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGS = ("fi", "sv", "en")


def csv_files(data_dir=DATA_DIR):
    return sorted(data_dir.glob("municipalities_*.csv"))


def _names(row, prefix):
    return {f"name_{lang}": row[f"{prefix}_{lang}"] for lang in LANGS}


@transaction.atomic
def import_municipalities(files=None):
    """Upsert every year's rows. Running it again changes nothing; returns {year: number of municipalities}."""
    rows = [row for path in files or csv_files() for row in csv.DictReader(path.open(encoding="utf-8"))]

    areas = {}
    for row in rows:  # later years win, so an area keeps its latest name
        for kind in AreaKind.values:
            if row[f"{kind}_code"]:
                areas[(kind, row[f"{kind}_code"])] = _names(row, kind)
    Area.objects.bulk_create(
        [Area(kind=kind, code=code, **names) for (kind, code), names in areas.items()],
        update_conflicts=True,
        unique_fields=["kind", "code"],
        update_fields=[f"name_{lang}" for lang in LANGS],
    )
    area_ids = {(a.kind, a.code): a.pk for a in Area.objects.all()}

    latest = {row["code"]: _names(row, "name") for row in sorted(rows, key=lambda r: int(r["year"]))}
    Municipality.objects.bulk_create(
        [Municipality(code=code, **names) for code, names in latest.items()],
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=[f"name_{lang}" for lang in LANGS],
    )
    municipality_ids = dict(Municipality.objects.values_list("code", "pk"))

    def area_id(row, kind):
        return area_ids.get((kind, row[f"{kind}_code"])) if row[f"{kind}_code"] else None

    MunicipalityYear.objects.bulk_create(
        [
            MunicipalityYear(
                municipality_id=municipality_ids[row["code"]],
                year=int(row["year"]),
                **_names(row, "name"),
                **{f"{kind}_id": area_id(row, kind) for kind in AreaKind.values},
            )
            for row in rows
        ],
        update_conflicts=True,
        unique_fields=["municipality", "year"],
        update_fields=[f"name_{lang}" for lang in LANGS] + [f"{kind}_id" for kind in AreaKind.values],
        batch_size=500,
    )
    transaction.on_commit(choices.invalidate)
    invalidate()  # pages show municipalities' and regions' names
    counts = {}
    for row in rows:
        counts[int(row["year"])] = counts.get(int(row["year"]), 0) + 1
    return counts
