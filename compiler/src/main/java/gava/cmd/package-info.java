/**
 * The gava command: {@code gava run}, {@code gava version}, {@code gava help}.
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
 */
package gava.cmd;
