/**
 * JVM code generation: checked syntax trees plus lowering facts to class files, written with
 * {@code java.lang.classfile}. Entry point: {@link gava.codegen.Backend#compile}.
 *
 * <p>Owns the mapping of Go types to JVM descriptors ({@link gava.codegen.JvmTypes}, following
 * docs/design.md's value representation), the classes generated per program and the translation
 * of every statement and expression to bytecode. Classes of a package {@code P} (JVM package
 * {@code gop/P}):
 * <ul>
 *   <li>{@code $Package}: functions, methods ({@code T·M}, {@code (*T)·M}) and closures
 *       ({@code F·func1}, nested {@code F·func1·1}) of the first source file, package variables
 *       (static fields; address-taken scalars in cells), string literals ({@code $s<n>}), the
 *       package initialiser {@code init} (variables in the checker's order, then {@code init·k})
 *       and {@code main(String[])}; functions of the k-th file (k &gt;= 2) live in
 *       {@code $Package·k} so each class has that file as SourceFile;
 *   <li>a class per struct type ({@code T}, local types {@code T·n}, unnamed {@code $struct·n});
 *   <li>func-value interfaces {@code $Func·<descriptor>} (closures and method values are
 *       LambdaMetafactory instances), result tuples {@code $Tuple·<shape>}, field pointers
 *       {@code T·ptr·f}, Zero descriptors {@code $Zero·n} of value-type slice elements, and
 *       {@code $Helpers} (shifts, unsigned and float conversions as gc on amd64, deep array
 *       operations, assertion failure messages; names without {@code ·} so tracebacks skip them).
 * </ul>
 *
 * <p>Interfaces ({@link gava.codegen.Ifaces}): an interface value is an Object: java.lang boxes
 * for int (Long), int32 (Integer), int8 (Byte), int16 (Short), float64, float32, bool, GoString
 * for string, a private copy of the struct object for struct values, and a generated box class
 * per Go type for everything else (named non-struct types {@code T}, {@code *T} as {@code T·ptr},
 * other types {@code $Box·…}). Each Go interface used in a call or assertion is a JVM interface
 * {@code $Iface·n} with a method {@code $M} per Go method; struct classes and boxes implement
 * the ones their Go type satisfies with bridge methods, so calls are invokeinterface. Runtime
 * errors (gava.runtime.RuntimeError) satisfy {@code error}.
 *
 * <p>defer/recover use gava.runtime.Defer (results live in locals; returns jump through the
 * deferred calls); go statements and deferred calls bind the evaluated callee and arguments
 * into a Runnable. Channels and select use gava.runtime.Chan and Select (elements boxed as map
 * values are). Complex numbers are gava.runtime.Complex objects ({@link gava.codegen.ComplexGen}).
 * Not supported yet (reported as {@code X not supported yet}): generics, range over functions, conversions of slices to array pointers, imports.
 *
 * <p>Must not touch: the syntax tree and type model (read only; facts computed here stay here),
 * the runtime (generated code calls it only through its documented API) or the command.
 */
package gava.codegen;
