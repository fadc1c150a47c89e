/**
 * The gava command: {@code gava run}, {@code gava build}, {@code gava clean}, {@code gava version},
 * {@code gava help}.
 *
 * <p>{@link gava.cmd.Main} parses the command line; {@link gava.cmd.ProgramBuild} builds what
 * {@code gava run} names: loads the main package and its imports (module, GOROOT), checks every
 * package in dependency order and compiles the whole program, printing errors as the go command
 * does ({@code # pkg} headers, import cycles, missing packages); {@link gava.cmd.Build} is the build
 * glue for one package main (the test harnesses' entry) that runs the stages (parse, check, code
 * generation) in a big-stack thread and turns every problem into gc-style diagnostic lines; {@link gava.cmd.GoFiles} selects the files of a directory as go does;
 * {@link gava.cmd.ProgramLoader} loads a compiled program into this JVM; {@link gava.cmd.ClassCheck}
 * verifies the generated class files. Tests use {@code Build} directly ({@code compileFiles},
 * {@code compileSources} for in-memory sources, {@code writeClasses}).
 *
 * <p>The build cache: {@link gava.cmd.BuildCache} (program entries by a hash of every source, see
 * docs/cache.md), {@link gava.cmd.CacheIndex} (finds a program's key from file states without
 * loading), {@link gava.cmd.Sha256}. {@code gava build}: {@link gava.cmd.BuildCommand},
 * {@link gava.cmd.ProgramJar} (writes the runnable jar), {@link gava.cmd.JarMain} (its Main-Class);
 * {@link gava.cmd.PackageArgs} parses the package named on a command line; {@link gava.cmd.Timing}
 * prints phase timings (GAVA_TIMING=1).
 */
package gava.cmd;
