#!/usr/bin/env bash
# The main job: installs what is missing, builds, imports the bundled article into khojaly.db
# and prints its timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
rm -f khojaly.db khojaly.db-wal khojaly.db-shm
build/acta --db khojaly.db import import/samples/khojaly-recognition-2014.txt
build/acta --db khojaly.db timeline
