/**
 * Types: the Go type system and the type checker, organised like the spec.
 *
 * <p>Owns the type model ({@link gava.types.Type} and its kinds), objects ({@link gava.types.Obj}:
 * constants, variables, type names, functions, builtins, packages, labels), scopes and the universe,
 * exact constant arithmetic ({@link gava.types.Constant}) and the checker, which resolves every name,
 * computes every expression's type and constant value, and reports type errors with gc's wording.
 * The checker writes its results into the syntax tree's slots ({@code Expr.type}, {@code Expr.value},
 * {@code Name.obj}) and into the objects it creates.
 *
 * <p>Must not touch: JVM code generation, lowering decisions or the runtime. It depends on
 * {@code gava.syntax} only.
 */
package gava.types;
