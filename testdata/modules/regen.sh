#!/bin/sh
# Regenerates the expected outputs of the module tests in testdata/modules with
# gc (Go 1.19), the reference implementation gava is compared with.
#
#   testdata/modules/regen.sh            regenerate every test
#   testdata/modules/regen.sh NAME...    regenerate only these
#
# Each directory NAME is a module (go.mod at its root) with a file run.args holding
# the go command line to run in it (e.g. "run ./cmd/x", "run main.go"). The test's
# expectation is what that command prints, stdout and stderr merged, into
# NAME/expect.out, and the go command's exit status into NAME/expect.code
# (0; 1 for a program that exits non-zero, which also prints "exit status N",
# and for errors of the go command itself such as import cycles; 2 for compile errors).
#
# Set GO to use another go command (default /usr/lib/go-1.19/bin/go).

GO=${GO:-/usr/lib/go-1.19/bin/go}
if [ ! -x "$GO" ]; then
	echo "regen.sh: gc (Go 1.19) is required but $GO was not found;" >&2
	echo "regen.sh: install Go 1.19 or set GO=/path/to/go" >&2
	exit 1
fi

DIR=$(cd "$(dirname "$0")" && pwd) || exit 1
cd "$DIR" || exit 1

# Modules, but no network and no module downloads; a private cache if HOME is not writable.
export GO111MODULE=on GOFLAGS= GOPROXY=off GOWORK=off
if [ -z "${GOCACHE:-}" ] && { [ -z "${HOME:-}" ] || [ ! -w "$HOME" ]; }; then
	export GOCACHE="${TMPDIR:-/tmp}/gava-regen-gocache"
fi

if [ $# -eq 0 ]; then
	set -- $(ls)
fi

status=0
for name in "$@"; do
	name=$(basename "$name")
	[ -d "$DIR/$name" ] || continue
	if [ ! -f "$DIR/$name/run.args" ] || [ ! -f "$DIR/$name/go.mod" ]; then
		echo "regen.sh: $name has no run.args or go.mod" >&2
		status=1
		continue
	fi
	# shellcheck disable=SC2046
	(cd "$DIR/$name" && "$GO" $(cat run.args) >expect.out 2>&1; echo $? >expect.code)
	echo "ran  $name: go $(cat "$DIR/$name/run.args") -> exit $(cat "$DIR/$name/expect.code")"
done
exit $status
