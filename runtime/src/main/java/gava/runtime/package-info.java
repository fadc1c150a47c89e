/**
 * The gava runtime: what compiled Go code calls. Depends on java.base only and never on the compiler.
 *
 * <p>Owns: strings ({@link gava.runtime.GoString}, {@link gava.runtime.Utf8}), slices
 * ({@code SliceZ/B/S/I/J/F/D/L}, {@link gava.runtime.Zero}, gc's growth in {@link gava.runtime.Growth}),
 * maps ({@link gava.runtime.GoMap}, {@link gava.runtime.MapKeys}), pointers ({@link gava.runtime.Ptr},
 * {@code PtrX}, {@code CellX}, {@code ElemPtrX}), panics ({@link gava.runtime.GoPanic},
 * {@link gava.runtime.RuntimeError}, {@link gava.runtime.Panics}, {@link gava.runtime.Defer}), the
 * state and checks of range-over-function loops ({@link gava.runtime.RangeFunc}), the
 * print builtins ({@link gava.runtime.Print}), standard output/error ({@link gava.runtime.Stdio}),
 * program start, goroutines and exit ({@link gava.runtime.Go}), channels and select
 * ({@link gava.runtime.Chan}, {@link gava.runtime.Select}, deadlock detection in
 * {@code Sched}), and the mapping of JVM names back to
 * Go names ({@link gava.runtime.GoNames}, {@link gava.runtime.Traceback}); the Java half of Go's
 * {@code runtime} package, which its overlay ({@code stdlib/overlay/runtime}) binds with
 * {@code //gava:java} ({@link gava.runtime.RuntimePackage}, program counters in
 * {@link gava.runtime.CallerPcs}), and of {@code sync/atomic} ({@link gava.runtime.Atomics}).
 *
 * <p>Must not touch: the compiler (syntax, types, lowering, codegen, command). The API used by code
 * generation is fixed by the contract in the design notes; its names and signatures (descriptors)
 * must not change. All messages printed are byte-for-byte gc 1.19's.
 */
package gava.runtime;
