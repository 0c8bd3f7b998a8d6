#!/usr/bin/env bash
# build.sh — build and test wasmling.
#
#   ./build.sh              build guest.wasm, then bin/wasmling (which embeds it)
#   ./build.sh test         build, then go vet and every test
#   ./build.sh serve APP    build, then serve APP_DIR (extra flags are passed on)
#   ./build.sh run F.py     build, then run one script in the sandbox
set -euo pipefail
cd "$(dirname "$0")"

build() {
	# The guest: the interpreter compiled to a WebAssembly reactor module.
	if [ -f guest/main.go ]; then
		GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -trimpath \
			-o internal/guestwasm/build/guest.wasm ./guest
	fi
	# The host binary embeds guest.wasm through internal/guestwasm.
	go build -trimpath -tags wasmling_guest -o bin/wasmling ./cmd/wasmling
}

cmd=${1:-build}
[ $# -gt 0 ] && shift
case "$cmd" in
build)
	build
	;;
test)
	build
	go vet ./...
	# lang, abi and the guest must also build for WebAssembly.
	wasm_pkgs=./lang/...
	for d in abi guest; do [ -d "$d" ] && wasm_pkgs="$wasm_pkgs ./$d/..."; done
	GOOS=wasip1 GOARCH=wasm go vet $wasm_pkgs
	go test -count=1 -timeout 20m ./...
	# The runtime's registries and scheduler under the race detector
	# (-short: without guests, which are slow under -race).
	go test -race -short -count=1 ./host/ ./guest/runtime/
	;;
serve)
	build
	exec bin/wasmling serve "$@"
	;;
run)
	build
	exec bin/wasmling run "$@"
	;;
*)
	echo "usage: ./build.sh [build | test | serve APP_DIR [flags] | run SCRIPT.py [args]]" >&2
	exit 2
	;;
esac
