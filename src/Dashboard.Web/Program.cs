using Dashboard.Data;
using Dashboard.Web.Hosting;

// Content root is the app's own folder, so configuration and the shipped sample corpus are found
// wherever the app is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddDashboardData();
builder.AddDashboardWeb();

var app = builder.Build();
app.UseDashboardWeb();
return await app.RunDashboardAsync();
