using System.Xml.Linq;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Accounts;

/// <summary>
/// The data-protection key ring in the shared database: a cookie sealed by one instance opens on
/// every other, so a load balancer may move a browser between them (docs/deployment.md).
/// The framework's interface is synchronous; it is read rarely (start-up, key rotation).
/// </summary>
public sealed class DatabaseKeyRepository(IDbContextFactory<DashboardDbContext> contextFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contextFactory.CreateDbContext();
        return db.SessionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contextFactory.CreateDbContext();
        db.SessionKeys.Add(new SessionKey { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
