#!/bin/sh
# `make serve-prod`: the production configuration on this machine, as an operator runs it (docs/deploy.md):
# static files collected for whitenoise, migrations applied before anything serves, then gunicorn, the e-mail
# and export workers and the scheduled jobs under one process manager (honcho, from the Procfile).
# Everything comes from the environment; what is unset gets a value for this one machine, said below.
set -eu
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"

export DJANGO_SETTINGS_MODULE=config.settings.production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kuntaan}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export PORT="${PORT:-8000}"
if [ -z "${SECRET_KEY:-}" ]; then
    # kept between runs, so that a restart does not sign everyone out
    mkdir -p .cache
    [ -s .cache/secret_key ] || (umask 077; "$BIN/python" -c "import secrets; print(secrets.token_urlsafe(50))" > .cache/secret_key)
    SECRET_KEY="$(cat .cache/secret_key)"
    export SECRET_KEY
fi
# Without a TLS proxy in front (this machine alone): served over plain HTTP, with no proxy's header believed.
# Behind one, set SECURE_SSL_REDIRECT=true and TRUSTED_PROXIES as README.md's table says.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export TRUSTED_PROXIES="${TRUSTED_PROXIES:-0}"
export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$PORT}"

hide() { echo "$1" | sed 's#//[^@]*@#//#'; }  # no user or password in the output
echo "serve-prod: $(hide "$DATABASE_URL"), $(hide "$REDIS_URL"), http://127.0.0.1:$PORT/"
PATH="$PWD/$BIN:$PATH"
python manage.py collectstatic --noinput -v 0
python manage.py migrate --noinput -v 0
if [ "${DEMO:-1}" = 1 ]; then  # DEMO=0 for a site of one's own
    LOG_LEVEL=WARNING python manage.py load_demo  # not a line for each search-index task
    python manage.py ensure_superuser --username admin --email admin@kuntaan.invalid
    python manage.py ensure_demo_users
fi
# honcho gives the first process of the Procfile (web) $PORT; each line it prints names the process that wrote it.
exec honcho start --procfile Procfile --port "$PORT"
