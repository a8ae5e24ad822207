using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Dashboard.Web.Tests.Benchmarks;

/// <summary>
/// A .NET process's managed heap right after a full, blocking collection that the reading itself
/// asks for, through the runtime's diagnostics port (EventPipe's GC heap collect keyword). What the
/// process keeps alive, without the collector's headroom and unreturned pages the working set includes.
/// </summary>
internal static class ManagedHeap
{
    public static async Task<long> AfterFullCollectionAsync(int processId)
    {
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational,
            (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect));
        using var session = new DiagnosticsClient(processId).StartEventPipeSession([provider], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var full = false;
        // The sizes after the first full collection the session sees: the one it induced, or one just before.
        source.Clr.GCStart += e => full |= e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (full && heap.TrySetResult(e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4))
            {
                session.Stop();
            }
        };
        var reading = Task.Run(source.Process);
        var result = await heap.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        return result;
    }
}
