package gava.codegen;

import java.util.Map;

/**
 * The output of code generation: class files by internal name (with '/') and the internal name of
 * the class whose {@code public static void main(String[])} starts the program.
 */
public record CompiledProgram(Map<String, byte[]> classes, String mainClass) {}
