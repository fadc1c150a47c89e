package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GoNamesTest {
    @Test
    void escapeRoundTrips() {
        assertEquals("main", GoNames.escape("main"));
        assertEquals("example$2ecom/my$2dpkg/v2", GoNames.escape("example.com/my-pkg/v2"));
        assertEquals("gop/example$2ecom/x", GoNames.jvmPackage("example.com/x"));
        assertEquals("gop/main/$Package", GoNames.packageClass("main"));
        for (String p : new String[] {"main", "a.b/c-d~e+f", "日本/語", "x$y", "a_b/C"}) {
            assertEquals(p, GoNames.unescape(GoNames.escape(p)));
        }
    }

    @Test
    void goFuncNames() {
        assertEquals("main.main", GoNames.goFuncName("gop.main.$Package", "main"));
        assertEquals("main.(*T).get", GoNames.goFuncName("gop/main/$Package", "(*T)\u00b7get"));
        assertEquals("main.main.func1", GoNames.goFuncName("gop.main.$Package", "main\u00b7func1"));
        assertEquals("example.com/x.F", GoNames.goFuncName("gop.example$2ecom.x.$Package", "F"));
        assertEquals("main.T.String", GoNames.goFuncName("gop.main.T", "T\u00b7String"));
        assertEquals("main.Sum[...]", GoNames.goFuncName("gop.main.$Package", "Sum\u20392\u203a"));
        assertEquals("main.(*List[...]).Push.func1", GoNames.goFuncName("gop.main.$Package", "(*List\u203912\u203a)\u00b7Push\u00b7func1"));
        assertEquals("example.com/x.Map[...]", GoNames.goFuncName("gop.example$2ecom.x.$Package\u00b7main\u00b73", "Map\u20391\u203a"));
        assertNull(GoNames.goFuncName("gop.main.T", "equals"));
        assertNull(GoNames.goFuncName("gop.main.$Package", "<clinit>"));
        assertNull(GoNames.goFuncName("gava.runtime.SliceJ", "get"));
        assertNull(GoNames.goFuncName("java.lang.Thread", "run"));
    }
}
