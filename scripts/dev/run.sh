#!/bin/sh
# Rebuild the claims debugger and run it on a sentence.
exec "$(dirname "$0")/bundle-run.sh" claims "$@"
