using System.Collections.Concurrent;
using Dashboard.Data.Annotations;

namespace Dashboard.Data.Tests.Annotations;

public sealed class PostgresAnnotationNotifierTests
{
    [PostgresFact]
    public async Task A_change_published_by_one_instance_reaches_the_other_once_and_its_own_views_once()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        var sender = first.Get<PostgresAnnotationNotifier>();
        var receiver = second.Get<PostgresAnnotationNotifier>();
        await sender.StartAsync(CancellationToken.None);
        await receiver.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => sender.Listening && receiver.Listening);
            var heardHere = new ConcurrentQueue<AnnotationChange>();
            var heardThere = new ConcurrentQueue<AnnotationChange>();
            using var here = sender.Subscribe(c => { heardHere.Enqueue(c); return Task.CompletedTask; });
            using var there = receiver.Subscribe(c => { heardThere.Enqueue(c); return Task.CompletedTask; });
            var change = new AnnotationChange("statement", "fp-<script>'; DROP TABLE x;--", 42, "note");

            sender.Publish(change);

            await WaitUntilAsync(() => !heardThere.IsEmpty);
            await Task.Delay(500); // anything echoed back would have arrived by now
            Assert.Equal(change, Assert.Single(heardThere));
            Assert.Equal(change, Assert.Single(heardHere));
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
            await receiver.StopAsync(CancellationToken.None);
        }
    }

    [PostgresFact]
    public async Task The_listener_comes_back_after_its_connection_is_killed()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        var sender = first.Get<PostgresAnnotationNotifier>();
        var receiver = second.Get<PostgresAnnotationNotifier>();
        await receiver.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => receiver.Listening);
            var heard = new ConcurrentQueue<AnnotationChange>();
            using var there = receiver.Subscribe(c => { heard.Enqueue(c); return Task.CompletedTask; });

            // What a server restart does to the listener: its session is ended from outside.
            await first.ScalarAsync($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN {PostgresAnnotationNotifier.Channel}' AND datname = current_database()");
            await WaitUntilAsync(() => !receiver.Listening);
            await WaitUntilAsync(() => receiver.Listening);
            sender.Publish(new AnnotationChange("document", "7", 1, "tag"));

            await WaitUntilAsync(() => !heard.IsEmpty);
            Assert.Equal("7", Assert.Single(heard).TargetKey);
        }
        finally
        {
            await receiver.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out after 15 s");
            await Task.Delay(50);
        }
    }
}
