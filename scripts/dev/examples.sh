#!/bin/sh
cd "$(dirname "$0")/../.." && npx esbuild scripts/dev/examples.ts --bundle --platform=node --outfile=out/examples.js --log-level=warning && node out/examples.js "$@"
