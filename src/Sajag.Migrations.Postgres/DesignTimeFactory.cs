using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sajag.Data;

namespace Sajag.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the context for PostgreSQL without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SajagDb>
{
    public SajagDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SajagDb>()
            .UseNpgsql("Host=localhost;Database=sajag_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
