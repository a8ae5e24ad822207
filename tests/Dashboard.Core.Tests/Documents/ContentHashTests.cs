using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public sealed class ContentHashTests
{
    [Fact]
    public void Hash_is_lower_case_hex_sha256_of_utf8_text()
    {
        // FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Of("abc"));
    }

    [Fact]
    public void Same_text_gives_same_hash_and_any_change_gives_another()
    {
        const string text = "Rogozin said: \"We are not interested in this.\"";
        Assert.Equal(ContentHash.Of(text), ContentHash.Of(string.Concat(text.AsSpan(0, 10), text.AsSpan(10))));
        Assert.NotEqual(ContentHash.Of(text), ContentHash.Of(text + " "));
        Assert.NotEqual(ContentHash.Of(text), ContentHash.Of(text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n"));
    }

    [Fact]
    public void Cyrillic_text_hashes_by_its_utf8_bytes()
    {
        Assert.Equal(64, ContentHash.Of("Роскосмос").Length);
        Assert.NotEqual(ContentHash.Of("Роскосмос"), ContentHash.Of("Roskosmos"));
    }
}
