package main

// Pointers to pointers: reading and writing through two levels, and
// redirecting a pointer through a pointer to it.

type Node struct {
	Val  int
	Next *Node
}

func redirect(pp **int, to *int) {
	*pp = to
}

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func removeFirst(head **Node, v int) {
	for p := head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			return
		}
	}
}

func printList(n *Node) {
	for ; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
}

func main() {
	a, b := 1, 2
	p := &a
	pp := &p
	**pp = 10
	println(a, *p, **pp)

	redirect(pp, &b)
	**pp = 20
	println(a, b, *p)

	ppp := &pp
	***ppp = 30
	println(b)

	var np *int
	npp := &np
	println(*npp == nil)
	*npp = &a
	println(*np)

	var list *Node
	for i := 1; i <= 5; i++ {
		push(&list, i)
	}
	printList(list)
	removeFirst(&list, 3)
	removeFirst(&list, 5)
	removeFirst(&list, 1)
	removeFirst(&list, 42)
	printList(list)

	// pointer to a struct pointer field
	n := &Node{Val: 1}
	next := &n.Next
	*next = &Node{Val: 2}
	println(n.Next.Val)

	// swap through pointers to pointers
	x, y := 100, 200
	px, py := &x, &y
	swapPtrs(&px, &py)
	println(*px, *py, x, y)
}

func swapPtrs(a, b **int) {
	*a, *b = *b, *a
}
