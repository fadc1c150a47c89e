/**
 * Lowering: facts about checked syntax trees that JVM code generation needs.
 *
 * <p>Owns the analyses that run between type checking and code generation: which variables live in
 * cells (captured by closures and reassigned, or whose address is taken), which struct/array
 * variables must be assigned in place or copied on function entry, closure capture lists, the
 * compilation units (declared functions, methods, function literals, the package initialiser) and
 * the JVM names of every function ({@link gava.lower.JvmNames}). Results are collected in
 * {@link gava.lower.Facts}; the entry point is {@link gava.lower.Lowering#lower}.
 *
 * <p>Must not touch: the syntax tree or the type model (it only reads them), class file emission
 * ({@code gava.codegen}) or the runtime.
 */
package gava.lower;
