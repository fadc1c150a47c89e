package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// gava: vet's flags as unitchecker parses them (x/tools' internal analysisflags, which cmd/vet's
// overlay may not import): -NAME selects analyzers (if any -NAME is true only those run, else all
// but those set false), -NAME.FLAG sets an analyzer's flag, -json prints a JSON tree instead of
// plain text, -c=N shows N lines of context, and the legacy aliases (-printfuncs, -bool, ...).

var (
	jsonOutput = false // -json
	contextN   = -1    // -c=N
)

// triState is a boolean flag that knows whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) Get() any { return *ts == setTrue }

func (ts *triState) Set(value string) error {
	b, err := strconv.ParseBool(value)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	if b {
		*ts = setTrue
	} else {
		*ts = setFalse
	}
	return nil
}

func (ts *triState) String() string {
	if *ts == setFalse {
		return "false"
	}
	return "true"
}

func (ts *triState) IsBoolFlag() bool { return true }

var vetLegacyFlags = map[string]string{
	"bool":                "bools",
	"buildtags":           "buildtag",
	"methods":             "stdmethods",
	"rangeloops":          "loopclosure",
	"compositewhitelist":  "composites.whitelist",
	"printfuncs":          "printf.funcs",
	"shadowstrict":        "shadow.strict",
	"unusedfuncs":         "unusedresult.funcs",
	"unusedstringmethods": "unusedresult.stringmethods",
}

// parseFlags defines and parses the flags and returns the analyzers to run.
func parseFlags(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	enabled := map[*analysis.Analyzer]*triState{}
	for _, a := range analyzers {
		a := a
		enable := new(triState)
		flag.Var(enable, a.Name, "enable "+a.Name+" analysis")
		enabled[a] = enable
		a.Flags.VisitAll(func(f *flag.Flag) {
			flag.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	flag.BoolVar(&jsonOutput, "json", false, "emit JSON output")
	flag.IntVar(&contextN, "c", -1, "display offending line with this many lines of context")
	_ = flag.Bool("source", false, "no effect (deprecated)")
	_ = flag.Bool("v", false, "no effect (deprecated)")
	_ = flag.Bool("all", false, "no effect (deprecated)")
	_ = flag.String("tags", "", "no effect (deprecated)")
	for old, new := range vetLegacyFlags {
		if f := flag.Lookup(new); f != nil && flag.Lookup(old) == nil {
			flag.Var(f.Value, old, "deprecated alias for -"+new)
		}
	}
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: vet [vet flags] CONFIG.json (written by gava vet)")
		flag.PrintDefaults()
	}
	flag.Parse()
	var hasTrue, hasFalse bool
	for _, ts := range enabled {
		hasTrue = hasTrue || *ts == setTrue
		hasFalse = hasFalse || *ts == setFalse
	}
	if !hasTrue && !hasFalse {
		return analyzers
	}
	var keep []*analysis.Analyzer
	for _, a := range analyzers {
		if hasTrue && *enabled[a] == setTrue || !hasTrue && *enabled[a] != setFalse {
			keep = append(keep, a)
		}
	}
	return keep
}

// printPlain writes a diagnostic as unitchecker does, with -c's context lines.
func printPlain(out *strings.Builder, fset *token.FileSet, d analysis.Diagnostic) {
	posn := fset.Position(d.Pos)
	fmt.Fprintf(out, "%s: %s\n", posn, d.Message)
	if contextN >= 0 {
		end := fset.Position(d.End)
		if !end.IsValid() {
			end = posn
		}
		data, _ := os.ReadFile(posn.Filename)
		lines := strings.Split(string(data), "\n")
		for i := posn.Line - contextN; i <= end.Line+contextN; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(out, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
}

// jsonTree maps package ID to analyzer name to its diagnostics or error, as unitchecker's -json.
type jsonTree map[string]map[string]any

func (tree jsonTree) add(fset *token.FileSet, id, name string, diags []analysis.Diagnostic, err error) {
	var v any
	if err != nil {
		type jsonError struct {
			Err string `json:"error"`
		}
		v = jsonError{err.Error()}
	} else if len(diags) > 0 {
		type jsonDiagnostic struct {
			Category string `json:"category,omitempty"`
			Posn     string `json:"posn"`
			Message  string `json:"message"`
		}
		var ds []jsonDiagnostic
		for _, d := range diags {
			ds = append(ds, jsonDiagnostic{Category: d.Category, Posn: fset.Position(d.Pos).String(), Message: d.Message})
		}
		v = ds
	}
	if v != nil {
		m, ok := tree[id]
		if !ok {
			m = map[string]any{}
			tree[id] = m
		}
		m[name] = v
	}
}

func (tree jsonTree) String() string {
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		panic("internal error: JSON marshaling failed: " + err.Error())
	}
	return string(data) + "\n"
}
