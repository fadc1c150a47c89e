/**
 * JVM code generation: checked syntax trees plus lowering facts to class files, written with
 * {@code java.lang.classfile}. Entry points: {@link gava.codegen.Backend#compileProgram} (a whole
 * program, its packages in initialisation order: each package's functions and globals in its own
 * classes, {@link gava.codegen.Gen}; the classes all packages share generated once,
 * {@code Gen.Program}) and {@link gava.codegen.Backend#compile} (one package main).
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
 *       and, in package main, {@code main(String[])}, which runs {@code $Start.initAll} (every
 *       package's {@code init} in order) then main.main; functions of the k-th file (k &gt;= 2) live in
 *       {@code $Package·k} so each class has that file as SourceFile;
 *   <li>a class per struct type ({@code T}, local types {@code T·n}), in its own package's JVM
 *       package; once per program, in {@code gop/main}: unnamed structs {@code $struct·n},
 *       func-value interfaces {@code $Func·<descriptor>} (closures and method values are
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
 * the ones their Go type satisfies with bridge methods. A call goes through the interface's static
 * dispatcher {@code $$M} (no {@code ·}: tracebacks skip it), which tests the receiver against the
 * final classes of the program's dynamic types that implement the interface and calls their bridge
 * with invokevirtual, so the JIT inlines each case; other receivers use invokeinterface. Runtime
 * errors (gava.runtime.RuntimeError) satisfy {@code error} and {@code runtime.Error}.
 *
 * <p>Maps ({@link gava.codegen.MapGen}): each map type has a gava.runtime.GoMap layout chosen from
 * its key and element types (integer/bool keys as long, string keys, boxed keys; primitive values
 * as long bits, other values as objects), and every map operation calls the layout's method, so
 * common maps do not box; {@code m[k] op= v} and {@code m[k]++} look k up once.
 *
 * <p>Body-less functions ({@link gava.codegen.JavaBindings}): gc's {@code missing function body}
 * error, unless a std overlay bound the function to a static Java method ({@code //gava:java});
 * then that method is called directly (invokestatic with the descriptor of the Go signature).
 *
 * <p>defer/recover use gava.runtime.Defer (results live in locals; returns jump through the
 * deferred calls); go statements and deferred calls bind the evaluated callee and arguments
 * into a Runnable. Channels and select use gava.runtime.Chan and Select (elements boxed as map
 * values are). Complex numbers are gava.runtime.Complex objects ({@link gava.codegen.ComplexGen}).
 * Range over a function ({@link gava.codegen.RangeFuncBody}): the loop body is a yield method
 * {@code F-range<n>} taking a gava.runtime.RangeFunc (the loop's state, Go 1.23's checks), its
 * captures and the yield parameters; exits other than the loop's own break/continue (return,
 * outer break/continue, goto) are numbered ({@link gava.codegen.RangeFuncExits}), recorded by the
 * body before yield returns false, and dispatched on after the iterator returns; defer in the
 * body pushes onto the enclosing function's Defer.
 * Not supported yet (reported as {@code X not supported yet}): generics; at run time, a conversion {@code (*[N]E)(s)} of a slice that is not a whole backing array of N elements (see gava.runtime.ArrayPointers).
 *
 * <p>Must not touch: the syntax tree and type model (read only; facts computed here stay here),
 * the runtime (generated code calls it only through its documented API) or the command.
 */
package gava.codegen;
