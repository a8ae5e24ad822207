using System.Text;
using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Tests.Analysis.Entities;

public sealed class GazetteerLoaderTests
{
    private const string Valid = """
        {
          "actors": [
            { "name": "NASA", "kind": "agency", "country": "United States", "aliases": ["NASA", "U.S. space agency"] },
            { "name": "Roscosmos", "kind": "agency", "aliases": ["Russian space agency", "the corporation"] }
          ],
          "people": [
            { "name": "Dmitry Rogozin", "aliases": ["Rogozin"], "roles": [ { "actor": "Roscosmos", "title": "head", "from": "2018-05", "to": "2022-07" } ] }
          ],
          "programs": [
            { "name": "Lunar Gateway", "lead": "NASA", "since": "2017-09", "aliases": ["Gateway", "Moon Portal"] }
          ]
        }
        """;

    private static Dashboard.Core.Analysis.Entities.Gazetteer Parse(string json) => GazetteerLoader.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_shipped_gazetteer_is_valid_and_names_the_core_agencies_and_programs()
    {
        var gazetteer = TestCorpus.Gazetteer;
        string[] agencies = ["NASA", "Roscosmos", "CNSA", "ESA", "JAXA", "CSA", "ISRO", "UKSA", "CMSA"];
        string[] programs = ["Artemis", "Artemis Accords", "Lunar Gateway", "ILRS", "ISS", "Tiangong", "ExoMars", "Luna", "Chang'e"];
        Assert.All(agencies, a => Assert.Equal(ActorKind.Agency, gazetteer.ActorsByName[a].Kind));
        Assert.All(programs, p => Assert.True(gazetteer.ProgramsByName.ContainsKey(p), p));
        Assert.Equal("Roscosmos", gazetteer.PeopleByName["Dmitry Rogozin"].RoleOn(new DateOnly(2021, 1, 25))!.Actor);
        Assert.Equal("Yuri Borisov", gazetteer.HeadOf("Roscosmos", new DateOnly(2023, 3, 1))!.Name);
        Assert.Equal("Bill Nelson", gazetteer.HeadOf("NASA", new DateOnly(2022, 6, 1))!.Name);
    }

    [Fact]
    public void Loads_entries_with_their_aliases_and_dated_roles()
    {
        var gazetteer = Parse(Valid);

        var rogozin = gazetteer.PeopleByName["Dmitry Rogozin"];
        Assert.Equal(new DateOnly(2018, 5, 1), rogozin.Roles[0].From);
        Assert.Equal(new DateOnly(2022, 7, 31), rogozin.Roles[0].To);
        Assert.Contains("Moon Portal", gazetteer.ProgramsByName["Lunar Gateway"].Aliases);
    }

    [Fact]
    public void The_same_bytes_give_the_same_gazetteer_and_other_bytes_a_new_one()
    {
        // Whitespace of its own keeps this test's bytes apart from any other test's.
        var json = Valid + "\n\n\n\n";
        var first = Parse(json);

        Assert.Same(first, Parse(json));
        var other = Parse(json.Replace("Moon Portal", "Lunar Outpost", StringComparison.Ordinal));
        Assert.NotSame(first, other);
        Assert.Contains("Lunar Outpost", other.ProgramsByName["Lunar Gateway"].Aliases);
        Assert.DoesNotContain("Lunar Outpost", first.ProgramsByName["Lunar Gateway"].Aliases);
    }

    [Fact]
    public void Invalid_bytes_fail_every_time_they_are_parsed()
    {
        var json = Valid.Replace("\"Moon Portal\"", "\"Moon Portal\", \"Rogozin\"", StringComparison.Ordinal);

        Assert.Throws<GazetteerException>(() => Parse(json));
        var again = Assert.Throws<GazetteerException>(() => GazetteerLoader.Parse(Encoding.UTF8.GetBytes(json), "edited.json"));
        Assert.Contains("edited.json", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_alias_is_reported_with_both_lines()
    {
        var json = Valid.Replace("\"Moon Portal\"", "\"Moon Portal\", \"NASA\"", StringComparison.Ordinal);

        var error = Assert.Throws<GazetteerException>(() => Parse(json));

        Assert.Contains("line 10: alias \"NASA\" of \"Lunar Gateway\" is already used by \"NASA\" (line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_alias_clashes_in_any_case()
    {
        var json = Valid.Replace("\"Moon Portal\"", "\"Moon Portal\", \"The Corporation\"", StringComparison.Ordinal);

        var error = Assert.Throws<GazetteerException>(() => Parse(json));

        Assert.Contains("\"The Corporation\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("already used by \"Roscosmos\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"from\": \"2018-05\"", "\"from\": \"May 2018\"", "line 7: \"from\" of \"Dmitry Rogozin\" is \"May 2018\"; expected YYYY-MM or YYYY-MM-DD")]
    [InlineData("\"actor\": \"Roscosmos\"", "\"actor\": \"Roskosmos\"", "line 7: role of \"Dmitry Rogozin\" refers to unknown actor \"Roskosmos\"")]
    [InlineData("\"kind\": \"agency\", \"aliases\"", "\"kind\": \"space agency\", \"aliases\"", "line 4: actor \"Roscosmos\" has kind \"space agency\"")]
    [InlineData("\"to\": \"2022-07\"", "\"to\": \"2017-01\"", "ends (2017-01-31) before it starts (2018-05-01)")]
    [InlineData("\"lead\": \"NASA\"", "\"lead\": \"Nasa Agency\"", "line 10: program \"Lunar Gateway\" has unknown lead actor \"Nasa Agency\"")]
    [InlineData("\"lead\": \"NASA\"", "\"lead\": \"NASA\", \"partners\": [\"Roskosmos\"]", "line 10: program \"Lunar Gateway\" has unknown partner actor \"Roskosmos\"")]
    public void Semantic_errors_name_the_line_and_the_problem(string find, string replace, string expected)
    {
        var error = Assert.Throws<GazetteerException>(() => Parse(Valid.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_keeps_the_partners_that_run_it_with_its_lead()
    {
        var gazetteer = Parse(Valid.Replace("\"lead\": \"NASA\"", "\"lead\": \"NASA\", \"partners\": [\"Roscosmos\"]", StringComparison.Ordinal));

        Assert.Equal(["Roscosmos"], gazetteer.ProgramsByName["Lunar Gateway"].Partners);
    }

    [Fact]
    public void Broken_json_names_the_line_and_column()
    {
        var error = Assert.Throws<GazetteerException>(() => Parse(Valid.Replace("\"NASA\", \"U.S. space agency\"]", "\"NASA\", \"U.S. space agency\"", StringComparison.Ordinal)));
        Assert.Matches(@"gazetteer\.json line 3, column \d+: ", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"actors\": {} }")]
    public void A_file_without_the_three_lists_is_refused(string json)
    {
        var error = Assert.Throws<GazetteerException>(() => Parse(json));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var error = Assert.Throws<GazetteerException>(() => GazetteerLoader.LoadFile("/no/such/gazetteer.json"));
        Assert.Contains("/no/such/gazetteer.json: cannot be read", error.Message, StringComparison.Ordinal);
    }
}
