/**
 * Types: the Go type system and the type checker, organised like the spec.
 *
 * <p>Owns the type model ({@link gava.types.Type} and its kinds), objects ({@link gava.types.Obj}:
 * constants, variables, type names, functions, builtins, packages, labels), scopes and the universe
 * ({@link gava.types.Universe}), exact constant arithmetic ({@link gava.types.Constant},
 * {@link gava.types.ConstOps}) and the checker ({@link gava.types.Checker}, entry point
 * {@code Checker.check}), which resolves every name, computes every expression's type and constant
 * value, and reports type errors with gc's wording. The checker writes its results into the syntax
 * tree's slots ({@code Expr.type}, {@code Expr.value}, {@code Name.obj}, {@code Name.typeArgs},
 * {@code Selector.selection}, {@code Call.callKind}, {@code Branch.target},
 * {@code CaseClause.implicitObj}) and into the objects it creates; see {@link gava.types.Checker}.
 *
 * <p>The checker is one class split by area along a chain of abstract classes (each file one area
 * of the spec): {@code CheckerCore} (state, errors, recording) &lt; {@code TypeExprs} (types,
 * type parameters, instantiated types, uses of generic aliases: {@code A[args]} is A's right-hand
 * side with the arguments substituted, no alias type of its own) &lt; {@code Untypeds} (untyped values, representability,
 * assignability, implements) &lt; {@code Operators} &lt; {@code Exprs} &lt; {@code Calls} (calls,
 * conversions, inference) &lt; {@code Builtins} &lt; {@code Assignments} &lt; {@code Stmts} &lt;
 * {@code Decls} (package-level objects, cycles, methods, initialization order) &lt; {@code Checker}.
 * Pure helpers: {@link gava.types.Types} (predicates, identity), {@link gava.types.Lookup} (fields,
 * methods, method sets), {@code Instantiator} (substitution, instances; kept on the origin type, and public for lowering's monomorphisation), {@code Unifier},
 * {@code Branches} (labels), {@code Terminating}, {@link gava.types.TypeString},
 * {@link gava.types.ExprString}. Checks once the package type-checks: {@code Mono} (instantiation
 * cycles, types2's mono.go) and {@code GcLimits} (gc's amd64 size limits: types larger than the
 * address space, channel elements of 64 kB, stack frames of 1 GB).
 *
 * <p>Must not touch: JVM code generation, lowering decisions or the runtime. It depends on
 * {@code gava.syntax} only.
 */
package gava.types;
