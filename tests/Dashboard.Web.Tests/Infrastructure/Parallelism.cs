// Three collections at once on a two-core machine: these tests spend much of their time waiting for
// a server to start, a circuit to render or a browser to settle, so groups with apps of their own
// overlap their waits. Two at a time left the processor about a third busy; four were faster
// (7.5 min instead of 9.5) but in two of four clean-clone runs a correction or a click under the
// load took longer than a test waits; six made app starts time out.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
