using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Documents;

/// <summary>Identity of an article's text: the same text always hashes the same, whatever its file name.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes (64 characters).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
