#!/bin/sh
# Regenerates the expected diagnostics of the type-error programs in testdata/errors
# with gc (Go 1.19): NAME.out is what `go tool compile -e` prints for NAME.go (every
# error, sorted by position, with columns; continuation lines start with a tab).
# gava.types.ErrorFilesTest checks each NAME.go and compares.
#
#   testdata/errors/regen.sh            regenerate every file
#   testdata/errors/regen.sh NAME...    regenerate only these (NAME or NAME.go)
#
# Set GO to use another go command (default /usr/lib/go-1.19/bin/go).

GO=${GO:-/usr/lib/go-1.19/bin/go}
if [ ! -x "$GO" ]; then
	echo "regen.sh: gc (Go 1.19) is required but $GO was not found" >&2
	exit 1
fi
DIR=$(cd "$(dirname "$0")" && pwd) || exit 1
cd "$DIR" || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
	set -- *.go
fi
status=0
for arg in "$@"; do
	name=$(basename "$arg" .go)
	if [ ! -f "$name.go" ]; then
		echo "regen.sh: no program $name.go in $DIR" >&2
		status=1
		continue
	fi
	# (never -o /dev/null: the compiler removes its output file on errors)
	"$GO" tool compile -e -p p -o "$tmp/x.o" "$name.go" >"$name.out" 2>&1
	if [ ! -s "$name.out" ]; then
		echo "regen.sh: $name.go compiles without errors: it is not a type-error test" >&2
		status=1
	fi
	echo "ran  $name.go -> $name.out"
done
exit $status
