#!/bin/sh
# Bundle the development aid scripts/dev/NAME.ts with esbuild and run it from the project root:
#   scripts/dev/bundle-run.sh NAME ARGS...   (run.sh, probe.sh and examples.sh call this)
name=$1
shift
cd "$(dirname "$0")/../.." && npx esbuild "scripts/dev/$name.ts" --bundle --platform=node --outfile="out/$name.js" --log-level=warning && node "out/$name.js" "$@"
