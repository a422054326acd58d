"""The deployment's systemd units (deploy/systemd/) run what the Procfile runs (`make serve-prod`), each from
the checkout's virtual environment, with the environment from a file: a process added to one and not the other,
or a secret written into a unit, fails here."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"


def procfile():
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if line and not line.startswith("#"))


def unit(name):
    return dict(
        line.split("=", 1) for line in (UNITS / f"kuntaan-{name}.service").read_text().splitlines() if "=" in line
    )


def test_every_procfile_process_has_a_unit_running_the_same_command():
    processes = procfile()
    assert set(processes) == {"web", "emails", "exports", "schedule"}
    assert {path.name for path in UNITS.glob("*.service")} == {f"kuntaan-{name}.service" for name in processes}
    for name, command in processes.items():
        settings = unit(name)
        assert settings["ExecStart"] == "/srv/kuntaan/.venv/bin/" + command, name
        assert settings["EnvironmentFile"] == "/etc/kuntaan/env" and settings["User"] == "kuntaan", name
        assert not any(key == "Environment" for key in settings), f"{name}: settings belong in the env file"
    wanted = (UNITS / "kuntaan.target").read_text()
    assert all(f"kuntaan-{name}.service" in wanted for name in processes)
