#!/usr/bin/env bash
# Times `retort fleet upgrade head` on a schema-per-tenant fleet: N schemas of one database (200 by
# default) brought from empty to SmartEM's head, serially and with --parallel 2, 4 and 8. Each run
# starts from a fresh database; the revisions are compiled once beforehand, so the figures are the
# fleet's, not the compiler's. Needs psql and a PostgreSQL it can create databases on.
#   bench/fleet-timing.sh [SCHEMAS] [PARALLEL...]      e.g. bench/fleet-timing.sh 200 1 2 4 8
# PGHOST, PGPORT and PGUSER pick the server (default 127.0.0.1, 5432, postgres).
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schemas="${1:-200}"
shift || true
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(1 2 4 8)
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="retort_fleet_timing"
url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
project="$(mktemp -d)"
trap 'rm -rf "$project"; psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT
cat > "$project/retort.toml" <<TOML
[retort]
script_locations = ["$root/smartem/migrations/versions"]
[environments.development]
url = "$url"
[fleet]
schemas = "tenant_%"
TOML

fresh() {
    psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
    psql -qX -d "$db" -c "SELECT format('CREATE SCHEMA tenant_%s;', lpad(i::text, 3, '0')) FROM generate_series(0, $schemas - 1) i" \
        -At | psql -qX -d "$db" >/dev/null
}

fresh
"$root/retort" -c "$project/retort.toml" upgrade --sql base:head >/dev/null # compiles the revisions once
echo "schemas=$schemas cores=$(nproc) $(psql -qXAt -d postgres -c 'SHOW server_version') load=$(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${levels[@]}"; do
    fresh
    start=$(date +%s.%N)
    "$root/retort" -c "$project/retort.toml" fleet upgrade --parallel "$n" > "$project/out.$n"
    end=$(date +%s.%N)
    summary="$(tail -1 "$project/out.$n")"
    per=$(grep -Eo ' in [0-9.]+ s$' "$project/out.$n" | awk '{s += $2} END {printf "%.3f", s / NR}')
    printf 'parallel=%s wall=%.1f s mean per target=%s s | %s\n' "$n" "$(echo "$end - $start" | bc)" "$per" "$summary"
done
