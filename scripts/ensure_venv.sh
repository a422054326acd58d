#!/bin/sh
# Makes sure $1 is a virtual environment of Python 3.11 or newer: of $PYTHON when it is named (make
# PYTHON=python3.13 …), else of an existing working .venv, else of python3 if it is new enough, else of the newest
# python3.X found. A .venv whose Python no longer runs, is too old, or is not the one named, is rebuilt, saying so.
set -eu
venv=$1
version() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null; }
new_enough() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

python=${PYTHON:-}
if [ -n "$python" ] && ! new_enough "$python"; then
    echo "PYTHON=$python is not a Python 3.11 or newer ($(version "$python" || echo 'it does not run'))." >&2
    exit 1
fi
if [ -d "$venv" ]; then
    have=$(version "$venv/bin/python" || echo "a Python that no longer runs")
    if ! new_enough "$venv/bin/python"; then
        reason="it was made with $have"
    elif [ -n "$python" ] && [ "$have" != "$(version "$python")" ]; then
        reason="it was made with Python $have, not $python"
    else
        exit 0
    fi
    echo "Rebuilding $venv: $reason." >&2
    rm -rf "$venv"
fi
if [ -z "$python" ]; then
    for candidate in python3 python3.14 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null && new_enough "$candidate"; then python=$candidate; break; fi
    done
fi
if [ -z "$python" ]; then
    echo "Kuntaan needs Python 3.11 or newer; python3 here is $(version python3 || echo 'missing')." >&2
    echo "Install a newer one, or name it: make PYTHON=/path/to/python3.12 run" >&2
    exit 1
fi
echo "Creating $venv with $python (Python $(version "$python"))."
"$python" -m venv "$venv"
