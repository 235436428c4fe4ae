#!/bin/sh
# Rebuild the probe runner and run it on a file of "+code|sentence" / "-|sentence" lines.
exec "$(dirname "$0")/bundle-run.sh" probe "$@"
