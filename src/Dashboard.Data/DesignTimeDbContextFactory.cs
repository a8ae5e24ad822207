using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data;

/// <summary>
/// The context <c>dotnet ef migrations add</c> works with (decision 016): SQLite, on a file that is
/// never opened, so the tool needs no configuration, no database and no running app.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "dashboard-design-time.db") })
            .Build();
        var location = DatabaseLocation.FromConfiguration(configuration);
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        options.UseDashboardDatabase(location);
        return new DashboardDbContext(options.Options);
    }
}
