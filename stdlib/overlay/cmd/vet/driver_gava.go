package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// gava: the analysis driver of gava's vet (see main_gava.go).

// vetConfig is what gava vet writes: the GOROOT and the packages, dependencies first.
type vetConfig struct {
	Goroot   string
	Packages []*vetPackage
}

// vetPackage is one package to check.
type vetPackage struct {
	ImportPath   string            // the package's path ("command-line-arguments" for named files)
	Dir          string            // its directory
	ShortDir     string            // the directory as the go command shows it (relative when shorter)
	GoFiles      []string          // absolute paths of its Go files
	NonGoFiles   []string          // its .s and other non-Go files
	IgnoredFiles []string          // its Go files excluded by build constraints
	ImportMap    map[string]string // import path as written -> canonical path (vendoring)
	VetxOnly     bool              // analysed only for the facts its importers use
}

// vetAll checks every package and returns the exit status.
func vetAll(cfg *vetConfig, analyzers []*analysis.Analyzer) int {
	fset := token.NewFileSet()
	std := stdImporter(fset, cfg.Goroot)
	checked := map[string]*types.Package{}
	store := newFactStore()
	exit := 0
	for _, p := range cfg.Packages {
		var out strings.Builder
		pkg, results, err := vetPackageRun(fset, p, std, checked, store, analyzers)
		if pkg != nil {
			checked[p.ImportPath] = pkg
		}
		switch {
		case p.VetxOnly:
			if err != nil {
				fmt.Fprintf(&out, "vet: %v\n", err)
			}
		case jsonOutput && pkg != nil:
			// (as unitchecker's -json: the tree, even empty, and exit status 0)
			tree := jsonTree{}
			for _, r := range results {
				tree.add(fset, p.ImportPath, r.a.Name, r.diagnostics, r.err)
			}
			os.Stderr.WriteString("# " + p.ImportPath + "\n" + shorten(tree.String(), p))
			continue
		default:
			if err != nil {
				fmt.Fprintf(&out, "vet: %v\n", err)
			}
			for _, r := range results {
				for _, d := range r.diagnostics {
					printPlain(&out, fset, d)
				}
			}
		}
		if out.Len() > 0 {
			exit = 2
			os.Stderr.WriteString("# " + p.ImportPath + "\n" + shorten(out.String(), p))
		}
	}
	return exit
}

// stdImporter imports the standard library from GOROOT's export data (pkg/linux_amd64/P.a, which
// gc's GOROOT up to Go 1.19 ships), else from its sources (go/types on GOROOT/src, for linux/amd64
// without cgo: slower).
func stdImporter(fset *token.FileSet, goroot string) types.Importer {
	pkgDir := filepath.Join(goroot, "pkg", "linux_amd64")
	if _, err := os.Stat(filepath.Join(pkgDir, "runtime.a")); err == nil {
		return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
			return os.Open(filepath.Join(pkgDir, filepath.FromSlash(path)+".a"))
		})
	}
	build.Default.GOROOT = goroot
	build.Default.GOOS = "linux"
	build.Default.GOARCH = "amd64"
	build.Default.CgoEnabled = false
	build.Default.Compiler = "gc"
	return importer.ForCompiler(fset, "source", nil)
}

// shorten replaces the package's directory by its short form, as the go command's showOutput.
func shorten(out string, p *vetPackage) string {
	if p.ShortDir == "" || p.ShortDir == p.Dir {
		return out
	}
	s := "\n" + out
	s = strings.ReplaceAll(s, " "+p.Dir, " "+p.ShortDir)
	s = strings.ReplaceAll(s, "\n"+p.Dir, "\n"+p.ShortDir)
	s = strings.ReplaceAll(s, "\n\t"+p.Dir, "\n\t"+p.ShortDir)
	return s[1:]
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// analyzerResult is what one analyzer found in a package.
type analyzerResult struct {
	a           *analysis.Analyzer
	diagnostics []analysis.Diagnostic
	err         error
}

// vetPackageRun parses, type-checks and analyses one package; its results in analyzer order (an
// error: the package did not type-check, or the analyzers' errors).
func vetPackageRun(fset *token.FileSet, p *vetPackage, std types.Importer, checked map[string]*types.Package,
	store *factStore, analyzers []*analysis.Analyzer) (*types.Package, []analyzerResult, error) {
	var files []*ast.File
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, f)
	}
	imp := importerFunc(func(path string) (*types.Package, error) {
		if m, ok := p.ImportMap[path]; ok {
			path = m
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg := checked[path]; pkg != nil {
			return pkg, nil
		}
		return std.Import(path)
	})
	tc := &types.Config{Importer: imp, Sizes: types.SizesFor("gc", "amd64")}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Instances:  make(map[*ast.Ident]types.Instance),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Implicits:  make(map[ast.Node]types.Object),
		Scopes:     make(map[ast.Node]*types.Scope),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	pkg, err := tc.Check(p.ImportPath, fset, files, info)
	if err != nil {
		return nil, nil, err
	}

	type action struct {
		done        bool
		result      any
		err         error
		diagnostics []analysis.Diagnostic
	}
	actions := map[*analysis.Analyzer]*action{}
	var exec func(a *analysis.Analyzer) *action
	exec = func(a *analysis.Analyzer) *action {
		act := actions[a]
		if act != nil {
			return act
		}
		act = new(action)
		actions[a] = act
		inputs := map[*analysis.Analyzer]any{}
		var failed []string
		for _, req := range a.Requires {
			r := exec(req)
			if r.err != nil {
				failed = append(failed, req.String())
				continue
			}
			inputs[req] = r.result
		}
		if failed != nil {
			sort.Strings(failed)
			act.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
			return act
		}
		factFilter := map[reflect.Type]bool{}
		for _, f := range a.FactTypes {
			factFilter[reflect.TypeOf(f)] = true
		}
		pass := &analysis.Pass{
			Analyzer:          a,
			Fset:              fset,
			Files:             files,
			OtherFiles:        p.NonGoFiles,
			IgnoredFiles:      p.IgnoredFiles,
			Pkg:               pkg,
			TypesInfo:         info,
			TypesSizes:        tc.Sizes,
			ResultOf:          inputs,
			Report:            func(d analysis.Diagnostic) { act.diagnostics = append(act.diagnostics, d) },
			ImportObjectFact:  store.importObjectFact,
			ExportObjectFact:  func(obj types.Object, f analysis.Fact) { store.exportObjectFact(pkg, obj, f) },
			AllObjectFacts:    func() []analysis.ObjectFact { return store.allObjectFacts(factFilter) },
			ImportPackageFact: store.importPackageFact,
			ExportPackageFact: func(f analysis.Fact) { store.exportPackageFact(pkg, f) },
			AllPackageFacts:   func() []analysis.PackageFact { return store.allPackageFacts(factFilter) },
		}
		act.result, act.err = a.Run(pass)
		return act
	}
	var results []analyzerResult
	var errs []string
	for _, a := range analyzers {
		if p.VetxOnly && !usesFacts(a) {
			continue
		}
		act := exec(a)
		if act.err != nil {
			errs = append(errs, act.err.Error())
		}
		if !p.VetxOnly {
			results = append(results, analyzerResult{a, act.diagnostics, act.err})
		}
	}
	if errs != nil && !jsonOutput {
		return pkg, results, fmt.Errorf("%s", strings.Join(errs, "\nvet: "))
	}
	return pkg, results, nil
}

// usesFacts reports whether an analyzer or one it requires (transitively) has facts.
func usesFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, r := range a.Requires {
		if usesFacts(r) {
			return true
		}
	}
	return false
}
