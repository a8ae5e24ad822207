namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Dates the forty-seventh round of real articles showed the rules missing: a day of the month with no month
/// ("On the 24th,", the Korean press's habit), "this past Saturday", and "Earlier on Tuesday," opening a sentence. Sentences of our own.
/// </summary>
public sealed class RoundFortySevenTests
{
    private static string? DateOf(string published, string sentence) =>
        Assert.Single(TestCorpus.Document($"title: Dates\noutlet: Example Post\ndate: {published}\n\n{sentence}").Statements).Date?.ToString();

    [Theory]
    [InlineData("2021-05-27", "On the 24th, the science minister signed the Artemis Accords, KASA said.", "2021-05-24")]
    [InlineData("2021-05-27", "KASA said on the 24th and again today that the minister will sign the Artemis Accords.", "2021-05-24")]
    // a day still to come this month was last month's
    [InlineData("2021-06-03", "KASA said on the 28th that the minister will sign the Artemis Accords.", "2021-05-28")]
    [InlineData("2021-05-27", "KASA said this past Saturday that Korea will sign the Artemis Accords.", "2021-05-22")]
    // "last Thursday" in a Thursday paper is a week ago
    [InlineData("2021-05-27", "KASA said last Thursday that it will sign the Artemis Accords.", "2021-05-20")]
    [InlineData("2022-07-27", "Earlier on Tuesday, the Roscosmos board met in Moscow. Russia will leave the ISS after 2024, the head of Roscosmos said.", "2022-07-26")]
    public void A_day_given_without_its_month_or_before_a_past_weekday_dates_the_statement(string published, string sentence, string date) =>
        Assert.Equal(date, DateOf(published, sentence));

    [Theory]
    [InlineData("KASA said the minister signed the Artemis Accords on the 24th anniversary of the treaty.")]
    [InlineData("KASA said the Artemis Accords were signed on the 3rd floor of the ministry.")]
    public void An_ordinal_that_counts_a_thing_is_no_date(string sentence) => Assert.Equal("2021-05-27", DateOf("2021-05-27", sentence));
}
