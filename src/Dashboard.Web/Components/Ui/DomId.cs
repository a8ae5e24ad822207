using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Components.Ui;

/// <summary>
/// Element ids derived from an item's key: valid in HTML whatever the key holds ("Roscosmos|ILRS"),
/// and the same in every process, so a label still points at its field after a reconnect.
/// </summary>
public static class DomId
{
    public static string For(string prefix, string key) =>
        $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12]}";
}
