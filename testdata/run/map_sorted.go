package main

// Making map output deterministic by sorting the keys: word frequencies
// printed in key order and in count order.

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	freq := map[string]int{}
	word := ""
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if word != "" {
				freq[word]++
			}
			word = ""
			continue
		}
		word += text[i : i+1]
	}

	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, freq[k])
	}

	// by count descending, then by word
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0; j-- {
			a, b := keys[j-1], keys[j]
			if freq[b] > freq[a] || (freq[b] == freq[a] && b < a) {
				keys[j-1], keys[j] = b, a
			} else {
				break
			}
		}
	}
	print("by count:")
	for _, k := range keys {
		print(" ", k)
	}
	println()

	// int keys
	squares := map[int]int{}
	for i := -5; i <= 5; i++ {
		squares[i*i] = i
	}
	ks := []int{}
	for k := range squares {
		ks = append(ks, k)
	}
	sortInts(ks)
	for _, k := range ks {
		v := squares[k]
		if v < 0 {
			v = -v
		}
		print(k, ":", v, " ")
	}
	println()

	// inverting a map
	inv := map[int][]string{}
	for _, k := range keys {
		inv[freq[k]] = append(inv[freq[k]], k)
	}
	cs := []int{}
	for c := range inv {
		cs = append(cs, c)
	}
	sortInts(cs)
	for _, c := range cs {
		ws := inv[c]
		sortStrings(ws)
		print(c, ":")
		for _, w := range ws {
			print(" ", w)
		}
		println()
	}
}
