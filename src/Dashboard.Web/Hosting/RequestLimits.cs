namespace Dashboard.Web.Hosting;

/// <summary>
/// The largest request body the dashboard accepts. Bodies are only the sign-in, set-up and
/// sign-out forms: files and notes travel through the circuit, whose messages have their own limit.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Answers an announced oversized body at once with 413 and a reason, before any form is read.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsync($"Request too large: at most {MaxBodyBytes / 1024} KB. Files are imported from the Import page.");
                return;
            }

            await next(context);
        });
}
