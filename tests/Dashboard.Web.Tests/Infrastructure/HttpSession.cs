using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A browser-less visitor: plain HTTP with its own cookies and no automatic redirects, so tests see
/// exactly what the server answers to a direct request (a status, a redirect to the sign-in page).
/// </summary>
public sealed partial class HttpSession : IDisposable
{
    private readonly HttpClient client;
    private readonly CookieContainer cookies = new();
    private readonly Uri baseUrl;

    public HttpSession(Uri baseUrl)
    {
        this.baseUrl = baseUrl;
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>The value of a cookie the server set in this session (to replay it elsewhere).</summary>
    public string Cookie(string name) => cookies.GetCookies(baseUrl)[name]?.Value ?? throw new InvalidOperationException($"no cookie {name}");

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Loads the page holding the form for its antiforgery token, then posts the form as a browser would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {path}");
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(action ?? path, UriKind.Relative), content);
    }

    /// <summary>Signs in through the sign-in form; returns the page's answer (a redirect when it worked).</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password, string returnUrl = "/") =>
        PostFormAsync($"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    /// <summary>The text of an alert on a form page (the reason a sign-in or set-up was refused).</summary>
    public static async Task<string> AlertAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var match = AlertText().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex AlertText();
}
