package gava.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copied tree prints exactly as the original, shares no node with it, and keeps branch targets inside the copy. */
class TreeCopyTest {
  @Test
  void copiesPrintAsTheOriginals() throws IOException {
    Path goroot = SyntaxTestSupport.goroot();
    assumeTrue(goroot != null && Files.isDirectory(goroot.resolve("test/typeparam")), "Go 1.19 test suite not installed");
    List<Path> files = new ArrayList<>(SyntaxTestSupport.goFiles(goroot.resolve("test/typeparam"), false));
    files.addAll(SyntaxTestSupport.goFiles(goroot.resolve("src/sort"), true));
    int decls = 0;
    for (Path p : files) {
      SyntaxTestSupport.Parsed parsed = SyntaxTestSupport.parse(p.toString(), Files.readAllBytes(p));
      if (parsed.diags().hasErrors()) continue;
      for (Decl d : parsed.file().decls) {
        Decl c = new TreeCopy().copyDecl(d);
        assertNotSame(d, c);
        assertEquals(Printer.string(d), Printer.string(c), p.toString());
        decls++;
      }
    }
    assertTrue(decls > 1000, "copied only " + decls + " declarations");
  }

  @Test
  void branchTargetsPointIntoTheCopy() {
    SyntaxTestSupport.Parsed parsed = SyntaxTestSupport.parse("package p\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n");
    Decl.Func f = (Decl.Func) parsed.file().decls.get(0);
    Stmt.Labeled l = (Stmt.Labeled) f.body.list.get(0);
    Stmt.Branch b = (Stmt.Branch) ((Stmt.For) l.stmt).body.list.get(0);
    b.target = l.stmt;
    Decl.Func c = new TreeCopy().copyDecl(f);
    Stmt.Labeled cl = (Stmt.Labeled) c.body.list.get(0);
    Stmt.Branch cb = (Stmt.Branch) ((Stmt.For) cl.stmt).body.list.get(0);
    assertSame(cl.stmt, cb.target);
  }
}
