// Three collections at once on a two-core machine: these tests spend much of their time waiting for
// a server to start, a circuit to render or a browser to settle, so groups with apps of their own
// overlap their waits. Four were faster than two (7.5 min instead of 9.5), but in two of four
// clean-clone runs a correction or a click took longer under the load than a test waits; six made
// app starts time out.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
