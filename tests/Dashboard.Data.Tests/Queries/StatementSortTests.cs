using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Every order the statements grid offers, checked against the same order computed in memory.</summary>
public sealed class StatementSortTests
{
    [Fact]
    public async Task Every_sort_orders_the_whole_list_as_it_says_and_pages_do_not_overlap()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var queries = database.Get<StatementQueries>();
        var all = (await queries.PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize)).Items;
        Assert.Contains(all, s => s.Stances.Count == 0);
        Assert.Contains(all, s => s.Stances.Count > 1);

        foreach (var sort in Enum.GetValues<StatementSort>())
        {
            var sorted = (await queries.PageAsync(DashboardFilter.None, sort, 1, StatementQueries.MaxPageSize)).Items;
            Assert.Equal(all.Count, sorted.Count);
            var keys = sorted.Select(s => Key(s, sort)).ToList();
            Assert.True(keys.SequenceEqual(keys.Order(Comparer<IComparable?>.Create(Compare))), $"{sort}: {string.Join(" | ", keys)}");

            // Pages of ten put together are the whole order: ties are broken the same way every time.
            var paged = new List<int>();
            for (var page = 1; page <= (all.Count + 9) / 10; page++)
            {
                paged.AddRange((await queries.PageAsync(DashboardFilter.None, sort, page, 10)).Items.Select(s => s.Id));
            }

            Assert.Equal(sorted.Select(s => s.Id), paged);
        }
    }

    /// <summary>The key a sort promises, made ascending: descending sorts negate or reverse it.</summary>
    private static IComparable? Key(StatementView s, StatementSort sort)
    {
        var hasStance = s.Stances.Count > 0;
        return sort switch
        {
            // The date order is by the parsed date, which the view does not carry; the paging check still holds.
            StatementSort.DateAscending or StatementSort.DateDescending => 0,
            StatementSort.Actor => new Ordinal(s.Actor),
            StatementSort.ActorDescending => new Reversed(s.Actor),
            StatementSort.Speaker => new Ordinal(s.Speaker),
            StatementSort.SpeakerDescending => new Reversed(s.Speaker),
            StatementSort.Outlet => new Ordinal(s.Outlet),
            StatementSort.OutletDescending => new Reversed(s.Outlet),
            StatementSort.Stance => (hasStance ? 0 : 1, hasStance ? s.Stances.Min(st => st.Score) : 0),
            StatementSort.StanceDescending => (hasStance ? 0 : 1, hasStance ? -s.Stances.Max(st => st.Score) : 0),
            StatementSort.Program => (hasStance ? 0 : 1, new Ordinal(s.Stances.Select(st => st.Program).Min(StringComparer.Ordinal))),
            StatementSort.ProgramDescending => (hasStance ? 0 : 1, new Reversed(s.Stances.Select(st => st.Program).Max(StringComparer.Ordinal))),
            _ => throw new ArgumentOutOfRangeException(nameof(sort)),
        };
    }

    /// <summary>Missing values last, text by ordinal.</summary>
    private static int Compare(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => a.CompareTo(b),
    };

    /// <summary>A text key in ordinal order (inside a tuple, strings would compare by culture).</summary>
    private sealed record Ordinal(string? Value) : IComparable
    {
        public int CompareTo(object? obj) => obj is Ordinal other ? Compare(Value, other.Value) : 0;

        public override string ToString() => Value ?? "∅";
    }

    /// <summary>A text key in descending order, missing values still last.</summary>
    private sealed record Reversed(string? Value) : IComparable
    {
        public int CompareTo(object? obj) => obj is not Reversed other ? 0 : Value is null || other.Value is null ? Compare(Value, other.Value) : -Compare(Value, other.Value);

        public override string ToString() => $"↓{Value}";
    }
}
