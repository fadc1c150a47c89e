package main

import (
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// gava: the analysis facts of every package vetted in one run, in memory (gc's vet encodes them
// into .vetx files the go command hands to the importers' vet runs).

type objectFactKey struct {
	obj types.Object
	t   reflect.Type
}

type packageFactKey struct {
	pkg *types.Package
	t   reflect.Type
}

// factStore holds the facts, in the order they were exported.
type factStore struct {
	objects  map[objectFactKey]analysis.Fact
	packages map[packageFactKey]analysis.Fact
	objOrder []objectFactKey
	pkgOrder []packageFactKey
}

func newFactStore() *factStore {
	return &factStore{objects: map[objectFactKey]analysis.Fact{}, packages: map[packageFactKey]analysis.Fact{}}
}

// copyFact sets *dst to *src (facts are pointers to structs or other types).
func copyFact(dst, src analysis.Fact) {
	reflect.ValueOf(dst).Elem().Set(reflect.ValueOf(src).Elem())
}

func (s *factStore) importObjectFact(obj types.Object, f analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	v, ok := s.objects[objectFactKey{obj, reflect.TypeOf(f)}]
	if ok {
		copyFact(f, v)
	}
	return ok
}

func (s *factStore) exportObjectFact(pkg *types.Package, obj types.Object, f analysis.Fact) {
	if obj.Pkg() != pkg {
		panic(fmt.Sprintf("internal error: in analysis of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package",
			pkg.Path(), obj, f))
	}
	k := objectFactKey{obj, reflect.TypeOf(f)}
	if _, ok := s.objects[k]; !ok {
		s.objOrder = append(s.objOrder, k)
	}
	s.objects[k] = f
}

func (s *factStore) allObjectFacts(filter map[reflect.Type]bool) []analysis.ObjectFact {
	var out []analysis.ObjectFact
	for _, k := range s.objOrder {
		if filter[k.t] {
			out = append(out, analysis.ObjectFact{Object: k.obj, Fact: s.objects[k]})
		}
	}
	return out
}

func (s *factStore) importPackageFact(pkg *types.Package, f analysis.Fact) bool {
	if pkg == nil {
		panic("nil package")
	}
	v, ok := s.packages[packageFactKey{pkg, reflect.TypeOf(f)}]
	if ok {
		copyFact(f, v)
	}
	return ok
}

func (s *factStore) exportPackageFact(pkg *types.Package, f analysis.Fact) {
	k := packageFactKey{pkg, reflect.TypeOf(f)}
	if _, ok := s.packages[k]; !ok {
		s.pkgOrder = append(s.pkgOrder, k)
	}
	s.packages[k] = f
}

func (s *factStore) allPackageFacts(filter map[reflect.Type]bool) []analysis.PackageFact {
	var out []analysis.PackageFact
	for _, k := range s.pkgOrder {
		if filter[k.t] {
			out = append(out, analysis.PackageFact{Package: k.pkg, Fact: s.packages[k]})
		}
	}
	return out
}
