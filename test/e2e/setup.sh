#!/usr/bin/env bash
# Installs what the end-to-end tests (npm run test:e2e) need, on a fresh Debian machine as root,
# and builds the .vsix they install. Idempotent: what is there already is kept.
#
#   - Debian: libkrb5-dev (code-server's native modules build against it), ripgrep, chromium
#   - the ripgrep archive code-server's @vscode/ripgrep would download (no internet here): made
#     from Debian's /usr/bin/rg, in ${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11/
#   - code-server 4.99.4 (VS Code 1.99.3) in .e2e-cache/code-server (outside the project's
#     dependencies; git-ignored), skipped when that version is installed
#   - the extension: npm run package → programmalint-<version>.vsix
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.99.4
CODE_SERVER_DIR="${E2E_CODE_SERVER_DIR:-$PWD/.e2e-cache/code-server}"
RIPGREP_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"

say() { printf 'e2e setup: %s\n' "$*"; }

# --- Debian packages --------------------------------------------------------------------------
missing=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- the ripgrep archive ----------------------------------------------------------------------
case "$(uname -m)" in
  x86_64) ripgrep_asset=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz ;;
  *) say "no ripgrep archive name known for $(uname -m)"; exit 1 ;;
esac
if [ ! -s "$RIPGREP_CACHE/$ripgrep_asset" ]; then
  say "making $RIPGREP_CACHE/$ripgrep_asset from $(command -v rg)"
  mkdir -p "$RIPGREP_CACHE"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$RIPGREP_CACHE/$ripgrep_asset" -C "$staging" rg
  rm -rf "$staging"
fi

# --- code-server ------------------------------------------------------------------------------
# The version line of `code-server --version`: on a machine where it never ran, it first logs that
# it wrote ~/.config/code-server/config.yaml, so the first line is not the version.
code_server_version() {
  "$CODE_SERVER_DIR/node_modules/.bin/code-server" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+ ' || true
}
installed="$(code_server_version)"
if [[ "$installed" == "$CODE_SERVER_VERSION "* ]]; then
  say "code-server $CODE_SERVER_VERSION is installed in $CODE_SERVER_DIR"
else
  say "installing code-server $CODE_SERVER_VERSION in $CODE_SERVER_DIR"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  # npm 11 runs the install scripts of dependencies only when allowed; code-server's postinstall
  # fetches its own dependencies and argon2 builds a native module.
  cat >"$CODE_SERVER_DIR/package.json" <<'JSON'
{ "name": "e2e-code-server", "private": true, "allowScripts": { "argon2": true, "code-server": true } }
JSON
  (cd "$CODE_SERVER_DIR" && npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" --unsafe-perm --no-audit --no-fund --loglevel=error)
  installed="$(code_server_version)"
  if [[ "$installed" != "$CODE_SERVER_VERSION "* ]]; then
    say "code-server did not install (its --version says: ${installed:-nothing})"
    exit 1
  fi
fi

# --- the extension ----------------------------------------------------------------------------
say "packaging the extension"
npm run --silent package
say "ready: $installed; chromium $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
