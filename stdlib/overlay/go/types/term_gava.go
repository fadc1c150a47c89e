package types

import "go/token"

// gava: a *Term and a *term are distinct JVM classes, so the GOROOT conversions (*term)(t) of a
// union's terms cannot alias. Terms are immutable once made: these functions read a *Term through
// a *term copy of it (asTerm) instead.

// asTerm returns a *term with t's tilde and type (nil for nil).
func asTerm(t *Term) *term {
	if t == nil {
		return nil
	}
	return &term{t.tilde, t.typ}
}

func (t *Term) String() string { return asTerm(t).String() }

// overlappingTerm returns the index of the first term of terms that is not disjoint from y, or -1;
// terms of interface type are skipped (y must not be one).
func overlappingTerm(terms []*Term, y *Term) int {
	assert(!IsInterface(y.typ))
	yt := asTerm(y)
	for i, x := range terms {
		if !IsInterface(x.typ) && !asTerm(x).disjoint(yt) {
			return i
		}
	}
	return -1
}

// computeUnionTypeSet returns the type set of a union: the union of its terms' type sets (an
// interface term's own type set, a ~T term with T not an underlying type the empty set), at most
// maxTermCount terms; memoised in unionSets (an empty set stands in while it is computed).
func computeUnionTypeSet(check *Checker, unionSets map[*Union]*_TypeSet, pos token.Pos, utyp *Union) *_TypeSet {
	if known := unionSets[utyp]; known != nil {
		return known
	}
	set := new(_TypeSet)
	unionSets[utyp] = set
	var all termlist
	for _, t := range utyp.terms {
		u := under(t.typ)
		var ts termlist
		switch ui, _ := u.(*Interface); {
		case ui != nil:
			assert(!isTypeParam(t.typ))
			ts = computeInterfaceTypeSet(check, pos, ui).terms
		case u == Typ[Invalid]:
			continue
		case t.tilde && !Identical(t.typ, u):
			ts = termlist{nil} // ∅
		default:
			ts = termlist{asTerm(t)}
		}
		all = all.union(ts)
		if len(all) > maxTermCount {
			if check != nil {
				check.errorf(atPos(pos), _InvalidUnion, "cannot handle more than %d union terms (implementation limitation)", maxTermCount)
			}
			unionSets[utyp] = &invalidTypeSet
			return unionSets[utyp]
		}
	}
	set.terms = all
	return set
}
