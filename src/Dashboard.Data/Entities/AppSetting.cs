namespace Dashboard.Data.Entities;

/// <summary>A small named fact the application records about its own database (for example that the sample corpus was imported).</summary>
public sealed class AppSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
