package gava.runtime;

import java.lang.reflect.Field;

/**
 * Go pointers {@code &s.f} to a field of a struct object made by reflect ({@code Value.Addr} of a
 * field): one subclass of each {@code PtrX}, reading and writing the field through Java reflection.
 * Compiled code makes its own field pointer classes ({@code T·ptr·f}); {@code ==} between the two
 * kinds of pointer to the same field is false.
 */
final class RFieldPtr {
    private RFieldPtr() {
    }

    /** A pointer to field f (index i) of struct object o, a field of type ft. */
    static Ptr of(Object o, Field f, int i, RType ft) {
        return switch (RValueTypes.letter(ft)) {
            case 'Z' -> new PZ(o, f, i);
            case 'B' -> new PB(o, f, i);
            case 'S' -> new PS(o, f, i);
            case 'I' -> new PI(o, f, i);
            case 'J' -> new PJ(o, f, i);
            case 'F' -> new PF(o, f, i);
            case 'D' -> new PD(o, f, i);
            case 'L' -> new PL(o, f, i);
            default -> throw new IllegalStateException("field kind");
        };
    }

    static Object get(Object o, Field f) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object o, Field f, Object x) {
        try {
            f.set(o, x);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }


    /** A pointer to a field of kind Z. */
    static final class PZ extends PtrZ {
        final Object o;
        final Field f;
        final int i;

        PZ(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public boolean get() {
            return (Boolean) RFieldPtr.get(o, f);
        }

        @Override
        public void set(boolean v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind B. */
    static final class PB extends PtrB {
        final Object o;
        final Field f;
        final int i;

        PB(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public int get() {
            return (Integer) RFieldPtr.get(o, f);
        }

        @Override
        public void set(int v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind S. */
    static final class PS extends PtrS {
        final Object o;
        final Field f;
        final int i;

        PS(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public int get() {
            return (Integer) RFieldPtr.get(o, f);
        }

        @Override
        public void set(int v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind I. */
    static final class PI extends PtrI {
        final Object o;
        final Field f;
        final int i;

        PI(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public int get() {
            return (Integer) RFieldPtr.get(o, f);
        }

        @Override
        public void set(int v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind J. */
    static final class PJ extends PtrJ {
        final Object o;
        final Field f;
        final int i;

        PJ(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public long get() {
            return (Long) RFieldPtr.get(o, f);
        }

        @Override
        public void set(long v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind F. */
    static final class PF extends PtrF {
        final Object o;
        final Field f;
        final int i;

        PF(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public float get() {
            return (Float) RFieldPtr.get(o, f);
        }

        @Override
        public void set(float v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind D. */
    static final class PD extends PtrD {
        final Object o;
        final Field f;
        final int i;

        PD(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public double get() {
            return (Double) RFieldPtr.get(o, f);
        }

        @Override
        public void set(double v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }


    /** A pointer to a field of kind L. */
    static final class PL extends PtrL {
        final Object o;
        final Field f;
        final int i;

        PL(Object o, Field f, int i) {
            this.o = o;
            this.f = f;
            this.i = i;
        }

        @Override
        public Object get() {
            return (Object) RFieldPtr.get(o, f);
        }

        @Override
        public void set(Object v) {
            RFieldPtr.set(o, f, v);
        }

        @Override
        protected Object base() {
            return o;
        }

        @Override
        protected int index() {
            return i;
        }
    }

}
