using Dashboard.Data.Annotations;
using Dashboard.Data.Audit;
using Dashboard.Data.Import;

namespace Dashboard.Data.Tests;

public sealed class AuditLogTests
{
    [Fact]
    public async Task Imports_deletions_restores_and_annotation_changes_are_recorded_with_who_did_them()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var import = await database.Get<ImportService>().ImportAsync(
            [new ImportFile("a.txt", "Roscosmos head Yuri Borisov said Russia would leave the ISS after 2024."u8.ToArray()), new ImportFile("b.txt", [])], null, "Ana");
        var id = import[0].DocumentId!.Value;
        var note = (await database.Get<AnnotationService>().AddAsync("note", "document", "hash", "<b>check</b> '; DROP TABLE AuditEntries; --", null, "Ben")).Saved!;
        await database.Get<AnnotationService>().DeleteAsync(note.Id, "Ana");
        await database.Get<DeletedDocuments>().DeleteAsync(id, "Ben");
        await database.Get<DeletedDocuments>().RestoreAsync(id, "Ana");

        var log = await database.Get<AuditLog>().ListAsync();

        Assert.Equal(
            [("Ana", "document restored"), ("Ben", "document deleted"), ("Ana", "note deleted"), ("Ben", "note added"), ("Ana", "import")],
            log.Select(e => (e.Who, e.Action)));
        Assert.Equal("1 imported, 1 rejected", log[^1].Detail);
        Assert.Equal("<b>check</b> '; DROP TABLE AuditEntries; --", log[3].Detail);
        Assert.Equal($"document {id}", log[0].Target);
    }

    [Fact]
    public async Task Long_values_are_clipped_not_refused()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<AuditLog>().RecordAsync(new string('w', 500), "import", new string('t', 5000), new string('d', 50_000));

        var entry = Assert.Single(await database.Get<AuditLog>().ListAsync());
        Assert.Equal(100, entry.Who.Length);
        Assert.Equal(400, entry.Target.Length);
        Assert.Equal(1000, entry.Detail.Length);
    }
}
