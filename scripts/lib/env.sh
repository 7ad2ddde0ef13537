# Shared environment for Wiretrace's scripts. Source it; it defines no functions with side effects.
#
# WT_ROOT   the checkout
# WT_CACHE  per-machine cache of fetched sources and the wasm SDL2 build. It lives outside the
#           checkout on purpose: a fresh clone (CI, a second work tree) reuses the 3-minute SDL2
#           build instead of redoing it. Override with WIRETRACE_CACHE.
WT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WT_CACHE=${WIRETRACE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wiretrace}
export WT_ROOT WT_CACHE

# Debian's emscripten 3.1.6 quirks (see docs/toolchain.md):
# - the machine's node is not Debian's, so emcc's JS tools need NODE_PATH to find acorn;
# - the package cache is frozen and read-only, so we point EM_CACHE at a writable symlink copy.
#   EM_FROZEN_CACHE must be the empty string: "0" still counts as true.
export NODE_PATH=/usr/share/nodejs
export EM_CACHE="$WT_CACHE/emcache"
export EM_FROZEN_CACHE=

wt_log() { printf 'wiretrace: %s\n' "$*" >&2; }
wt_die() { printf 'wiretrace: error: %s\n' "$*" >&2; exit 1; }
