package lib

// Name says who calls.
func Name(who string) string { return who + " via lib" }
