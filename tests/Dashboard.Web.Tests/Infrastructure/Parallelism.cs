// Four collections at once on a two-core machine: these tests spend most of their time waiting for
// a server to start, a circuit to render or a browser to settle (the processor was about a third
// busy with two at a time), so the groups of tests with apps of their own overlap their waits.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
