#!/bin/sh
# Regenerates the expected outputs of the golden programs in testdata/run
# with gc (Go 1.19), the reference implementation gava is compared with.
#
#   testdata/regen.sh            regenerate every program
#   testdata/regen.sh NAME...    regenerate only these (NAME, NAME.go or a directory)
#
# A program NAME.go gets NAME.out: everything it writes to stdout and stderr,
# merged, plus the "exit status N" line go run appends for a non-zero exit.
# A subdirectory D of testdata/run is one program made of all its .go files
# (run as "go run ." in D); its output goes to D/D.out.
# Programs named *_go12N.go (N = 0..9) use features newer than Go 1.19; gc 1.19 cannot
# run them, so they are skipped and their .out files are written by hand.
#
# Set GO to use another go command (default /usr/lib/go-1.19/bin/go).

GO=${GO:-/usr/lib/go-1.19/bin/go}
if [ ! -x "$GO" ]; then
	echo "regen.sh: gc (Go 1.19) is required but $GO was not found;" >&2
	echo "regen.sh: install Go 1.19 or set GO=/path/to/go" >&2
	exit 1
fi

RUN=$(cd "$(dirname "$0")/run" && pwd) || exit 1
cd "$RUN" || exit 1

# Keep the go tool self-contained: no modules (testdata has no go.mod), no
# network, and a private cache if the user's HOME is not writable.
export GO111MODULE=off GOFLAGS= GOPROXY=off
if [ -z "${GOCACHE:-}" ] && { [ -z "${HOME:-}" ] || [ ! -w "$HOME" ]; }; then
	export GOCACHE="${TMPDIR:-/tmp}/gava-regen-gocache"
fi

if [ $# -eq 0 ]; then
	set -- $(ls)
fi

status=0
for arg in "$@"; do
	name=$(basename "$arg" .go)
	case "$name" in
	*.out | *.md) continue ;;
	*_go12[0-9])
		echo "skip $name (newer than Go 1.19: expected output is hand-written)"
		continue ;;
	esac
	if [ -d "$RUN/$name" ]; then
		(cd "$RUN/$name" && "$GO" run . >"$name.out" 2>&1)
		echo "ran  $name/ -> $name/$name.out"
	elif [ -f "$RUN/$name.go" ]; then
		(cd "$RUN" && "$GO" run "$name.go" >"$name.out" 2>&1)
		echo "ran  $name.go -> $name.out"
	else
		echo "regen.sh: no program $name in $RUN" >&2
		status=1
		continue
	fi
	# A program that gc rejects is a bug in the program, not an expectation.
	out="$name.out"
	[ -d "$RUN/$name" ] && out="$name/$name.out"
	if grep -q '^# command-line-arguments\|^# _/' "$RUN/$out" 2>/dev/null; then
		echo "regen.sh: $name does not compile with gc:" >&2
		cat "$RUN/$out" >&2
		status=1
	fi
done
exit $status
