package gava.runtime;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Support for tests that run a hand-written "compiled program" (Java shaped like generated code) in a
 * child JVM: giving its classes a Go SourceFile as code generation does, finding the lines marked
 * {@code // LINE:name} in its source, and running it with output captured.
 */
final class ChildProgram {
    private ChildProgram() {}

    record Result(int exit, String out, String err) {}

    /** Copies the class files of {@code from} into {@code to}, their SourceFile set to goFile. */
    static void copyWithSourceFile(Path from, Path to, String goFile) throws IOException {
        Files.createDirectories(to);
        ClassFile cf = ClassFile.of();
        try (var files = Files.list(from)) {
            for (Path p : files.toList()) {
                ClassModel cm = cf.parse(Files.readAllBytes(p));
                byte[] b = cf.transformClass(cm,
                        ClassTransform.dropping(e -> e instanceof SourceFileAttribute)
                                .andThen(ClassTransform.endHandler(cb -> cb.with(SourceFileAttribute.of(goFile)))));
                Files.write(to.resolve(p.getFileName()), b);
            }
        }
    }

    /** The 1-based line of source that ends with {@code // LINE:marker}. */
    static int line(String source, String marker) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith("// LINE:" + marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker);
    }

    /**
     * Runs {@code gop.main.$Package} with classesDir first on the class path (so it wins over other test
     * programs of package main), writing its output to {@code outDir/name.out} and {@code .err}.
     */
    static Result run(Path classesDir, Path outDir, String name, List<String> jvmArgs, List<String> args)
            throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = classesDir + java.io.File.pathSeparator + System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", cp));
        cmd.addAll(jvmArgs);
        cmd.add("gop.main.$Package");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path o = outDir.resolve(name + ".out");
        Path e = outDir.resolve(name + ".err");
        pb.redirectOutput(o.toFile());
        pb.redirectError(e.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timeout");
        }
        return new Result(p.exitValue(), Files.readString(o, StandardCharsets.UTF_8),
                Files.readString(e, StandardCharsets.UTF_8));
    }
}
