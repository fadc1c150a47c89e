// map[string]int word frequencies over a generated text: the text is one big string cut into
// words by slicing (no allocation per word), counted, then the most frequent words are picked in
// an order-independent way (map iteration order is random in Go), rare words deleted during a
// range and bigrams counted with a string key built by concatenation.
package main

const textWords = 6000000
const vocabulary = 50000

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	// xorshift64*
	x := r.state
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	r.state = x
	return x * 2685821657736338717
}

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "an", "el", "or", "ust", "ing", "ba", "de", "qui"}

func makeWord(i int) string {
	// A distinct word per i: its syllables are the base-16 digits of i+1.
	b := []byte{}
	for n := i + 1; n > 0; n /= 16 {
		b = append(b, syllables[n%16]...)
	}
	return string(b)
}

func main() {
	r := &rng{88172645463325252}
	vocab := make([]string, vocabulary)
	for i := range vocab {
		vocab[i] = makeWord(i)
	}
	text := make([]byte, 0, textWords*8)
	for i := 0; i < textWords; i++ {
		x := r.next()
		// The product of three uniform numbers: small indexes are much more frequent.
		u, v, w := int(x>>44)%vocabulary, int(x>>24&0xFFFFF)%vocabulary, int(x&0xFFFFF)%vocabulary
		k := u * v / vocabulary * w / vocabulary
		text = append(text, vocab[k]...)
		text = append(text, ' ')
	}
	s := string(text)

	counts := map[string]int{}
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			counts[s[start:i]]++
			start = i + 1
		}
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	println("words:", total, "distinct:", len(counts))

	// The five most frequent words (ties by the smaller word), without sorting the map.
	taken := map[string]bool{}
	for rank := 1; rank <= 5; rank++ {
		best, bestN := "", -1
		for w, c := range counts {
			if taken[w] {
				continue
			}
			if c > bestN || c == bestN && w < best {
				best, bestN = w, c
			}
		}
		taken[best] = true
		println(rank, best, bestN)
	}

	// Every vocabulary word looked up; words seen fewer than 10 times deleted during a range.
	seen := 0
	for _, w := range vocab {
		if _, ok := counts[w]; ok {
			seen++
		}
	}
	for w, c := range counts {
		if c < 10 {
			delete(counts, w)
		}
	}
	println("vocabulary seen:", seen, "kept:", len(counts))

	// Bigrams of the first million words, keyed by "a b".
	bigrams := map[string]int{}
	prev := ""
	start = 0
	n := 0
	for i := 0; i < len(s) && n < 1000000; i++ {
		if s[i] == ' ' {
			w := s[start:i]
			if prev != "" {
				bigrams[prev+" "+w] += 1
			}
			prev = w
			start = i + 1
			n++
		}
	}
	most, mostN := "", 0
	for b, c := range bigrams {
		if c > mostN || c == mostN && b < most {
			most, mostN = b, c
		}
	}
	println("bigrams:", len(bigrams), "most frequent:", most, "x", mostN)
}
