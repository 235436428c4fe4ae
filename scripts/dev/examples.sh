#!/bin/sh
# Rebuild the pack-examples checker and run it on a pack (default: the bundled one).
exec "$(dirname "$0")/bundle-run.sh" examples "$@"
