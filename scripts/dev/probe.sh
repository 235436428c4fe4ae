#!/bin/sh
cd "$(dirname "$0")/../.." && npx esbuild scripts/dev/probe.ts --bundle --platform=node --outfile=out/probe.js --log-level=warning && node out/probe.js "$@"
