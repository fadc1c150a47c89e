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
	# Several lines in run.args run one after the other (outputs concatenated, the last status kept);
	# an env file holds KEY=VALUE lines for the go command ($DIR: the test's directory). Such tests
	# run in a copy of the directory (go build writes its binary there), its path shown as the original's.
	if [ -f "$DIR/$name/env" ] || [ "$(grep -c . "$DIR/$name/run.args")" -gt 1 ] || ! grep -q '^run ' "$DIR/$name/run.args"; then
		tmp=$(mktemp -d "${TMPDIR:-/tmp}/gava-regen.XXXXXX") || exit 1
		cp -R "$DIR/$name" "$tmp/$name"
		(
			cd "$tmp/$name" || exit 1
			if [ -f env ]; then
				while IFS= read -r kv; do
					case "$kv" in ''|'#'*) continue ;; esac
					export "$(printf '%s' "$kv" | sed "s|\$DIR|$tmp/$name|g")"
				done <env
			fi
			code=0
			while IFS= read -r line || [ -n "$line" ]; do
				[ -n "$line" ] || continue
				# shellcheck disable=SC2086
				"$GO" $line 2>&1 </dev/null
				code=$?
			done <run.args >out
			sed "s|$tmp/$name|$DIR/$name|g" out >"$DIR/$name/expect.out"
			echo $code >"$DIR/$name/expect.code"
		)
		chmod -R u+w "$tmp" 2>/dev/null
		rm -rf "$tmp"
		echo "ran  $name: go $(tr '\n' ';' <"$DIR/$name/run.args") -> exit $(cat "$DIR/$name/expect.code")"
		continue
	fi
	# shellcheck disable=SC2046
	(cd "$DIR/$name" && "$GO" $(cat run.args) >expect.out 2>&1; echo $? >expect.code)
	echo "ran  $name: go $(cat "$DIR/$name/run.args") -> exit $(cat "$DIR/$name/expect.code")"
done
exit $status
