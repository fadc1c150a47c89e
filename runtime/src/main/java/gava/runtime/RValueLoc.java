package gava.runtime;

import java.lang.reflect.Field;

/**
 * Where an addressable {@link RValue} lives: reads and writes its raw form (RValue's javadoc) and
 * gives a Go pointer to the place for {@code Value.Addr}. Struct and array values are their own
 * place ({@link Obj}); other values live in a pointer's target ({@link AtPtr}), a struct object's
 * field ({@link AtField}) or a JVM array's element ({@link AtElem}).
 */
abstract class RValueLoc {
    /** The raw value stored there now. */
    abstract Object get();

    /** Stores raw value x (already copied if it is a struct or array). */
    abstract void set(Object x);

    /** A Go pointer to the place ({@code &v}). */
    abstract Object ptr();

    /** A struct or array value: the object is the place and the pointer. */
    static final class Obj extends RValueLoc {
        final Object o;

        Obj(Object o) {
            this.o = o;
        }

        @Override
        Object get() {
            return o;
        }

        @Override
        void set(Object x) {
            throw new IllegalStateException("struct and array values are assigned in place");
        }

        @Override
        Object ptr() {
            return o;
        }
    }

    /** The target of a runtime pointer ({@code CellX}, {@code ElemPtrX}, a field pointer). */
    static final class AtPtr extends RValueLoc {
        final Ptr p;
        final boolean unsigned;

        AtPtr(Ptr p, boolean unsigned) {
            this.p = p;
            this.unsigned = unsigned;
        }

        @Override
        Object get() {
            return switch (p) {
                case PtrZ q -> q.get();
                case PtrB q -> unsigned ? q.get() & 0xFF : (int) (byte) q.get();
                case PtrS q -> unsigned ? q.get() & 0xFFFF : (int) (short) q.get();
                case PtrI q -> q.get();
                case PtrJ q -> q.get();
                case PtrF q -> q.get();
                case PtrD q -> q.get();
                case PtrL q -> q.get();
                default -> throw new IllegalStateException(p.getClass().getName());
            };
        }

        @Override
        void set(Object x) {
            switch (p) {
                case PtrZ q -> q.set((Boolean) x);
                case PtrB q -> q.set((Integer) x);
                case PtrS q -> q.set((Integer) x);
                case PtrI q -> q.set((Integer) x);
                case PtrJ q -> q.set((Long) x);
                case PtrF q -> q.set((Float) x);
                case PtrD q -> q.set((Double) x);
                case PtrL q -> q.set(x);
                default -> throw new IllegalStateException(p.getClass().getName());
            }
        }

        @Override
        Object ptr() {
            return p;
        }
    }

    /** A field of a struct object (not of struct or array type). */
    static final class AtField extends RValueLoc {
        final Object o;
        final Field f;
        final int index;
        final RType ft;

        AtField(Object o, Field f, int index, RType ft) {
            this.o = o;
            this.f = f;
            this.index = index;
            this.ft = ft;
        }

        @Override
        Object get() {
            try {
                return RValueMem.norm(ft, f.get(o));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        void set(Object x) {
            try {
                f.set(o, x);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        Object ptr() {
            return RFieldPtr.of(o, f, index, ft);
        }
    }

    /** An element of a JVM array (not of struct or array type). */
    static final class AtElem extends RValueLoc {
        final Object arr;
        final int i;
        final RType et;

        AtElem(Object arr, int i, RType et) {
            this.arr = arr;
            this.i = i;
            this.et = et;
        }

        @Override
        Object get() {
            return RValueMem.load(arr, i, et);
        }

        @Override
        void set(Object x) {
            RValueMem.store(arr, i, x);
        }

        @Override
        Object ptr() {
            return switch (arr) {
                case boolean[] a -> new ElemPtrZ(a, i);
                case byte[] a -> new ElemPtrB(a, i);
                case short[] a -> new ElemPtrS(a, i);
                case int[] a -> new ElemPtrI(a, i);
                case long[] a -> new ElemPtrJ(a, i);
                case float[] a -> new ElemPtrF(a, i);
                case double[] a -> new ElemPtrD(a, i);
                case Object[] a -> new ElemPtrL(a, i);
                default -> throw new IllegalStateException(arr.getClass().getName());
            };
        }
    }
}
