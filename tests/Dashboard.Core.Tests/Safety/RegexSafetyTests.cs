using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;
using Dashboard.Core.Tests.Analysis;

namespace Dashboard.Core.Tests.Safety;

/// <summary>
/// Every regular expression of the product, found by reflection (generated, static and the ones built
/// from the lexicon and the gazetteer), runs on the linear-time engine with a time limit, and stays
/// linear on adversarial text.
/// </summary>
public sealed class RegexSafetyTests
{
    private const int InputLength = 16 * 1024;

    /// <summary>Generous for a loaded two-core machine; one quadratic pattern takes seconds here.</summary>
    private const double BudgetMillisecondsPerKilobyte = 2.0;

    public static TheoryData<string> RegexNames() => new(AllRegexes().Select(r => r.Name));

    [Fact]
    public void Reflection_finds_the_patterns_of_every_pass()
    {
        var names = AllRegexes().Select(r => r.Name).ToList();

        // Generated ones, static fields, the lexicon's cues and the gazetteer's names.
        Assert.Contains(names, n => n.StartsWith("Venues.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("HtmlText.", StringComparison.Ordinal));
        Assert.Contains("StanceLexicon.Negator", names);
        Assert.Contains(names, n => n.StartsWith("StanceLexicon.Entries[", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("EntityMatcher.", StringComparison.Ordinal));
        Assert.True(names.Count > 100, $"only {names.Count} patterns found");
    }

    [Theory]
    [MemberData(nameof(RegexNames))]
    public void Runs_in_linear_time_with_a_time_limit(string name)
    {
        var regex = AllRegexes().Single(r => r.Name == name).Regex;

        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), $"{name} backtracks: build it with {nameof(Patterns)}.{nameof(Patterns.Options)}");
        Assert.NotEqual(Regex.InfiniteMatchTimeout, regex.MatchTimeout);

        MatchAll(regex, "warm up the engine: Mr. A, “Lunar Gateway” <p>");
        var worstBudget = BudgetMillisecondsPerKilobyte * 8 * InputLength / 1024.0;
        var (perKilobyte, worst) = Fastest.Measurement(
            () => Measure(name, regex),
            m => m.PerKilobyte < BudgetMillisecondsPerKilobyte && m.Worst.Milliseconds < worstBudget,
            (a, b) => a.PerKilobyte.CompareTo(b.PerKilobyte));

        Assert.True(perKilobyte < BudgetMillisecondsPerKilobyte,
            $"{name}: {perKilobyte:F3} ms per KB over all inputs; worst {worst.Milliseconds:F0} ms on {worst.Input} (best of three runs)");
        Assert.True(worst.Milliseconds < worstBudget, $"{name}: {worst.Milliseconds:F0} ms on {worst.Input} (best of three runs)");
    }

    /// <summary>Milliseconds per kilobyte over every adversarial input, and the slowest input.</summary>
    private static (double PerKilobyte, (string Input, double Milliseconds) Worst) Measure(string name, Regex regex)
    {
        var worst = (Input: "", Milliseconds: 0.0);
        var total = ThreadClock.StartNew();
        var characters = 0L;
        foreach (var (input, text) in AdversarialText.Inputs(InputLength))
        {
            var watch = ThreadClock.StartNew();
            try
            {
                MatchAll(regex, text);
            }
            catch (RegexMatchTimeoutException)
            {
                Assert.Fail($"{name} timed out on {input}");
            }

            characters += text.Length;
            if (watch.ElapsedMilliseconds > worst.Milliseconds)
            {
                worst = (input, watch.ElapsedMilliseconds);
            }
        }

        return (total.ElapsedMilliseconds / (characters / 1024.0), worst);
    }

    /// <summary>Every match with its groups, as the analysis reads them.</summary>
    private static int MatchAll(Regex regex, string text)
    {
        var count = 0;
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            count += match.Groups.Count;
        }

        return count;
    }

    public static IEnumerable<(string Name, Regex Regex)> AllRegexes() => LazyRegexes.Value;

    private static readonly Lazy<List<(string Name, Regex Regex)>> LazyRegexes = new(Collect);

    private static List<(string Name, Regex Regex)> Collect()
    {
        var found = new List<(string Name, Regex Regex)>();
        var seen = new HashSet<Regex>(ReferenceEqualityComparer.Instance);
        void Add(string name, Regex? regex)
        {
            if (regex is not null && seen.Add(regex))
            {
                found.Add((name, regex));
            }
        }

        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(Patterns).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition && !typeof(Regex).IsAssignableFrom(t)))
        {
            if (type.Namespace?.StartsWith("System.Text.RegularExpressions", StringComparison.Ordinal) == true)
            {
                continue; // the source generator's own types: the same patterns as the methods below
            }

            foreach (var method in type.GetMethods(Static).Where(m => m.GetParameters().Length == 0 && typeof(Regex).IsAssignableFrom(m.ReturnType) && !m.ContainsGenericParameters))
            {
                Add($"{type.Name}.{method.Name}", (Regex?)method.Invoke(null, null));
            }

            foreach (var field in type.GetFields(Static).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
            {
                Add($"{type.Name}.{field.Name}", (Regex?)field.GetValue(null));
            }
        }

        for (var i = 0; i < StanceLexicon.Entries.Count; i++)
        {
            Add($"StanceLexicon.Entries[{i}] ({StanceLexicon.Entries[i].Kind})", StanceLexicon.Entries[i].Pattern);
        }

        var matcher = TestCorpus.Gazetteer.Matcher;
        foreach (var field in matcher.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
        {
            Add($"EntityMatcher.{field.Name}", (Regex?)field.GetValue(matcher));
        }

        return found;
    }
}
