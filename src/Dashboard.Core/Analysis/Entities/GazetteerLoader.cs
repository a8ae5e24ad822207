using System.Globalization;
using System.Text.Json;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>The gazetteer file is unusable; the message lists every problem with its line.</summary>
public sealed class GazetteerException : Exception
{
    public GazetteerException(string message)
        : base(message)
    {
    }

    public GazetteerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GazetteerException()
    {
    }
}

/// <summary>
/// Loads and validates <c>data/gazetteer.json</c>: structure, known kinds, dates, references
/// between entries, and aliases used twice. Every problem names its line.
/// </summary>
public static class GazetteerLoader
{
    public static Gazetteer LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GazetteerException($"{path}: cannot be read ({ex.Message})", ex);
        }

        return Parse(bytes, Path.GetFileName(path));
    }

    /// <summary>The gazetteer <paramref name="utf8"/> describes; the same instance as before for bytes parsed lately (<see cref="ParsedGazetteers"/>).</summary>
    /// <exception cref="GazetteerException">The bytes are not a valid gazetteer; the message names <paramref name="sourceName"/> and every problem's line.</exception>
    public static Gazetteer Parse(byte[] utf8, string sourceName = "gazetteer.json") =>
        ParsedGazetteers.GetOrParse(utf8, bytes => ParseNew(bytes, sourceName));

    private static Gazetteer ParseNew(byte[] utf8, string sourceName)
    {
        JsonLineNode root;
        try
        {
            root = JsonLineNode.Parse(utf8);
        }
        catch (JsonException ex)
        {
            throw new GazetteerException($"{sourceName} {ex.Message}", ex);
        }

        var errors = new List<string>();
        var validator = new Validator(errors);
        var gazetteer = validator.Read(root);
        if (errors.Count > 0)
        {
            throw new GazetteerException($"{sourceName} is not valid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => $"  {sourceName} {e}")));
        }

        return gazetteer!;
    }

    private sealed class Validator(List<string> errors)
    {
        private readonly Dictionary<string, List<(string Alias, string Owner, int Line)>> claims = new(StringComparer.OrdinalIgnoreCase);

        public Gazetteer? Read(JsonLineNode root)
        {
            if (root.Kind != JsonValueKind.Object)
            {
                errors.Add($"line {root.Line}: expected an object with \"actors\", \"people\" and \"programs\"");
                return null;
            }

            var actors = ReadList(root, "actors", ReadActor);
            var actorNames = actors.Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var people = ReadList(root, "people", node => ReadPerson(node, actorNames));
            var programs = ReadList(root, "programs", node => ReadProgram(node, actorNames));
            CheckUniqueNames(root, "actors");
            CheckUniqueNames(root, "people");
            CheckUniqueNames(root, "programs");
            return errors.Count == 0 ? new Gazetteer(actors, people, programs) : null;
        }

        private List<T> ReadList<T>(JsonLineNode root, string name, Func<JsonLineNode, T?> read)
            where T : class
        {
            var list = root[name];
            if (list is null || list.Kind != JsonValueKind.Array)
            {
                errors.Add($"line {list?.Line ?? root.Line}: \"{name}\" must be an array");
                return [];
            }

            return list.Items.Select(read).OfType<T>().ToList();
        }

        private ActorEntry? ReadActor(JsonLineNode node)
        {
            var name = RequiredString(node, "name", "actor");
            if (name is null)
            {
                return null;
            }

            var kindText = RequiredString(node, "kind", $"actor \"{name}\"");
            ActorKind kind = ActorKind.Other;
            if (kindText is not null && !Enum.TryParse(kindText, ignoreCase: true, out kind))
            {
                errors.Add($"line {node["kind"]!.Line}: actor \"{name}\" has kind \"{kindText}\"; expected agency, government, outlet or other");
            }

            var country = node["country"]?.String;
            return new ActorEntry(name, kind, country, Aliases(node, name)) { Domains = Strings(node, "domains", name), CountryNames = Claimed(node, "countryNames", name), Demonyms = Strings(node, "demonyms", name) };
        }

        private PersonEntry? ReadPerson(JsonLineNode node, HashSet<string> actorNames)
        {
            var name = RequiredString(node, "name", "person");
            if (name is null)
            {
                return null;
            }

            var roles = new List<RoleEntry>();
            var rolesNode = node["roles"];
            if (rolesNode is not null && rolesNode.Kind != JsonValueKind.Array)
            {
                errors.Add($"line {rolesNode.Line}: \"roles\" of \"{name}\" must be an array");
            }

            foreach (var role in rolesNode?.Items ?? [])
            {
                var actor = RequiredString(role, "actor", $"a role of \"{name}\"");
                var title = RequiredString(role, "title", $"a role of \"{name}\"");
                var from = Date(role, "from", name, endOfPeriod: false, required: true);
                var to = Date(role, "to", name, endOfPeriod: true, required: false);
                if (actor is not null && !actorNames.Contains(actor))
                {
                    errors.Add($"line {role["actor"]!.Line}: role of \"{name}\" refers to unknown actor \"{actor}\"");
                }

                if (from is not null && to is not null && to < from)
                {
                    errors.Add($"line {role["to"]!.Line}: role of \"{name}\" ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
                }

                if (actor is not null && title is not null && from is not null)
                {
                    roles.Add(new RoleEntry(actor, title, from.Value, to));
                }
            }

            return new PersonEntry(name, Aliases(node, name), roles);
        }

        private ProgramEntry? ReadProgram(JsonLineNode node, HashSet<string> actorNames)
        {
            var name = RequiredString(node, "name", "program");
            if (name is null)
            {
                return null;
            }

            var lead = node["lead"]?.String;
            if (lead is not null && !actorNames.Contains(lead))
            {
                errors.Add($"line {node["lead"]!.Line}: program \"{name}\" has unknown lead actor \"{lead}\"");
            }

            var since = Date(node, "since", name, endOfPeriod: false, required: false);
            var kindText = node["kind"]?.String;
            var kind = ProgramKind.Program;
            if (kindText is not null && !Enum.TryParse(kindText, ignoreCase: true, out kind))
            {
                errors.Add($"line {node["kind"]!.Line}: program \"{name}\" has kind \"{kindText}\"; expected program, station, agreement, mission or spacecraft");
            }

            var partners = Strings(node, "partners", name);
            foreach (var partner in partners.Where(p => !actorNames.Contains(p)))
            {
                errors.Add($"line {node["partners"]!.Line}: program \"{name}\" has unknown partner actor \"{partner}\"");
            }

            return new ProgramEntry(name, lead, since, Aliases(node, name)) { Kind = kind, Parts = Parts(node, name), Partners = partners };
        }

        /// <summary>Parts are claimed like aliases: a part stands for one program only.</summary>
        private List<string> Parts(JsonLineNode node, string owner) => Claimed(node, "parts", owner);

        /// <summary>Names matched like aliases (a program's parts, an agency's country names): each stands for one entry only.</summary>
        private List<string> Claimed(JsonLineNode node, string key, string owner)
        {
            var names = Strings(node, key, owner);
            foreach (var name in names)
            {
                Claim(name, owner, node[key]!.Line);
            }

            return names;
        }

        /// <summary>An optional array of non-empty strings.</summary>
        private List<string> Strings(JsonLineNode node, string key, string owner)
        {
            var list = node[key];
            if (list is null)
            {
                return [];
            }

            if (list.Kind != JsonValueKind.Array || list.Items.Any(i => i.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(i.String)))
            {
                errors.Add($"line {list.Line}: \"{key}\" of \"{owner}\" must be an array of non-empty strings");
                return [];
            }

            return list.Items.Select(i => i.String!).ToList();
        }

        private List<string> Aliases(JsonLineNode node, string owner)
        {
            var result = new List<string> { owner };
            var list = node["aliases"];
            if (list is null)
            {
                Claim(owner, owner, node.Line);
                return result;
            }

            if (list.Kind != JsonValueKind.Array)
            {
                errors.Add($"line {list.Line}: \"aliases\" of \"{owner}\" must be an array of strings");
                return result;
            }

            var claimedOwnName = false;
            foreach (var alias in list.Items)
            {
                if (alias.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(alias.String))
                {
                    errors.Add($"line {alias.Line}: an alias of \"{owner}\" is empty or not a string");
                    continue;
                }

                if (result.Skip(claimedOwnName ? 0 : 1).Contains(alias.String, StringComparer.Ordinal))
                {
                    errors.Add($"line {alias.Line}: alias \"{alias.String}\" is listed twice for \"{owner}\"");
                    continue;
                }

                claimedOwnName |= alias.String == owner;
                Claim(alias.String!, owner, alias.Line);
                if (alias.String != owner)
                {
                    result.Add(alias.String!);
                }
            }

            if (!claimedOwnName)
            {
                Claim(owner, owner, node.Line);
            }

            return result;
        }

        /// <summary>An alias may name one entry only; lower-case aliases match any case, so they clash case-insensitively.</summary>
        private void Claim(string alias, string owner, int line)
        {
            if (!claims.TryGetValue(alias, out var sameLetters))
            {
                claims[alias] = sameLetters = [];
            }

            foreach (var claim in sameLetters.Where(c => c.Owner != owner))
            {
                if (claim.Alias == alias || IsLowerCase(claim.Alias) || IsLowerCase(alias))
                {
                    errors.Add($"line {line}: alias \"{alias}\" of \"{owner}\" is already used by \"{claim.Owner}\" (line {claim.Line})");
                    return;
                }
            }

            sameLetters.Add((alias, owner, line));
        }

        private static bool IsLowerCase(string alias) => !alias.Any(char.IsUpper);

        private string? RequiredString(JsonLineNode node, string property, string what)
        {
            if (node.Kind != JsonValueKind.Object)
            {
                errors.Add($"line {node.Line}: expected an object for {what}");
                return null;
            }

            var value = node[property];
            if (value is null || value.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.String))
            {
                errors.Add($"line {value?.Line ?? node.Line}: {what} needs a non-empty \"{property}\"");
                return null;
            }

            return value.String!.Trim();
        }

        private DateOnly? Date(JsonLineNode node, string property, string owner, bool endOfPeriod, bool required)
        {
            var value = node[property];
            if (value is null || value.Kind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add($"line {node.Line}: \"{owner}\" needs \"{property}\" (YYYY-MM or YYYY-MM-DD)");
                }

                return null;
            }

            var text = value.String ?? "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                return endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
            }

            errors.Add($"line {value.Line}: \"{property}\" of \"{owner}\" is \"{text}\"; expected YYYY-MM or YYYY-MM-DD");
            return null;
        }

        private void CheckUniqueNames(JsonLineNode root, string list)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in root[list]?.Items ?? [])
            {
                var name = item["name"]?.String;
                if (name is null)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var line))
                {
                    errors.Add($"line {item.Line}: {list[..^1]} \"{name}\" is defined twice (first on line {line})");
                }
                else
                {
                    seen[name] = item.Line;
                }
            }
        }
    }
}
