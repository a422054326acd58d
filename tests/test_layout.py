"""The dependency rule of DESIGN.md, read from the code's imports: core imports no app of the project,
reference only core, the features (pages, projects, surveys) only core and reference, results those and
surveys; only config, demo and bench import everything."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = {
    "core": ROOT / "site/core",
    "reference": ROOT / "site/reference",
    "pages": ROOT / "site/pages",
    "projects": ROOT / "projects",
    "surveys": ROOT / "surveys",
    "results": ROOT / "results",
    "config": ROOT / "site/config",
    "demo": ROOT / "site/demo",
    "bench": ROOT / "bench",
}
ALLOWED = {
    "core": set(),
    "reference": {"core"},
    "pages": {"core", "reference"},
    "projects": {"core", "reference"},
    "surveys": {"core", "reference"},
    "results": {"core", "reference", "surveys"},
    "config": set(APPS),
    "demo": set(APPS),
    "bench": set(APPS),
}


def imported_apps(path):
    """The project's apps that a module imports, at its top or inside functions."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & set(APPS)


def test_every_import_follows_the_dependency_rule():
    broken = []
    for app, folder in APPS.items():
        for path in folder.rglob("*.py"):
            for other in imported_apps(path) - ALLOWED[app] - {app}:
                broken.append(f"{path.relative_to(ROOT)} imports {other}")
    assert broken == []


def test_the_rule_covers_every_app_of_the_project():
    from django.apps import apps

    paths = [Path(config.path) for config in apps.get_app_configs()]
    ours = {path.name for path in paths if ROOT in path.parents and not any(p.startswith(".venv") for p in path.parts)}
    assert ours <= set(APPS) and {"core", "reference", "surveys", "results"} <= ours
