#!/bin/sh
# Rebuild the claims debugger and run it on a sentence.
cd "$(dirname "$0")/../.." && npx esbuild scripts/dev/claims.ts --bundle --platform=node --outfile=out/claims.js --log-level=warning && node out/claims.js "$@"
