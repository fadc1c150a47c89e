package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	e1 := errors.New("first")
	e2 := &codeErr{7}
	j := errors.Join(e1, nil, e2)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, e1), errors.Is(j, e2), errors.Is(j, fs.ErrNotExist))
	var ce *codeErr
	fmt.Println(errors.As(j, &ce), ce.code)
	w := fmt.Errorf("wrapped: %w", j)
	fmt.Println(errors.Is(w, e1), errors.As(w, &ce))
	_, err := os.Open("/definitely/not/here")
	j2 := errors.Join(errors.New("x"), err)
	fmt.Println(errors.Is(j2, fs.ErrNotExist), errors.Is(j2, fs.ErrExist))
	var pe *fs.PathError
	fmt.Println(errors.As(j2, &pe), pe.Op, pe.Path)
	u, ok := j.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	fmt.Println(errors.Unwrap(j) == nil)
}
