using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Annotations;

public sealed class AnnotationServiceTests
{
    [Fact]
    public async Task Notes_are_added_edited_and_deleted_with_their_history_kept()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<AnnotationService>();

        var added = await service.AddAsync("note", "statement", "fp1", "<script>alert(1)</script> check the date", null, "Ana");
        var edited = await service.UpdateAsync(added.Saved!.Id, added.Saved.Version, "Checked: the date is right.", null, "Ana");
        var deleted = await service.DeleteAsync(added.Saved.Id, "Ben");

        Assert.True(added.Ok && edited.Ok && deleted.Ok);
        Assert.Equal("<script>alert(1)</script> check the date", added.Saved.Body);
        Assert.Empty(await service.ForTargetsAsync("statement", ["fp1"]));
        Assert.Equal(2, await service.RevisionCountAsync(added.Saved.Id));
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Annotations WHERE Deleted = TRUE;"));
    }

    [SqliteFact]
    public async Task A_note_while_another_writer_holds_the_file_past_its_wait_is_refused_clearly_and_leaves_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        using var impatient = database.SecondProcess(database.ConnectionString + ";Default Timeout=1");
        var service = impatient.Get<AnnotationService>();
        var note = (await service.AddAsync("note", "statement", "fp3", "First reading.", null, "Ana")).Saved!;

        AnnotationResult added, edited, deleted;
        await using (await database.HoldWriteLockAsync())
        {
            added = await service.AddAsync("tag", "statement", "fp3", "check", null, "Ana");
            edited = await service.UpdateAsync(note.Id, note.Version, "Second reading.", null, "Ana");
            deleted = await service.DeleteAsync(note.Id, "Ana");
        }

        Assert.All(new[] { added, edited, deleted }, result => Assert.Contains("busy", result.Error, StringComparison.Ordinal));
        Assert.Equal("First reading.", Assert.Single(await service.ForTargetsAsync("statement", ["fp3"])).Body);
        Assert.Equal(0, await service.RevisionCountAsync(note.Id));
    }

    [Fact]
    public async Task Undoing_a_verdict_someone_changed_since_keeps_theirs_and_says_who()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<AnnotationService>();
        var anas = (await service.SetVerdictAsync("contradiction", "finding-1", null, "dismissed", "Ana")).Saved!;
        var bens = (await service.SetVerdictAsync("contradiction", "finding-1", anas, "confirmed", "Ben")).Saved!;

        var undo = await service.RestoreVerdictAsync(anas, null, "Ana"); // her undo would delete the verdict: it is Ben's now

        Assert.False(undo.Ok);
        Assert.Equal(("confirmed", "Ben"), (undo.Conflict!.Current.Verdict, undo.Conflict.Current.EditedBy));
        Assert.Equal("confirmed", Assert.Single(await service.ForTargetsAsync("contradiction", ["finding-1"])).Verdict);

        Assert.True((await service.RestoreVerdictAsync(bens, "dismissed", "Ben")).Ok); // his own undo puts hers back
        Assert.Equal("dismissed", Assert.Single(await service.ForTargetsAsync("contradiction", ["finding-1"])).Verdict);
        Assert.False((await service.RestoreVerdictAsync(anas, null, "Ana")).Ok, "an undo of a version long gone");
    }

    [Fact]
    public async Task A_colleagues_edit_or_deletion_keeps_the_author_and_records_the_editor()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<AnnotationService>();
        var note = (await service.AddAsync("note", "statement", "fp2", "Ana's first reading.", null, "Ana")).Saved!;

        var edited = (await service.UpdateAsync(note.Id, note.Version, "Ana's reading, corrected by Ben.", null, "Ben")).Saved!;
        Assert.Equal(("Ana", "Ben"), (edited.Author, edited.EditedBy));
        Assert.Equal(("Ana", "Ben"), (Assert.Single(await service.ForTargetsAsync("statement", ["fp2"])).Author, Assert.Single(await service.ForTargetsAsync("statement", ["fp2"])).EditedBy));

        Assert.True((await service.DeleteAsync(note.Id, "Cleo")).Ok);
        Assert.Equal("Ana", await database.ScalarAsync($"SELECT Author FROM Annotations WHERE Id = {note.Id};"));
        Assert.Equal("Cleo", await database.ScalarAsync($"SELECT EditedBy FROM Annotations WHERE Id = {note.Id};"));
        var audit = await database.Get<Dashboard.Data.Audit.AuditLog>().ListAsync();
        Assert.Contains(audit, e => e.Who == "Ben" && e.Action == "note edited");
        Assert.Contains(audit, e => e.Who == "Cleo" && e.Action == "note deleted");
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_gets_a_conflict_with_both_versions_and_nothing_is_lost()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<AnnotationService>();
        var note = (await service.AddAsync("note", "cell", "Roscosmos|ILRS", "First draft", null, "Ana")).Saved!;

        var first = await service.UpdateAsync(note.Id, note.Version, "Ana's edit", null, "Ana");
        var second = await service.UpdateAsync(note.Id, note.Version, "Ben's edit", null, "Ben");

        Assert.True(first.Ok);
        Assert.False(second.Ok);
        Assert.NotNull(second.Conflict);
        Assert.Equal("Ana's edit", second.Conflict.Current.Body);
        Assert.Equal("Ben's edit", second.Conflict.YourBody);
        Assert.Equal("Ana's edit", (await service.ForTargetsAsync("cell", ["Roscosmos|ILRS"])).Single().Body);
    }

    [Theory]
    [InlineData("note", "", null, "Ana", "The note is empty.")]
    [InlineData("note", "x", null, "", "Give your name")]
    [InlineData("verdict", "", "maybe", "Ana", "A verdict is either confirmed or dismissed.")]
    [InlineData("joke", "x", null, "Ana", "Unknown kind")]
    public async Task Bad_annotations_are_refused_with_a_reason(string kind, string body, string? verdict, string author, string reason)
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var result = await database.Get<AnnotationService>().AddAsync(kind, "statement", "fp", body, verdict, author);
        Assert.False(result.Ok);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_of_ten_thousand_characters_is_kept_and_one_more_is_refused()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<AnnotationService>();

        Assert.True((await service.AddAsync("note", "statement", "fp", new string('x', 10_000), null, "Ana")).Ok);
        Assert.Contains("limit is 10,000", (await service.AddAsync("note", "statement", "fp", new string('x', 10_001), null, "Ana")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verdict_survives_re_analysis_and_closes_the_contradiction()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var contradiction = (await corpus.ContradictionsAsync(DashboardFilter.None, "reversal"))[0];
        var open = (await corpus.OverviewAsync(DashboardFilter.None)).Contradictions;

        await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", contradiction.Fingerprint, "", "confirmed", "Ana");
        await database.Get<AnalysisStore>().ReanalyzeAllAsync();

        var again = (await corpus.ContradictionsAsync(DashboardFilter.None, "reversal")).Single(c => c.Fingerprint == contradiction.Fingerprint);
        Assert.NotEqual(contradiction.Id, again.Id);
        Assert.Equal("confirmed", (await database.Get<AnnotationService>().ForTargetsAsync("contradiction", [again.Fingerprint])).Single().Verdict);
        Assert.Equal(open - 1, (await corpus.OverviewAsync(DashboardFilter.None)).Contradictions);
    }

    [Fact]
    public async Task Subscribers_hear_of_every_change_until_they_unsubscribe()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var heard = new List<AnnotationChange>();
        var signal = new SemaphoreSlim(0);
        var subscription = database.Get<IAnnotationNotifier>().Subscribe(change =>
        {
            lock (heard)
            {
                heard.Add(change);
            }

            signal.Release();
            return Task.CompletedTask;
        });

        await database.Get<AnnotationService>().AddAsync("tag", "document", "hash", "important", null, "Ana");
        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(5)));
        subscription.Dispose();
        await database.Get<AnnotationService>().AddAsync("tag", "document", "hash", "again", null, "Ana");
        await Task.Delay(200);

        Assert.Single(heard);
        Assert.Equal(("document", "hash"), (heard[0].TargetType, heard[0].TargetKey));
    }
}

/// <summary>An export carries every annotation, however many; the page lists the newest.</summary>
public sealed class AnnotationExportTests
{
    [Fact]
    public async Task Streaming_reads_every_annotation_past_the_pages_limit()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var now = DateTime.UtcNow;
        await using (var db = await database.OpenAsync())
        {
            db.Annotations.AddRange(Enumerable.Range(0, AnnotationService.ListLimit + 100).Select(i => new Entities.Annotation
            {
                Kind = "note", TargetType = "document", TargetKey = "abc", Body = $"note {i}", Author = "Ada", CreatedAt = now, UpdatedAt = now.AddSeconds(i),
            }));
            await db.SaveChangesAsync();
        }

        var service = database.Get<AnnotationService>();
        var streamed = 0;
        await foreach (var annotation in service.StreamAsync("note", null, null))
        {
            streamed++;
        }

        Assert.Equal(AnnotationService.ListLimit + 100, streamed);
        Assert.Equal(AnnotationService.ListLimit, (await service.ListAsync("note", null, null)).Count);
    }
}
