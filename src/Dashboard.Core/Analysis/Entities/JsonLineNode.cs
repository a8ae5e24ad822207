using System.Text;
using System.Text.Json;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// A minimal JSON tree that remembers the line of every value, so validation messages can point
/// at the line a person has to fix. (System.Text.Json's DOM does not keep positions.)
/// </summary>
internal sealed class JsonLineNode
{
    private JsonLineNode(JsonValueKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonValueKind Kind { get; }

    /// <summary>1-based line where the value starts.</summary>
    public int Line { get; }

    public string? String { get; private init; }

    public List<JsonLineNode> Items { get; } = [];

    public List<(string Name, int Line, JsonLineNode Value)> Properties { get; } = [];

    public JsonLineNode? this[string name] => Properties.FirstOrDefault(p => p.Name == name).Value;

    /// <exception cref="JsonException">Malformed JSON; the message names line and column.</exception>
    public static JsonLineNode Parse(byte[] utf8)
    {
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("line 1: the file is empty");
            }

            var root = ReadValue(ref reader, lineStarts);
            if (reader.Read())
            {
                throw new JsonException($"line {LineOf(reader.TokenStartIndex, lineStarts)}: unexpected content after the end of the document");
            }

            return root;
        }
        catch (JsonException ex) when (ex.LineNumber is { } line)
        {
            var detail = ex.Message.Split(" LineNumber", 2)[0].Trim().TrimEnd('.');
            throw new JsonException($"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: {detail}", ex);
        }
    }

    private static JsonLineNode ReadValue(ref Utf8JsonReader reader, List<long> lineStarts)
    {
        var line = LineOf(reader.TokenStartIndex, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonLineNode(JsonValueKind.Object, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var nameLine = LineOf(reader.TokenStartIndex, lineStarts);
                    reader.Read();
                    node.Properties.Add((name, nameLine, ReadValue(ref reader, lineStarts)));
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new JsonLineNode(JsonValueKind.Array, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, lineStarts));
                }

                return node;
            }

            case JsonTokenType.String:
                return new JsonLineNode(JsonValueKind.String, line) { String = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonLineNode(JsonValueKind.Number, line) { String = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonLineNode(JsonValueKind.True, line);
            case JsonTokenType.False:
                return new JsonLineNode(JsonValueKind.False, line);
            default:
                return new JsonLineNode(JsonValueKind.Null, line);
        }
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(long offset, List<long> lineStarts)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
