#!/usr/bin/env bash
# Installs what Clio's end-to-end tests need, idempotently:
#   - Debian packages: chromium (the browser), ripgrep (rg, re-used by code-server),
#     libkrb5-dev (headers for code-server's native `kerberos` module);
#   - code-server + playwright-core, pinned in test/e2e/tools/package.json(+lock),
#     installed there (never into the project's own node_modules).
# Work already done is skipped (binaries present, lock file unchanged since the last install).
#
# Usage: bash scripts/e2e/install.sh [--force]
#   --force   reinstall test/e2e/tools/node_modules even if it looks up to date.
# Env: TMPDIR (default /tmp) — where the ripgrep download cache is prepared.
set -euo pipefail

START=$(date +%s)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/test/e2e/tools"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

log() { printf '[e2e-install] %s\n' "$*"; }
elapsed() { echo $(( $(date +%s) - START )); }

# ---------------------------------------------------------------- 1. Debian packages
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/rg ]] || missing+=(ripgrep)
# libkrb5-dev is only needed while code-server's native modules are built.
if [[ ! -e /usr/include/gssapi/gssapi.h && ! -x /usr/bin/krb5-config ]]; then missing+=(libkrb5-dev); fi
if (( ${#missing[@]} )); then
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  log "Debian packages present (chromium, ripgrep, libkrb5-dev)"
fi

# ---------------------------------------------------------------- 2. code-server + playwright-core
# Lock stamp: the sha of package.json+package-lock.json that node_modules was installed from.
want_stamp() { cat "$TOOLS/package.json" "$TOOLS/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1; }
STAMP_FILE="$TOOLS/node_modules/.clio-e2e-stamp"
CS_ENTRY="$TOOLS/node_modules/code-server/out/node/entry.js"
PW_PKG="$TOOLS/node_modules/playwright-core/package.json"
RG_IN_CS="$TOOLS/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

if (( FORCE == 0 )) && [[ -f "$CS_ENTRY" && -f "$PW_PKG" && -e "$RG_IN_CS" && -f "$STAMP_FILE" \
      && "$(cat "$STAMP_FILE")" == "$(want_stamp)" ]]; then
  log "code-server and playwright-core already installed in test/e2e/tools"
else
  # code-server's postinstall runs `npm install` in lib/vscode, whose @vscode/ripgrep postinstall
  # downloads rg from GitHub (unreachable here). It first looks in
  # $TMPDIR/vscode-ripgrep-cache-<ripgrep pkg version>/<asset>; put Debian's rg there.
  # For code-server 4.100.3: @vscode/ripgrep 1.15.11, asset ripgrep-v13.0.0-10 (x86_64 musl).
  # If code-server is bumped, read lib/vscode/package.json ("@vscode/ripgrep") and that package's
  # lib/postinstall.js (VERSION / MULTI_ARCH_LINUX_VERSION) and update these two lines.
  RG_PKG_VERSION=1.15.11
  RG_ASSET_VERSION=v13.0.0-10
  case "$(uname -m)" in
    x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
    aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
    *) log "unsupported arch $(uname -m)"; exit 1 ;;
  esac
  CACHE_DIR="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VERSION"
  ARCHIVE="$CACHE_DIR/ripgrep-$RG_ASSET_VERSION-$RG_TARGET.tar.gz"
  if [[ ! -s "$ARCHIVE" ]]; then
    log "preparing ripgrep cache archive $ARCHIVE from /usr/bin/rg"
    mkdir -p "$CACHE_DIR"
    tmp=$(mktemp -d)
    cp /usr/bin/rg "$tmp/rg"
    tar -czf "$ARCHIVE.part" -C "$tmp" rg
    mv "$ARCHIVE.part" "$ARCHIVE"
    rm -rf "$tmp"
  fi

  log "installing code-server + playwright-core into test/e2e/tools (about a minute)"
  export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  cd "$TOOLS"
  rm -f "$STAMP_FILE"
  if [[ -f package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
  [[ -f "$CS_ENTRY" ]] || { log "code-server did not install ($CS_ENTRY missing)"; exit 1; }
  [[ -e "$RG_IN_CS" ]] || { log "code-server's ripgrep is missing ($RG_IN_CS)"; exit 1; }
  want_stamp > "$STAMP_FILE"
fi

log "code-server $(node "$CS_ENTRY" --version 2>/dev/null | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+' | head -1), playwright-core $(node -p "require('$PW_PKG').version"), $(/usr/bin/chromium --version 2>/dev/null)"
log "done in $(elapsed)s"
