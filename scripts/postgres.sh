#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1, owned by this process tree (no systemd).
#   scripts/postgres.sh start DIR   -> starts a cluster in DIR and prints its DATABASE_URL
#   scripts/postgres.sh stop DIR    -> stops it (DIR may then be removed)
# initdb refuses to run as root, hence runuser. fsync is off: these clusters hold test data only.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a directory for the cluster}
# A free loopback port unless one is given: another cluster may already hold the usual one.
port=${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
start)
    mkdir -p "$dir"
    echo manarat-test > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    chmod 700 "$dir"
    as_postgres "$pgbin/initdb" -D "$dir/data" -U manarat --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=600 -c synchronous_commit=on" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    PGPASSWORD=manarat-test "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U manarat manarat_test
    echo "postgres://manarat:manarat-test@127.0.0.1:$port/manarat_test"
    ;;
stop)
    [ -d "$dir/data" ] && as_postgres "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
