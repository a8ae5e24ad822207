using System.Text;

namespace Dashboard.Data.Export;

/// <summary>CSV that opens safely in a spreadsheet: every cell quoted, formula-looking text neutralised, UTF-8 with a byte order mark.</summary>
public sealed class Csv
{
    private readonly StringBuilder builder = new();

    public Csv(params string[] header) => Row(header);

    public Csv Row(params string?[] cells)
    {
        builder.Append(Line(cells));
        return this;
    }

    /// <summary>One row as text, for files written a row at a time.</summary>
    public static string Line(params string?[] cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];

    public override string ToString() => builder.ToString();

    private static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
