using Dashboard.Data.Corrections;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Tests.Corrections;

public sealed class CorrectionTests
{
    [Theory]
    [InlineData("actor = CNSA", CorrectionField.Actor, null, "CNSA")]
    [InlineData("program Lunar Gateway = International Lunar Research Station\nthe text says ILRS", CorrectionField.Program, "Lunar Gateway", "International Lunar Research Station")]
    [InlineData("stance Artemis Accords = Refusing", CorrectionField.Stance, "Artemis Accords", "refusing")]
    [InlineData("stance ISS = none", CorrectionField.Stance, "ISS", "none")]
    public void Reads_the_first_line_of_a_correction(string body, CorrectionField field, string? program, string value)
    {
        Assert.True(Correction.TryParse(body, out var correction, out var error), error);
        Assert.Equal(new Correction(field, program, value), correction);
        Assert.True(Correction.TryParse(correction!.Format(), out var again, out _));
        Assert.Equal(correction, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("critical")]
    [InlineData("stance Artemis = furious")]
    [InlineData("actor Roscosmos = CNSA")]
    [InlineData("program = ILRS")]
    [InlineData("stance Artemis = ")]
    [InlineData("'; DROP TABLE Statements; --")]
    public void Refuses_what_is_not_a_correction_with_a_reason(string body)
    {
        Assert.False(Correction.TryParse(body, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Applying_overrides_the_actor_renames_merges_and_removes_stances()
    {
        var statement = new Statement { Fingerprint = "f", Text = "t", Actor = "Roscosmos" };
        statement.Stances.Add(new StatementStance { Program = "Lunar Gateway", Label = "open", Score = 1, Conditional = true, Confidence = 0.4, CuesJson = "[]" });
        statement.Stances.Add(new StatementStance { Program = "ISS", Label = "neutral", Score = 0, CuesJson = "[]" });

        Correction.Actor("CNSA").ApplyTo(statement);
        Correction.ProgramOf("Lunar Gateway", "ILRS").ApplyTo(statement);
        Correction.Stance("ILRS", "committed").ApplyTo(statement);
        Correction.Stance("ISS", Correction.NotAbout).ApplyTo(statement);
        Correction.Stance("Artemis", "critical").ApplyTo(statement);

        Assert.Equal("CNSA", statement.Actor);
        Assert.Equal(["ILRS:committed:3:False:1", "Artemis:critical:-1:False:1"],
            statement.Stances.Select(s => $"{s.Program}:{s.Label}:{s.Score}:{s.Conditional}:{s.Confidence}"));

        // Renaming onto a program the statement already has keeps that stance and drops the other.
        Correction.ProgramOf("Artemis", "ILRS").ApplyTo(statement);
        Assert.Equal(["ILRS"], statement.Stances.Select(s => s.Program));
    }

    [Theory]
    [InlineData("date = 2024-04-10\nthe byline says so", DocumentField.Date, "2024-04-10")]
    [InlineData("Outlet =  Kyodo News ", DocumentField.Outlet, "Kyodo News")]
    [InlineData("title = <b>Not</b> markup; DROP TABLE Documents", DocumentField.Title, "<b>Not</b> markup; DROP TABLE Documents")]
    public void Reads_a_correction_of_a_document(string body, DocumentField field, string value)
    {
        Assert.True(DocumentCorrection.TryParse(body, out var correction, out var error, new DateOnly(2026, 1, 1)), error);
        Assert.Equal(new DocumentCorrection(field, value), correction);
        Assert.True(DocumentCorrection.TryParse(correction!.Format(), out var again, out _));
        Assert.Equal(correction, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("date 2024-04-10")]
    [InlineData("0 = Reuters")]
    [InlineData("author = Ana")]
    [InlineData("date = 2024-02-30")]
    [InlineData("date = 2026-01-02")]
    [InlineData("title, outlet = Reuters")]
    [InlineData("outlet = Reu\u2028ters")]
    [InlineData("title = \u202EsretueR")]
    public void Refuses_what_is_not_a_correction_of_a_document(string body)
    {
        Assert.False(DocumentCorrection.TryParse(body, out _, out var error, new DateOnly(2026, 1, 1)));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void A_corrected_value_is_no_longer_than_its_column()
    {
        Assert.True(DocumentCorrection.TryParse("outlet = " + new string('x', 200), out _, out _));
        Assert.False(DocumentCorrection.TryParse("outlet = " + new string('x', 201), out _, out var error));
        Assert.Contains("1 to 200 characters", error, StringComparison.Ordinal);
        Assert.True(DocumentCorrection.TryParse("title = " + new string('x', 1000), out _, out _));
    }

    [Fact]
    public void Later_corrections_of_a_field_win_and_other_fields_are_kept()
    {
        var facts = DocumentCorrection.Fold(
        [
            new DocumentCorrection(DocumentField.Outlet, "TASS"),
            new DocumentCorrection(DocumentField.Date, "2024-04-10"),
            new DocumentCorrection(DocumentField.Outlet, "Interfax"),
        ]);

        Assert.Equal(new Dashboard.Core.Analysis.Metadata.CorrectedFacts(null, "Interfax", new DateOnly(2024, 4, 10)), facts);
        Assert.Null(DocumentCorrection.Fold([]));
    }
}
