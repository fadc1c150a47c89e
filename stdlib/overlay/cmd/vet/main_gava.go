package main

// gava: cmd/vet's main without the go command's build. gc's vet (unitchecker) type-checks a package
// against the export data the compiler wrote for its imports and reads their analysis facts from
// .vetx files; gava has neither. This main takes a JSON configuration written by `gava vet`
// (gava.cmd.VetCommand): the packages of the program that are not in the standard library, in
// dependency order, each with its files. Every one is parsed and type-checked from source (go/types);
// standard imports come from GOROOT's export data (pkg/linux_amd64/P.a). The analyzers run on each
// package in order, so facts (printf wrappers, functions that never return) flow from a package to
// its importers, as with the go command; only the packages not marked VetxOnly report. Output and
// exit status are the go command's: "# pkg" and the diagnostics with paths relative to the
// working directory, on stderr; exit status 2 (the go command's for a failed vet) when anything
// was reported or a package did not type-check.

//gava:omit main.go

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/asmdecl"
	"golang.org/x/tools/go/analysis/passes/assign"
	"golang.org/x/tools/go/analysis/passes/atomic"
	"golang.org/x/tools/go/analysis/passes/bools"
	"golang.org/x/tools/go/analysis/passes/buildtag"
	"golang.org/x/tools/go/analysis/passes/cgocall"
	"golang.org/x/tools/go/analysis/passes/composite"
	"golang.org/x/tools/go/analysis/passes/copylock"
	"golang.org/x/tools/go/analysis/passes/errorsas"
	"golang.org/x/tools/go/analysis/passes/framepointer"
	"golang.org/x/tools/go/analysis/passes/httpresponse"
	"golang.org/x/tools/go/analysis/passes/ifaceassert"
	"golang.org/x/tools/go/analysis/passes/loopclosure"
	"golang.org/x/tools/go/analysis/passes/lostcancel"
	"golang.org/x/tools/go/analysis/passes/nilfunc"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/analysis/passes/shift"
	"golang.org/x/tools/go/analysis/passes/sigchanyzer"
	"golang.org/x/tools/go/analysis/passes/stdmethods"
	"golang.org/x/tools/go/analysis/passes/stringintconv"
	"golang.org/x/tools/go/analysis/passes/structtag"
	"golang.org/x/tools/go/analysis/passes/testinggoroutine"
	"golang.org/x/tools/go/analysis/passes/tests"
	"golang.org/x/tools/go/analysis/passes/unmarshal"
	"golang.org/x/tools/go/analysis/passes/unreachable"
	"golang.org/x/tools/go/analysis/passes/unsafeptr"
	"golang.org/x/tools/go/analysis/passes/unusedresult"
)

// vetAnalyzers is vet's default set, in cmd/vet's order (the order diagnostics are printed in).
var vetAnalyzers = []*analysis.Analyzer{
	asmdecl.Analyzer,
	assign.Analyzer,
	atomic.Analyzer,
	bools.Analyzer,
	buildtag.Analyzer,
	cgocall.Analyzer,
	composite.Analyzer,
	copylock.Analyzer,
	errorsas.Analyzer,
	framepointer.Analyzer,
	httpresponse.Analyzer,
	ifaceassert.Analyzer,
	loopclosure.Analyzer,
	lostcancel.Analyzer,
	nilfunc.Analyzer,
	printf.Analyzer,
	shift.Analyzer,
	sigchanyzer.Analyzer,
	stdmethods.Analyzer,
	stringintconv.Analyzer,
	structtag.Analyzer,
	tests.Analyzer,
	testinggoroutine.Analyzer,
	unmarshal.Analyzer,
	unreachable.Analyzer,
	unsafeptr.Analyzer,
	unusedresult.Analyzer,
}

func main() {
	analyzers := parseFlags(vetAnalyzers)
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: vet [vet flags] CONFIG.json (written by gava vet)")
		os.Exit(2)
	}
	cfgFile := flag.Arg(0)
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vet:", err)
		os.Exit(1)
	}
	os.Remove(cfgFile) // (a temporary file of gava vet's)
	var cfg vetConfig
	if err := json.Unmarshal(data, &cfg); err != nil {
		fmt.Fprintf(os.Stderr, "vet: cannot decode JSON config file %s: %v\n", cfgFile, err)
		os.Exit(1)
	}
	os.Exit(vetAll(&cfg, analyzers))
}
