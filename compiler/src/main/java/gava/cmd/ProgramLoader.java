package gava.cmd;

import gava.codegen.CompiledProgram;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh class loader holding one compiled program's classes (defined on first use); everything
 * else, in particular the gava runtime, comes from the parent.
 */
public final class ProgramLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes = new HashMap<>();

  public ProgramLoader(CompiledProgram program, ClassLoader parent) {
    super("gava-program", parent);
    for (Map.Entry<String, byte[]> e : program.classes().entrySet()) {
      classes.put(e.getKey().replace('/', '.'), e.getValue());
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] b;
    synchronized (classes) {
      b = classes.get(name);
    }
    if (b == null) throw new ClassNotFoundException(name);
    return defineClass(name, b, 0, b.length);
  }
}
