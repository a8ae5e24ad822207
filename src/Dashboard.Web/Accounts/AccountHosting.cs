using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Web.Accounts;

/// <summary>Cookie sign-in, the role policies, single-user mode and sign-out.</summary>
public static class AccountHosting
{
    public const string Annotate = nameof(Annotate);
    public const string Administer = nameof(Administer);

    public static IServiceCollection AddDashboardAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccessMode>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/denied";
            options.Cookie.Name = "dashboard.session";
            options.Cookie.HttpOnly = true;
            // Strict: no other site can make a browser send it, which also covers the circuit's
            // WebSocket (the hub has no antiforgery token of its own).
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = async context =>
            {
                // A changed password, role or status ends sessions signed in before the change.
                var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
                if (context.Principal is null || !await context.Principal.IsCurrentAsync(accounts, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Annotate, policy => policy.RequireRole(Roles.Analyst, Roles.Administrator))
            .AddPolicy(Administer, policy => policy.RequireRole(Roles.Administrator));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        return services;
    }

    /// <summary>Authentication, then single-user mode for requests without a session, then authorisation.</summary>
    public static IApplicationBuilder UseDashboardAccounts(this IApplicationBuilder app)
    {
        // Single-user mode is decided from the addresses the server really bound, known once it has started.
        var mode = app.ApplicationServices.GetRequiredService<AccessMode>();
        var server = app.ApplicationServices.GetRequiredService<IServer>();
        app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            mode.ObserveBoundAddresses(server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? []));

        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true && await mode.IsSingleUserAsync(context, context.RequestAborted))
            {
                context.User = SessionUser.SingleUser;
            }

            await next(context);
        });
        app.UseAuthorization();
        return app;
    }

    /// <summary>Sign-out is a POST with an antiforgery token, so no link or image elsewhere can end a session.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await IsValidFormAsync(antiforgery, context))
            {
                return Results.BadRequest("Sign out from the dashboard's own page: this request carried no valid antiforgery token.");
            }

            if (context.User.Identity?.IsAuthenticated == true && !context.User.IsSingleUser() && context.User.Identity.Name is { } name)
            {
                // A new stamp: this cookie, copied or not, is refused from now on.
                await context.RequestServices.GetRequiredService<AccountService>().SignOutAsync(name, context.RequestAborted);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("~/login");
        }).DisableAntiforgery().AllowAnonymous(); // checked above, so the answer is a clear 400
        return endpoints;
    }

    private static async Task<bool> IsValidFormAsync(IAntiforgery antiforgery, HttpContext context)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException or AntiforgeryValidationException)
        {
            return false; // a body that is no readable form (too large, cut off, over the form limits) carries no token either
        }
    }
}
