using Dashboard.Data.Annotations;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Analysis;

/// <summary>Where the re-analysis stands; <see cref="Unplaced"/>: annotations whose item the new analysis no longer has.</summary>
public sealed record ReanalysisState(bool Running, int Done, int Total, DateTime? FinishedAt, int Documents, int Unplaced, string? Error);

/// <summary>
/// Re-analysis of the whole corpus as one background job per process: started from any browser,
/// followed by all of them, never twice at once. The views keep working while it runs (the old
/// results stay visible until the new ones are committed).
/// </summary>
public sealed class ReanalysisJob(AnalysisStore analysis, AnnotationService annotations, TargetQueries targets, Audit.AuditLog audit)
{
    private readonly Lock gate = new();

    public ReanalysisState State { get; private set; } = new(false, 0, 0, null, 0, 0, null);

    /// <summary>Raised on every progress step and at the end (from a background thread).</summary>
    public event Action? Changed;

    /// <summary>Starts the job unless it is running. The returned task completes when it ends.</summary>
    public bool TryStart(string who, out Task completion)
    {
        lock (gate)
        {
            if (State.Running)
            {
                completion = Task.CompletedTask;
                return false;
            }

            State = new ReanalysisState(true, 0, 0, null, 0, 0, null);
        }

        Changed?.Invoke();
        completion = Task.Run(() => RunAsync(who));
        return true;
    }

    private async Task RunAsync(string who)
    {
        try
        {
            // Reported synchronously: Progress<T> posts later, and a late step could undo "finished".
            var progress = new Steps(p => Update(State with { Done = p.Done, Total = p.Total }));
            var documents = await analysis.ReanalyzeAllAsync(progress);
            Update(State with { Running = false, Done = documents, Total = documents, Documents = documents, FinishedAt = DateTime.UtcNow, Unplaced = await CountUnplacedAsync() });
            await audit.RecordAsync(who, "re-analysis", $"{documents} documents", $"{State.Unplaced} annotations without their item");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            Update(State with { Running = false, FinishedAt = DateTime.UtcNow, Error = $"The re-analysis stopped and nothing was changed: {ex.Message}" });
        }
    }

    private async Task<int> CountUnplacedAsync()
    {
        var all = await annotations.ListAsync(null, null, null);
        var places = await targets.PlacesAsync(all.Select(a => (a.TargetType, a.TargetKey)).Distinct().ToList());
        return all.Count(a => places.TryGetValue((a.TargetType, a.TargetKey), out var place) && !place.Found);
    }

    private void Update(ReanalysisState state)
    {
        lock (gate)
        {
            State = state;
        }

        Changed?.Invoke();
    }

    private sealed class Steps(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
