using Dashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>The same article imported through two servers at the same moment: stored once, reported once as a duplicate, and the rest of both batches kept.</summary>
public sealed class SimultaneousImportTests
{
    private const int Rounds = 4;

    [Fact]
    public async Task One_text_imported_through_two_instances_at_once_is_stored_once_and_both_batches_keep_their_other_texts()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        for (var round = 0; round < Rounds; round++)
        {
            var shared = $"title: Round {round}\noutlet: TASS\ndate: 2022-07-2{round}\n\nYuri Borisov said Roscosmos would keep flying crews to the ISS until its own station was ready, round {round}.\n";
            var batches = await Task.WhenAll(
                first.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("shared.txt", shared), new ImportCandidate($"ana-{round}.txt", $"Ana's own article, number {round}, about the Lunar Gateway.")]),
                second.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("shared.txt", shared), new ImportCandidate($"ben-{round}.txt", $"Ben's own article, number {round}, about the Artemis Accords.")]));

            var outcomes = batches.SelectMany(b => b).Where(r => r.FileName == "shared.txt").Select(r => r.Outcome).Order().ToList();
            Assert.Equal([ImportOutcome.Imported, ImportOutcome.Duplicate], outcomes);
            Assert.All(batches.SelectMany(b => b).Where(r => r.FileName != "shared.txt"), r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
            await using var db = await first.OpenAsync();
            Assert.Equal(1, await db.Documents.CountAsync(d => d.RawText == shared));
            Assert.Equal(1, await db.Documents.CountAsync(d => d.FileName == $"ben-{round}.txt"));
        }
    }
}
