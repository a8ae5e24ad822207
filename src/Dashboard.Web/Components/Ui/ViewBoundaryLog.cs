namespace Dashboard.Web.Components.Ui;

/// <summary>What <see cref="ViewBoundary"/> logs (the logging generator does not see Razor's output, hence its own file).</summary>
internal static partial class ViewBoundaryLog
{
    /// <summary>What the tests and an operator look for: a view that failed for a reason other than the database being away.</summary>
    public const string DefectMarker = "View failed with an unexpected exception";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached; the view will try again ({Reason})")]
    public static partial void DatabaseUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A script call found the browser gone; the view is drawn again for a reconnecting browser")]
    public static partial void BrowserGone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = DefectMarker)]
    public static partial void Defect(ILogger logger, Exception exception);
}
