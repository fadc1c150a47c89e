// Command modinit is a module in which mod init is refused (go.mod exists, too many arguments).
package main

func main() {}
