/**
 * Lowering: facts about checked syntax trees that JVM code generation needs.
 *
 * <p>Owns the analyses that run between type checking and code generation: which variables live in
 * cells (captured by closures and reassigned, or whose address is taken), which struct/array
 * variables must be assigned in place or copied on function entry, closure capture lists, the
 * compilation units (declared functions, methods, function literals, the bodies of range-over-function
 * loops, the package initialiser) and
 * the JVM names of every function ({@link gava.lower.JvmNames}). Results are collected in
 * {@link gava.lower.Facts}; the entry point is {@link gava.lower.Lowering#lower}.
 *
 * <p>First, monomorphisation ({@link gava.lower.Stencil}, {@link gava.lower.StencilCopy}): every
 * instance of a generic function and every method of every generic type instance the package uses
 * becomes an ordinary declaration, a copy of the generic one's tree with the type arguments
 * substituted in its annotations; names of instantiated generic functions in the package's code are
 * redirected to the instances' {@code Func}s. Generic declarations are not compiled.
 *
 * <p>Must not touch: the syntax tree or the type model (it only reads them, except that
 * monomorphisation points {@code Name.obj}/{@code Selector.selection} of instantiations at the
 * instances and creates instances of generic types), class file emission ({@code gava.codegen}) or
 * the runtime.
 */
package gava.lower;
