using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;

namespace Dashboard.Data.Tests.Analysis;

public sealed class ReanalysisJobTests
{
    [Fact]
    public async Task Runs_once_at_a_time_reports_progress_and_lists_annotations_that_lost_their_item()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        await database.Get<AnnotationService>().AddAsync("note", "statement", "a-statement-no-analysis-produces", "Orphan to review", null, "Ana");
        var job = database.Get<ReanalysisJob>();
        var seen = new List<ReanalysisState>();
        job.Changed += () =>
        {
            lock (seen)
            {
                seen.Add(job.State);
            }
        };

        Assert.True(job.TryStart("Ana", out var running));
        Assert.False(job.TryStart("Ana", out _));
        await running;

        var end = job.State;
        Assert.False(end.Running);
        Assert.Null(end.Error);
        Assert.Equal(5, end.Documents);
        Assert.Equal(1, end.Unplaced);
        Assert.Contains(seen, s => s.Running && s.Total == 5);
        Assert.Equal(end, seen[^1]);
        Assert.True(job.TryStart("Ana", out var again));
        await again;
    }
}
