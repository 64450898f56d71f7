using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sajag.Data;

namespace Sajag.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context for SQLite without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SajagDb>
{
    public SajagDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SajagDb>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
