"""`make` builds the virtual environment with a Python 3.11 or newer and rebuilds a stale one, saying why."""

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "ensure_venv.sh"


def _old_python():
    """A Python older than 3.11 that runs here: on PATH, or one that pyenv keeps."""
    candidates = [shutil.which(name) for name in ("python3.10", "python3.9", "python3.8")]
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3")), reverse=True)
    for candidate in filter(None, candidates):
        run = subprocess.run([candidate, "-c", "import sys; print(sys.version_info < (3, 11))"], capture_output=True)
        if run.returncode == 0 and run.stdout.strip() == b"True":
            return candidate
    return None


OLD_PYTHON = _old_python()
needs_old = pytest.mark.skipif(
    OLD_PYTHON is None, reason="no Python older than 3.11 on this machine to make a stale .venv"
)


def ensure(venv, python=""):
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/"), "PYTHON": python}
    return subprocess.run(["sh", str(SCRIPT), str(venv)], env=env, capture_output=True, text=True)


def version(venv):
    out = subprocess.run(
        [venv / "bin" / "python", "-c", "import sys; print(sys.version_info[:2])"], capture_output=True
    )
    return tuple(int(part) for part in out.stdout.decode().strip("()\n").split(", "))


@needs_old
def test_a_venv_made_with_an_old_python_is_rebuilt_with_a_message(tmp_path):
    venv = tmp_path / ".venv"
    subprocess.run([OLD_PYTHON, "-m", "venv", "--without-pip", venv], check=True)
    result = ensure(venv)
    assert result.returncode == 0, result.stderr
    old = subprocess.run([OLD_PYTHON, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], capture_output=True)
    assert f"Rebuilding {venv}: it was made with {old.stdout.decode().strip()}" in result.stderr
    assert version(venv) >= (3, 11)


def test_a_venv_whose_python_is_gone_is_rebuilt(tmp_path):
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(tmp_path / "no-such-python")
    result = ensure(venv)
    assert result.returncode == 0 and "a Python that no longer runs" in result.stderr
    assert version(venv) >= (3, 11)


def test_a_working_venv_is_kept(tmp_path):
    venv = tmp_path / ".venv"
    assert ensure(venv).returncode == 0
    marker = venv / "kept"
    marker.touch()
    result = ensure(venv)
    assert result.returncode == 0 and result.stderr == "" and marker.exists()


@needs_old
def test_naming_a_python_that_is_too_old_is_refused_clearly(tmp_path):
    result = ensure(tmp_path / ".venv", python=OLD_PYTHON)
    assert result.returncode == 1
    assert f"PYTHON={OLD_PYTHON} is not a Python 3.11 or newer" in result.stderr
    assert not (tmp_path / ".venv").exists()
